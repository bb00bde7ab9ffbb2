using Turnover.Claims;
using Turnover.Core;

namespace Turnover.Presentation.Json;

/// <summary>What a text states (docs/claims.md, "What a claim holds"): field names as documented there.</summary>
internal sealed record StatedJson(
    string? Reporter,
    string? Partner,
    string Flow,
    string FlowText,
    string? Exporter,
    string? Importer,
    string CountrySource,
    string? Period,
    string? PeriodKind,
    string? PeriodResolution,
    string? PeriodText,
    bool Deadline,
    long? AmountUsd,
    MoneyJson? Amount,
    string? AmountText,
    decimal? AmountRounding,
    MoneyJson? AmountEquivalent,
    decimal? GrowthPct,
    decimal? GrowthRounding,
    string? GrowthText,
    string? GrowthComparison,
    string? GrowthComputedIn,
    string? GrowthSince,
    string Bound,
    string Kind,
    bool AheadOfSchedule,
    string? RecordText,
    string? Speaker,
    string? StatisticsOf,
    string? StatisticsText,
    string Subset,
    string? SubsetText,
    SpanJson Span,
    IReadOnlyList<string> Rules,
    string? GrowthBaseText,
    VolumeJson? Volume,
    string? VolumeOf)
{
    /// <summary>The year of a year so far whose month the text does not name ("so far this year", "今年以来"); null otherwise.</summary>
    public int? YearSoFar { get; init; }

    /// <summary>
    /// When no period was read: a span the text gives that no stored period is (<c>kind</c> <c>twelveMonths</c>,
    /// <c>latestMonths</c>, <c>yearToMonth</c>, <c>fiscalYear</c>, <c>ambiguousQuarters</c>; <c>text</c> as written); null otherwise.
    /// </summary>
    public UnreadPeriodJson? UnreadPeriod { get; init; }

    /// <summary>A change since a year or over a span with no end named ("since 2016", "over the past decade"): <c>period</c> is null, the end is the latest year published.</summary>
    public bool ToLatest { get; init; }

    /// <summary>The years a rate spans when the text counts them ("over the past decade": 10); null otherwise.</summary>
    public int? GrowthYearsSpanned { get; init; }

    /// <summary>True for a yearly average over a span ("an average annual rate of 17% between 2016 and 2024"): judged as the compound rate.</summary>
    public bool GrowthAverageAnnual { get; init; }

    /// <summary>True when the text gives the rate as what its goal needs ("would need to grow 3.6% a year to reach $300 billion by 2030"): judged against the rate computed from the base year to the goal. Added 7 December 2026.</summary>
    public bool GrowthRequired { get; init; }

    /// <summary>True when the amount is a level reached by a fall ("expected to fall to $200 billion"): a projection of it is judged as that period's figure.</summary>
    public bool FallsTo { get; init; }

    /// <summary>"month" or "day" when the amount is an average per month or day of the period ("$28 billion a month on average in 2019"): judged as that many times it against the period's total; null otherwise. Added 7 December 2026.</summary>
    public string? AveragePer { get; init; }

    /// <summary>A superlative since a year the figure is said to be ("the smallest since 2004"): <c>kind</c>, <c>sinceYear</c>, <c>text</c>; null when none.</summary>
    public SuperlativeStatedJson? Superlative { get; init; }

    /// <summary>For a fact with no rate or amount, the way it is said to have gone on a year earlier ("fell in 2020"): <c>direction</c> (<c>rise</c>, <c>fall</c>), <c>text</c>; null otherwise. Added 7 December 2026.</summary>
    public DirectionStatedJson? Direction { get; init; }

    /// <summary>The words saying the amount, a bound crossed, was crossed for the first time ("for the first time", "впервые", "首次"); null otherwise. Added 6 December 2026.</summary>
    public string? FirstTimeText { get; init; }

    /// <summary>True when the amount is a change, signed ("rose by $4.7 billion": <c>amountUsd</c> 4700000000; "fell by": negative), on the base <see cref="ChangeComparison"/> names.</summary>
    public bool AmountIsChange { get; init; }

    /// <summary>
    /// What a change is on, as <c>growthComparison</c>: <c>unstated</c> or <c>yearOnYear</c> (judged on a year earlier),
    /// <c>previousPeriod</c> ("from November"), <c>otherBase</c> (not judged; <see cref="ChangeBaseText"/>); null when
    /// the amount is no change. Added 7 December 2026.
    /// </summary>
    public string? ChangeComparison { get; init; }

    /// <summary>The words naming the base of an <c>otherBase</c> change ("from its peak"); null otherwise. Added 7 December 2026.</summary>
    public string? ChangeBaseText { get; init; }

    public static StatedJson From(StatedClaim c) => new(
        c.Reporter?.Iso3, c.Partner?.Iso3, Camel(c.Flow.ToString()), c.FlowText, c.Exporter?.Iso3, c.Importer?.Iso3, Camel(c.CountrySource.ToString()),
        c.Period?.Period?.ToString(), c.Period is { Kind: not Claims.PeriodKind.None } p ? PeriodKindName(p.Kind) : null,
        c.Period is { Resolution: not Claims.PeriodResolution.None } r ? Camel(r.Resolution.ToString()) : null, c.Period?.Text, c.Period?.IsDeadline ?? false,
        c.AmountUsd, MoneyJson.From(c.Amount?.Value), c.Amount?.Text, c.Amount?.Rounding, MoneyJson.From(c.AmountEquivalent?.Value),
        c.Growth?.Percent, c.Growth?.Rounding, c.Growth?.Text, c.Growth is null ? null : Camel(c.Growth.Comparison.ToString()), c.Growth?.ComputedIn?.Code, c.Growth?.Since?.ToString(),
        Camel((c.Amount?.Bound ?? c.Growth?.Bound ?? Claims.Bound.Exact).ToString()), Camel(c.Kind.ToString()), c.AheadOfSchedule, c.RecordText, c.Speaker,
        c.StatisticsOf?.Iso3, c.StatisticsText, Camel(c.Subset.ToString()), c.SubsetText, new SpanJson(c.SentenceSpan.Start, c.SentenceSpan.Length), c.Rules,
        c.Growth?.BaseText, VolumeJson.From(c.Volume), c.VolumeOf)
    {
        YearSoFar = c.Period?.YearSoFar,
        UnreadPeriod = c.UnreadPeriod is { } u ? new UnreadPeriodJson(Camel(u.Kind.ToString()), u.Text, u.Through?.ToString(), u.Months) { FromYear = u.FromYear } : null,
        ToLatest = c.Period?.ToLatest ?? false,
        GrowthYearsSpanned = c.Growth?.YearsSpanned,
        GrowthAverageAnnual = c.Growth?.AverageAnnual ?? false,
        GrowthRequired = c.Growth?.Required ?? false,
        FallsTo = c.FallsTo,
        AveragePer = c.AveragePer == Claims.AveragePer.None ? null : Camel(c.AveragePer.ToString()),
        AmountIsChange = c.AmountIsChange,
        ChangeComparison = c.AmountIsChange ? Camel(c.ChangeComparison.ToString()) : null,
        ChangeBaseText = c.ChangeBaseText,
        Superlative = c.Superlative is { } s ? new SuperlativeStatedJson(Camel(s.Kind.ToString()), s.SinceYear, s.Text) { SinceMonth = s.SinceMonth?.ToString() } : null,
        FirstTimeText = c.FirstTimeText,
        Direction = c.Direction is { } d ? new DirectionStatedJson(Camel(d.Direction.ToString()), d.Text) : null,
    };

    public static string PeriodKindName(Claims.PeriodKind kind) => kind switch
    {
        Claims.PeriodKind.YearToDate => "ytd",
        _ => Camel(kind.ToString()),
    };

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

/// <summary>A superlative since a year as stated: what is extreme, the year named (or counted back), the words.</summary>
internal sealed record SuperlativeStatedJson(string Kind, int SinceYear, string Text)
{
    /// <summary>For a run of months ("the 14th consecutive month"), the month before it, e.g. <c>2018-10</c>; null for a superlative of years. Added 7 December 2026.</summary>
    public string? SinceMonth { get; init; }
}

/// <summary>A span the text gives that no stored period is.</summary>
/// <param name="Kind">"twelveMonths", "latestMonths", "yearToMonth", "fiscalYear", "ambiguousQuarters" or "severalYears".</param>
/// <param name="Text">Its words, as written.</param>
/// <param name="Through">
/// For "twelveMonths", the month they end with ("2024-11") when the text names its year; the claim is then judged on the
/// store's twelve months to it. For "severalYears", the last year ("2023"). Null otherwise.
/// </param>
/// <param name="Months">For "latestMonths", how many the text counts (12: judged on the twelve months to the latest month published by the article's date); null otherwise.</param>
internal sealed record UnreadPeriodJson(string Kind, string Text, string? Through, int? Months)
{
    /// <summary>For "severalYears", the first year ("2019" of "2019-2023"); null otherwise; added 6 December 2026.</summary>
    public int? FromYear { get; init; }
}

/// <summary>A stated quantity: the amount in its unit (scale applied), half a unit of its last digit, and as written.</summary>
internal sealed record VolumeJson(decimal Amount, string Unit, decimal Rounding, string Text)
{
    public static VolumeJson? From(StatedVolume? v) => v is null ? null
        : new(v.Amount, v.Unit switch { VolumeUnit.Barrels => "barrels", VolumeUnit.CubicMetres => "cubicMetres", _ => "tonnes" }, v.Rounding, v.Text);
}

/// <summary>An amount in its own currency.</summary>
/// <param name="Value">The amount in units of the currency.</param>
/// <param name="Currency">ISO 4217 code.</param>
internal sealed record MoneyJson(decimal Value, string Currency)
{
    public static MoneyJson? From(Money? money) => money is { } m ? new(JsonNumbers.Usd(m.Amount), m.Currency.Code) : null;
}

/// <summary>Where a sentence stands in the text, in characters.</summary>
internal sealed record SpanJson(int Start, int Length);

/// <summary>A rise or fall stated with no rate or amount: which way, and the words.</summary>
internal sealed record DirectionStatedJson(string Direction, string Text);
