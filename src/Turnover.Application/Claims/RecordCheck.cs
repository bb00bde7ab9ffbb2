using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// Whether a figure the text calls a record is the highest of its side's stored figures of the same kind before it:
/// every earlier year for a year, the same months of every earlier year for a span of months, every earlier month or
/// quarter for a month or quarter. A record can only be confirmed as far back as the store goes.
/// </summary>
/// <param name="Holds">The figure is above every earlier one compared.</param>
/// <param name="FirstCompared">The earliest period compared.</param>
/// <param name="Compared">How many earlier periods were compared.</param>
/// <param name="PreviousHigh">The highest earlier period.</param>
/// <param name="PreviousHighUsd">Its value in US dollars.</param>
public sealed record RecordCheck(bool Holds, Period FirstCompared, int Compared, Period PreviousHigh, decimal PreviousHighUsd);
