using Turnover.Core;

namespace Turnover.Claims;

/// <summary>A growth rate as a text states it: signed percent, what it compares with, and in which currency it was computed when said.</summary>
public sealed record StatedGrowth
{
    /// <summary>Percent change, negative for a fall: "下降6.5%" is -6.5, "doubled" is 100.</summary>
    public required decimal Percent { get; init; }

    /// <summary>Half a unit of the last digit given, in percentage points ("29.3%" is 0.05).</summary>
    public required decimal Rounding { get; init; }

    /// <summary>"nearly", "more than"… as written next to the rate.</summary>
    public required Bound Bound { get; init; }

    /// <summary>Year on year, against the previous period, or not said.</summary>
    public required GrowthComparison Comparison { get; init; }

    /// <summary>
    /// The year a rate over several years starts from ("more than doubled since 2016", "rose 174% between 2016 and
    /// 2022"): the change from that year's figure to the claim's year, not a year-on-year rate; null otherwise.
    /// </summary>
    public Period? Since { get; init; }

    /// <summary>
    /// The years a rate spans when the text counts them instead of naming its first year ("has nearly tripled over the
    /// past decade": 10); with a period, <see cref="Since"/> is that many years before it. Null otherwise.
    /// </summary>
    public int? YearsSpanned { get; init; }

    /// <summary>
    /// True for a yearly average over a span ("an average annual rate of 17% between 2016 and 2024", "17% a year since
    /// 2016", "CAGR", "в среднем на 17% в год", "年均增长17%"): the compound rate from <see cref="Since"/> to the claim's
    /// period, not the change over the whole span.
    /// </summary>
    public bool AverageAnnual { get; init; }

    /// <summary>
    /// True when the text gives the rate as what its goal needs ("would need to grow 3.6% a year to reach $300 billion by
    /// 2030", "для достижения цели … должен расти на 3,5% в год", "需年均增长3.5%"): judged as the rate from the latest
    /// year published by the article's date to the goal, not as a forecast.
    /// </summary>
    public bool Required { get; init; }

    /// <summary>
    /// The currency the rate was computed in when the text makes it plain (the amount it grew to is in yuan, or
    /// "in yuan terms", "in dollar terms"); null when the text does not say.
    /// </summary>
    public Currency? ComputedIn { get; init; }

    /// <summary>
    /// A range's end nearer zero ("25-30%": 25; a fall of 5-7%: -5), signed; <see cref="Percent"/> is then the range's
    /// middle and <see cref="Rounding"/> half its width plus the ends' own rounding (<see cref="Bound.Range"/>). Null otherwise.
    /// </summary>
    public decimal? RangeLow { get; init; }

    /// <summary>A range's other end (<see cref="RangeLow"/> mirrored about <see cref="Percent"/>); null otherwise.</summary>
    public decimal? RangeHigh => RangeLow is { } low ? (2 * Percent) - low : null;

    /// <summary>The words naming the base of an <see cref="GrowthComparison.OtherBase"/> rate ("from their peak"); null otherwise.</summary>
    public string? BaseText { get; init; }

    /// <summary>The rate as written, e.g. <c>29.3%</c>, <c>6,8 процента</c>, <c>a quarter</c>.</summary>
    public required string Text { get; init; }

    /// <summary>Where the rate stands in the text.</summary>
    public required TextSpan Span { get; init; }
}
