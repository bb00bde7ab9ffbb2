using Turnover.Analytics;
using Turnover.Presentation.Wording;

namespace Turnover.Presentation.Json;

/// <summary>A stored level the published growth rates on both sides of it contradict beyond rounding (<see cref="SuspectLevels"/>).</summary>
/// <param name="Period">The level's period: a year, or a January-to-date span ("2022-01..11").</param>
/// <param name="Measure">"turnover", "exports" or "imports", from the reporter's side.</param>
/// <param name="ValueUsd">The level as stored; it is not changed.</param>
/// <param name="Checks">The two failing checks: the rate into it, then the rate out of it.</param>
/// <param name="Evidence">The checks in words, as the table prints them.</param>
internal sealed record SuspectLevelJson(string Period, string Measure, decimal ValueUsd, IReadOnlyList<RateCheckJson> Checks, string Evidence)
{
    public static SuspectLevelJson From(SuspectLevel s) => new(
        s.Period.ToString(), s.Measure.ToString().ToLowerInvariant(), JsonNumbers.Usd(s.ValueUsd), [.. s.Checks.Select(RateCheckJson.From)], SuspectNote.Evidence(s));
}

/// <summary>One published rate set against the two levels it links.</summary>
/// <param name="RatePeriod">The period the rate was printed for.</param>
/// <param name="PublishedPct">The rate as printed.</param>
/// <param name="ComputedPct">The rate the two stored levels give.</param>
/// <param name="TolerancePoints">How far the two may differ from rounding and revision alone, percentage points.</param>
/// <param name="EarlierUsd">The stored level a year before the rate's period.</param>
/// <param name="LaterUsd">The stored level of the rate's period.</param>
/// <param name="ImpliedEarlierUsd">The earlier level the printed rate and the later level imply.</param>
/// <param name="ImpliedLaterUsd">The later level the printed rate and the earlier level imply.</param>
internal sealed record RateCheckJson(
    string RatePeriod, decimal PublishedPct, decimal ComputedPct, decimal TolerancePoints, decimal EarlierUsd, decimal LaterUsd, decimal ImpliedEarlierUsd, decimal ImpliedLaterUsd)
{
    public static RateCheckJson From(RateCheck c) => new(
        c.RatePeriod.ToString(), JsonNumbers.Percent(c.PublishedPercent)!.Value, JsonNumbers.Percent(c.ComputedPercent)!.Value, JsonNumbers.Percent(c.TolerancePoints)!.Value,
        JsonNumbers.Usd(c.Earlier), JsonNumbers.Usd(c.Later), JsonNumbers.Usd(c.ImpliedEarlierUsd), JsonNumbers.Usd(c.ImpliedLaterUsd));
}

/// <summary>A suspect level of one reporter's statistics of a pair (<c>info</c>).</summary>
/// <param name="Reporter">Whose statistics.</param>
/// <param name="Partner">The other country.</param>
/// <param name="Source">The publisher.</param>
/// <param name="Level">The level and the evidence.</param>
internal sealed record StoredSuspectJson(CountryJson Reporter, CountryJson Partner, SourceJson Source, SuspectLevelJson Level);
