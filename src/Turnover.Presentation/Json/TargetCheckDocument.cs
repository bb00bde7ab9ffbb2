using Turnover.Analytics.Targets;
using Turnover.Application;
using Turnover.Core;
using Turnover.Core.Targets;
using Turnover.Presentation.Wording;

namespace Turnover.Presentation.Json;

/// <summary><c>turnover target check --format json</c>: contract <c>turnover.target-check/2</c> (docs/json-contract.md).</summary>
/// <param name="Contract">"turnover.target-check/2".</param>
/// <param name="AsOf">The date every verdict is for (only what was published by then), ISO 8601.</param>
/// <param name="Checks">One per target checked, in the order of the targets file then the store.</param>
internal sealed record TargetCheckDocument(string Contract, string AsOf, IReadOnlyList<TargetCheckJson> Checks)
{
    public const string Name = "turnover.target-check/2";

    public static TargetCheckDocument From(DateOnly asOf, IReadOnlyList<TargetCheck> checks, HintWording hints) =>
        new(Name, JsonDates.Date(asOf), [.. checks.Select(c => TargetCheckJson.From(c, hints))]);
}

/// <summary>One target judged on every side's statistics.</summary>
/// <param name="Target">The target as registered.</param>
/// <param name="Reports">One per reporter; the first is the chosen (or fullest) side.</param>
/// <param name="Gaps">The first side against each other side; empty when one side reports.</param>
internal sealed record TargetCheckJson(TargetJson Target, IReadOnlyList<TargetReportJson> Reports, IReadOnlyList<GapJson> Gaps)
{
    public static TargetCheckJson From(TargetCheck check, HintWording hints) => new(
        TargetJson.From(check.Target),
        [.. check.Reports.Select((r, i) => TargetReportJson.From(r, i < check.Evidence.Count ? check.Evidence[i] : null, hints))],
        [.. check.Gaps.Select(g => GapJson.From(g, check.Target))]);
}

/// <summary>A registered target.</summary>
/// <param name="Name">Its id.</param>
/// <param name="First">The side whose exports or imports the metric names.</param>
/// <param name="Second">The other side.</param>
/// <param name="Metric">"turnover", "exports" or "imports" (of the first country).</param>
/// <param name="AmountUsd">The amount.</param>
/// <param name="Basis">"annual", "cumulative" or "increment".</param>
/// <param name="FromYear">First year that counts.</param>
/// <param name="DeadlineYear">Last year that counts (inclusive).</param>
/// <param name="BaselineYear">The baseline of an increment target; null otherwise.</param>
/// <param name="AnnouncedBy">Who announced it.</param>
/// <param name="AnnouncedOn">When, ISO 8601.</param>
/// <param name="Source">Where it is documented.</param>
/// <param name="Note">Caveats; empty when none.</param>
internal sealed record TargetJson(
    string Name, CountryJson First, CountryJson Second, string Metric, decimal AmountUsd, string Basis, int FromYear, int DeadlineYear,
    int? BaselineYear, string AnnouncedBy, string AnnouncedOn, string Source, string Note)
{
    public static TargetJson From(Target t) => new(
        t.Name, CountryJson.From(t.First), CountryJson.From(t.Second), t.Metric.ToString().ToLowerInvariant(), JsonNumbers.Usd(t.AmountUsd),
        TargetFile.BasisName(t.Basis), t.FromYear, t.DeadlineYear, t.BaselineYear, t.AnnouncedBy, JsonDates.Date(t.AnnouncedOn), t.Source, t.Note);
}

/// <summary>A target judged on one reporter's statistics.</summary>
/// <param name="Reporter">Whose statistics.</param>
/// <param name="Partner">The other country of the target.</param>
/// <param name="Source">The publisher; null when no source holds the pair (verdict "no-data").</param>
/// <param name="LatestYear">The latest complete calendar year.</param>
/// <param name="LatestYearYoy">That year's growth on the year before, computed and as published; null without a complete year.</param>
/// <param name="YearToDate">The latest year to date.</param>
/// <param name="Rolling12">The latest twelve months.</param>
/// <param name="Baseline">The baseline year of an increment target, where published.</param>
/// <param name="AchievedUsd">The progress measure on the latest figures (see AchievedThrough).</param>
/// <param name="ProgressPct">Achieved as percent points of the amount.</param>
/// <param name="AchievedThrough">What the achievement covers, as printed: a month (an annual target's twelve months to it, a cumulative one's sum since its first year), a year (that calendar year).</param>
/// <param name="RequiredGrowthPct">Growth a year still needed to reach the amount in the deadline year (annual basis).</param>
/// <param name="MetIn">The month the target was first reached, as printed; null if not.</param>
/// <param name="MonthsBeforeDeadline">Months before the end of the deadline year it was met.</param>
/// <param name="OutcomeUsd">The progress measure that settled it: when first reached (met) or at the end of the deadline year (missed); null while open.</param>
/// <param name="OutcomePct">The outcome as percent points of the amount.</param>
/// <param name="ReachedAfterDeadline">A missed target reached after the deadline year; null otherwise.</param>
/// <param name="Projections">The "at this rate" projections.</param>
/// <param name="ProjectionsNotMade">The "at this rate" projections that could not be made, each with the reason.</param>
/// <param name="Model">The model's outlook; null with <c>--method none</c> or a settled target.</param>
/// <param name="LatestFigure">The last period the figures cover, as printed.</param>
/// <param name="Caveat">Why the verdict may mislead (old figures, sums, conversions); null when none.</param>
/// <param name="Verdict">One of the documented verdict strings.</param>
/// <param name="VerdictText">The verdict in a sentence.</param>
/// <param name="Provenance">Figures used that were summed from product lines or converted from another currency.</param>
internal sealed record TargetReportJson(
    CountryJson Reporter,
    CountryJson Partner,
    SourceJson? Source,
    YearValueJson? LatestYear,
    GrowthJson? LatestYearYoy,
    DatedValueJson? YearToDate,
    DatedValueJson? Rolling12,
    YearValueJson? Baseline,
    decimal? AchievedUsd,
    decimal? ProgressPct,
    string? AchievedThrough,
    decimal? RequiredGrowthPct,
    string? MetIn,
    int? MonthsBeforeDeadline,
    decimal? OutcomeUsd,
    decimal? OutcomePct,
    LateCrossingJson? ReachedAfterDeadline,
    IReadOnlyList<ProjectionJson> Projections,
    IReadOnlyList<UnmadeProjectionJson> ProjectionsNotMade,
    ModelJson? Model,
    string? LatestFigure,
    string? Caveat,
    string Verdict,
    string VerdictText,
    ProvenanceJson Provenance)
{
    /// <summary>Every verdict string the contract can carry, in the order of <see cref="TargetVerdict"/>.</summary>
    public static readonly IReadOnlyList<string> Verdicts = [.. Enum.GetValues<TargetVerdict>().Select(VerdictName)];

    public static TargetReportJson From(TargetReport r, PairSeries? series, HintWording hints) => new(
        CountryJson.From(r.Reporter),
        CountryJson.From(r.Reporter == r.Target.First ? r.Target.Second : r.Target.First),
        r.Source is { } s ? SourceJson.From(s) : null,
        r.LatestYear is var (y, v) ? new YearValueJson(y, JsonNumbers.Usd(v)) : null,
        r.LatestYear is null ? null : GrowthJson.Of(r.LatestYearGrowthPercent, r.LatestYearPublishedGrowthPercent),
        DatedValueJson.From(r.YearToDate),
        DatedValueJson.From(r.Rolling12),
        r.Baseline is var (by, bv) ? new YearValueJson(by, JsonNumbers.Usd(bv)) : null,
        JsonNumbers.Usd(r.AchievedUsd),
        JsonNumbers.Percent(r.ProgressPercent),
        r.AchievedThrough?.ToString(),
        JsonNumbers.Percent(r.RequiredGrowthPercent),
        r.MetIn?.ToString(),
        r.MonthsBeforeDeadline,
        JsonNumbers.Usd(r.OutcomeUsd),
        r.OutcomeUsd is { } outcome ? JsonNumbers.Percent(outcome / r.Target.AmountUsd * 100m) : null,
        LateCrossingJson.From(r.ReachedAfterDeadline),
        [.. r.Projections.Select(ProjectionJson.From)],
        [.. r.ProjectionsNotMade.Select(u => new UnmadeProjectionJson(TargetWording.Name(u.Kind), TargetWording.Reason(u)))],
        ModelJson.From(r.Model),
        r.LatestFigure?.ToString(),
        TargetWording.Caveat(r),
        VerdictName(r.Verdict),
        TargetWording.Judgement(r, hints),
        ProvenanceOf(series));

    /// <summary>The contract's string for a verdict: "met", "ahead-of-schedule", "on-track", "at-risk", "off-track", "open", "missed", "undetermined", "no-data".</summary>
    public static string VerdictName(TargetVerdict verdict) => verdict switch
    {
        TargetVerdict.Met => "met",
        TargetVerdict.AheadOfSchedule => "ahead-of-schedule",
        TargetVerdict.OnTrack => "on-track",
        TargetVerdict.AtRisk => "at-risk",
        TargetVerdict.OffTrack => "off-track",
        TargetVerdict.Open => "open",
        TargetVerdict.Missed => "missed",
        TargetVerdict.Undetermined => "undetermined",
        TargetVerdict.NoData => "no-data",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "A verdict the JSON contract does not list: add it to docs/json-contract.md."),
    };

    private static ProvenanceJson ProvenanceOf(PairSeries? series) => series is null
        ? new ProvenanceJson([], [])
        : new ProvenanceJson(
            [.. series.Summed.Select(SummedTotalJson.From)],
            [.. series.Converted.GroupBy(c => (c.ReleaseId, c.FileName, c.Conversion)).OrderBy(g => g.Key.ReleaseId).Select(g => new ConvertedFiguresJson(
                g.Key.ReleaseId, g.Key.FileName, CurrencyConversionJson.From(g.Key.Conversion),
                [.. g.Select(c => c.Flow).Distinct().Order().Select(SummedNote.FlowName)],
                [.. g.Select(c => c.Period).Distinct().Order().Select(p => p.ToString())]))]);
}

/// <summary>A calendar year's value.</summary>
/// <param name="Year">The year.</param>
/// <param name="ValueUsd">Its value.</param>
internal sealed record YearValueJson(int Year, decimal ValueUsd);

/// <summary>A value through a period, with its growth on a year earlier.</summary>
/// <param name="Through">The months covered, as printed ("2022-01..11").</param>
/// <param name="ValueUsd">The value.</param>
/// <param name="Yoy">Growth on the same months a year earlier.</param>
internal sealed record DatedValueJson(string Through, decimal ValueUsd, GrowthJson Yoy)
{
    public static DatedValueJson? From(DatedValue? d) => d is null ? null : new(d.Through.ToString(), JsonNumbers.Usd(d.ValueUsd), GrowthJson.Of(d.GrowthPercent, d.PublishedGrowthPercent));
}

/// <summary>An "at this rate" projection.</summary>
/// <param name="Name">Which rate.</param>
/// <param name="Rate">The annual growth applied.</param>
/// <param name="DeadlineValueUsd">What it gives at the deadline.</param>
/// <param name="CrossingYear">First year it reaches the target; null if not by 2100.</param>
/// <param name="Explanation">The figures behind the rate and how it is applied.</param>
/// <param name="RateOrigin">"computed" (from the levels) or "published" (as printed, when the levels cannot give it).</param>
/// <param name="BaseYear">The year whose value the rate is applied from.</param>
/// <param name="BaseValueUsd">That year's value.</param>
internal sealed record ProjectionJson(string Name, GrowthJson Rate, decimal DeadlineValueUsd, int? CrossingYear, string Explanation, string RateOrigin, int BaseYear, decimal BaseValueUsd)
{
    // The rate applied sits in computedPct or publishedPct by its origin; a computed rate keeps the printed one beside it.
    public static ProjectionJson From(Projection p) => new(
        TargetWording.Name(p.Kind),
        p.Origin == Analytics.Targets.RateOrigin.Published ? GrowthJson.Of((double?)null, (decimal)p.GrowthPercent) : GrowthJson.Of(p.GrowthPercent, p.PublishedPercent),
        JsonNumbers.Usd(p.DeadlineValueUsd), p.CrossingYear, TargetWording.Explanation(p),
        p.Origin == Analytics.Targets.RateOrigin.Published ? "published" : "computed", p.BaseYear, JsonNumbers.Usd(p.BaseValueUsd));
}

/// <summary>An "at this rate" projection that could not be made.</summary>
/// <param name="Name">Which rate.</param>
/// <param name="Reason">Why not, in words.</param>
internal sealed record UnmadeProjectionJson(string Name, string Reason);

/// <summary>The forecasting model's outlook.</summary>
/// <param name="Method">The fitted model.</param>
/// <param name="Paths">Simulated paths.</param>
/// <param name="ProbabilityPct">Share of paths reaching the target by the deadline, percent points.</param>
/// <param name="MedianCrossing">Median crossing month among the paths that cross, as printed; null when none.</param>
/// <param name="CrossingByYear">Share of paths crossed by the end of each remaining year.</param>
/// <param name="DeadlineP10Usd">10th percentile at the deadline.</param>
/// <param name="DeadlineMedianUsd">Median at the deadline.</param>
/// <param name="DeadlineP90Usd">90th percentile at the deadline.</param>
/// <param name="Note">Fallbacks or caveats; null when none.</param>
/// <param name="Reliability">How often the method's targets of about this probability were met in the target backtest (pooled, then per set); empty when not measured.</param>
internal sealed record ModelJson(
    string Method, int Paths, decimal ProbabilityPct, string? MedianCrossing, IReadOnlyList<YearShareJson> CrossingByYear,
    decimal DeadlineP10Usd, decimal DeadlineMedianUsd, decimal DeadlineP90Usd, string? Note, IReadOnlyList<ReliabilityJson> Reliability)
{
    public static ModelJson? From(ModelOutlook? m) => m is null ? null : new(
        ForecastMethodWording.Name(m.Method), m.Paths, JsonNumbers.SharePercent(m.Probability), m.MedianCrossing?.ToString(),
        [.. m.CrossingByYear.Select(c => new YearShareJson(c.Year, JsonNumbers.SharePercent(c.Share)))],
        JsonNumbers.Usd(m.DeadlineP10), JsonNumbers.Usd(m.DeadlineMedian), JsonNumbers.Usd(m.DeadlineP90), ForecastNoteWording.Text(m.Notes),
        ReliabilityJson.Of(m));
}

/// <summary>A bin of the target backtest's reliability table: targets stated in it, how many were met.</summary>
/// <param name="Set">"pooled", "pairs" (the three bundled pairs) or "lines" (China's energy imports by origin).</param>
/// <param name="FromPct">The bin's lower edge, percent.</param>
/// <param name="ToPct">Its upper edge, percent.</param>
/// <param name="Targets">Targets stated in the bin.</param>
/// <param name="Met">Of them, met.</param>
/// <param name="MeanStatedPct">Their mean stated probability, percent.</param>
/// <param name="ObservedPct">The share met, percent.</param>
/// <param name="Measured">The day of the run.</param>
internal sealed record ReliabilityJson(string Set, int FromPct, int ToPct, int Targets, int Met, decimal? MeanStatedPct, decimal? ObservedPct, string Measured)
{
    /// <summary>The model's measured reliability, pooled then per set; empty without a model.</summary>
    public static IReadOnlyList<ReliabilityJson> Of(ModelOutlook? m) => m is null ? [] : [.. m.Reliability.Select(From)];

    public static ReliabilityJson From(MeasuredReliability r) => new(
        r.Set, r.FromPct, r.ToPct, r.Targets, r.Met, JsonNumbers.Percent(r.MeanStatedPct), JsonNumbers.Percent(r.ObservedPct),
        r.Measured.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>A share of paths by the end of a year.</summary>
/// <param name="Year">The year.</param>
/// <param name="SharePct">Percent points.</param>
internal sealed record YearShareJson(int Year, decimal SharePct);

/// <summary>How far two sides' statistics of the target's metric differ.</summary>
/// <param name="Reporter">The first side.</param>
/// <param name="Source">Its publisher.</param>
/// <param name="Measure">Its flow: "turnover", "exports" or "imports".</param>
/// <param name="OtherReporter">The other side.</param>
/// <param name="OtherSource">Its publisher.</param>
/// <param name="OtherMeasure">Its (mirror) flow.</param>
/// <param name="Rows">Figures both published, oldest first.</param>
/// <param name="Explanation">Why they differ (valuation, timing…).</param>
internal sealed record GapJson(
    CountryJson Reporter, SourceJson Source, string Measure, CountryJson OtherReporter, SourceJson OtherSource, string OtherMeasure,
    IReadOnlyList<GapRowJson> Rows, string Explanation)
{
    public static GapJson From(StatisticsGap g, Target target) => new(
        CountryJson.From(g.First), SourceJson.From(g.FirstSource), g.FirstMeasure.ToString().ToLowerInvariant(),
        CountryJson.From(g.Second), SourceJson.From(g.SecondSource), g.SecondMeasure.ToString().ToLowerInvariant(),
        [.. g.Rows.Select(r => new GapRowJson(TargetWording.What(r, target), TargetWording.Months(r), JsonNumbers.Usd(r.FirstUsd), JsonNumbers.Usd(r.SecondUsd), JsonNumbers.Usd(r.DifferenceUsd), JsonNumbers.Percent(r.DifferencePercent)))],
        TargetWording.Explanation(g));
}

/// <summary>One figure as each side gives it.</summary>
/// <param name="What">Which figure, in words.</param>
/// <param name="Months">The months covered, as printed.</param>
/// <param name="ValueUsd">The first side's value.</param>
/// <param name="OtherValueUsd">The other side's value.</param>
/// <param name="DifferenceUsd">First minus other.</param>
/// <param name="DifferencePct">The difference in percent points of the other's value; null when that is zero.</param>
internal sealed record GapRowJson(string What, string Months, decimal ValueUsd, decimal OtherValueUsd, decimal DifferenceUsd, decimal? DifferencePct);

/// <summary>A missed target reached after its deadline year.</summary>
/// <param name="Month">The first month whose progress measure reached the amount, as printed.</param>
/// <param name="ValueUsd">That measure.</param>
/// <param name="YearsNotInFigures">Years between the deadline and then whose total is not in the figures: it may have been reached in one of them.</param>
internal sealed record LateCrossingJson(string Month, decimal ValueUsd, IReadOnlyList<int> YearsNotInFigures)
{
    public static LateCrossingJson? From(LateCrossing? late) =>
        late is null ? null : new(late.Month.ToString(), JsonNumbers.Usd(late.ValueUsd), late.YearsNotInFigures);
}
