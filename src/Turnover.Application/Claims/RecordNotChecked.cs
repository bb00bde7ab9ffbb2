using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// The text calls the figure a record, and the store holds no earlier figure of the kind to compare it with: the
/// record is neither confirmed nor refuted.
/// </summary>
/// <param name="Period">The claim's period, the first of its kind stored.</param>
public sealed record RecordNotChecked(Period Period) : ClaimNote;
