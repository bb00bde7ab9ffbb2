using Turnover.Core;

namespace Turnover.Store;

/// <summary>Which stored figures an export writes.</summary>
/// <param name="Pair">One pair, both directions and both reporters; null for every pair.</param>
/// <param name="FirstYear">The first year; null for no bound.</param>
/// <param name="LastYear">The last year (inclusive); null for no bound.</param>
/// <param name="AsOf">Only what was public by this date; null for everything stored.</param>
/// <param name="EveryRevision">
/// Every revision of each figure visible on the date, each with its release; false for the latest one, which is what
/// every answer reads.
/// </param>
public sealed record ExportSelection(CountryPair? Pair, int? FirstYear, int? LastYear, DateOnly? AsOf, bool EveryRevision);
