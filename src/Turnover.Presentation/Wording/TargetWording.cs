using System.Globalization;
using Turnover.Analytics.Targets;
using Turnover.Core;
using Turnover.Core.Targets;

namespace Turnover.Presentation.Wording;

/// <summary>
/// The words for what the target analysis returns as data: each projection's name and base, why one was not made,
/// the gap rows' labels and months, why two sides' figures differ, and (TargetWording.Verdicts.cs) the verdicts and
/// caveats. Shared by the tables, the report and the JSON documents.
/// </summary>
internal static partial class TargetWording
{
    private const string Common = "goods routed through third countries (re-exports, e.g. via Hong Kong) are attributed differently, and shipments in transit at the turn of a period are counted in different months";

    public static string Name(ProjectionKind kind) => kind switch
    {
        ProjectionKind.YearToDate => "year-to-date growth",
        ProjectionKind.Rolling12 => "rolling 12 months",
        _ => "CAGR of the last 3 years",
    };

    /// <summary>"12 months to 2024-12", "2020" (an annual target without twelve months known), "2021 to 2023-10" (a cumulative target), "figures end 2019-12, before 2020" (nothing of its years yet): what the progress is measured on; null without progress.</summary>
    public static string? AchievedOn(TargetReport r) => r.AchievedThrough switch
    {
        null => null,
        { Granularity: Granularity.Year } year => year.ToString(),
        { } month when r.Target.Basis == TargetBasis.AnnualValue => $"12 months to {month}",
        // Nothing counted yet: the US Census table ends in 2019, the Phase One window starts in 2020.
        { } month when r.NothingCounted => $"figures end {month}, before {r.Target.FromYear}",
        { } month => $"{r.Target.FromYear} to {month}",
    };

    /// <summary>
    /// How often the method's targets of about this probability were met in the target backtest: pooled, and on the
    /// bundled pairs alone; null when the method was not measured there.
    /// </summary>
    public static string? Reliability(TargetReport r)
    {
        if (r.Model?.Reliability is not [var pooled, ..] bins || pooled.Set != "pooled")
        {
            return null;
        }

        var pairs = bins.FirstOrDefault(b => b.Set == "pairs");
        var alone = pairs is { Targets: > 0 } ? Invariant($"; the three pairs alone: {pairs.ObservedPct:0}% of {pairs.Targets:N0}") : string.Empty;
        return Invariant(
            $"in backtests, targets this method gave {pooled.FromPct}–{pooled.ToPct}% (stated {pooled.MeanStatedPct:0}% on average) were met {pooled.ObservedPct:0}% of the time: {pooled.Targets:N0} targets on three pairs and 56 energy-import lines{alone} (measured {pooled.Measured:yyyy-MM-dd}; README, \"The default method\")");
    }

    /// <summary>Which figures gave the rate and how it is applied.</summary>
    public static string Explanation(Projection p)
    {
        var (year, month) = (p.Window.Year, p.Window.EndMonth);
        var growth = Invariant($"{p.GrowthPercent:+0.0;-0.0}%");
        return (p.Kind, p.Origin) switch
        {
            (ProjectionKind.YearToDate, RateOrigin.Computed) => Invariant(
                $"computed: {MonthLabel(month)} {year} was {growth} on {MonthLabel(month)} {year - 1}{PublishedAside(p.PublishedPercent)}; that rate applied to {p.BaseYear}'s total ({Bn(p.BaseValueUsd)} bn) for {year}, and to each later year"),
            (ProjectionKind.YearToDate, _) => Invariant(
                $"published: {MonthLabel(month)} {year} was {Percent(p.PublishedPercent ?? 0m)} on {MonthLabel(month)} {year - 1} as printed ({(p.EarlierValueUsd is null ? $"{MonthLabel(month)} {year - 1} is not in the data" : "no computed rate")}); {(month == 12 ? $"continued from {year}'s total ({Bn(p.BaseValueUsd)} bn)" : $"applied to {p.BaseYear}'s total ({Bn(p.BaseValueUsd)} bn) for {year}, and to each later year")}"),
            (ProjectionKind.Rolling12, _) => Invariant(
                $"computed: the 12 months to {year}-{month:D2} ({Bn(p.WindowValueUsd)} bn) grew {growth} on the 12 months before; extrapolated month by month"),
            (_, RateOrigin.Computed) => Invariant(
                $"computed: {year - 3}–{year}: {Bn(p.EarlierValueUsd ?? 0m)} → {Bn(p.WindowValueUsd)} bn, {growth} a year, continued"),
            _ => Invariant(
                $"published: {year - 2}, {year - 1} and {year} grew {string.Join(", ", p.ChainedPublishedPercents.Select(Percent))} as printed ({year - 3} is not in the data), {growth} a year; continued from {year}'s total ({Bn(p.BaseValueUsd)} bn)"),
        };
    }

    /// <summary>Why a projection was not made: which figure is missing, computed and published.</summary>
    public static string Reason(UnmadeProjection u)
    {
        var (year, month) = (u.Window.Year, u.Window.EndMonth);
        return (u.Kind, u.Reason) switch
        {
            (ProjectionKind.YearToDate, UnmadeReason.NoBaseValue) => Invariant(
                $"published {Percent(u.PublishedPercent ?? 0m)} for {MonthLabel(month)} {year}, but {u.MissingFigures[0].Year}'s total, to apply it to, is not in the data"),
            (ProjectionKind.YearToDate, _) => Invariant(
                $"no rate: {Missing(u)} is not in the data and no growth rate was published for {MonthLabel(month)} {year}"),
            (ProjectionKind.Rolling12, _) => Invariant(
                $"no rate: {Missing(u)} are not all in the data, and no rolling rate is published"),
            _ => Invariant(
                $"no rate: {(u.MissingFigures.Count == 1 ? "the total of " + Missing(u) + " is" : "the totals of " + Missing(u) + " are")} not in the data, and no growth rate was published for {string.Join(", ", u.MissingPublishedRates.Select(p => p.Year))}"),
        };
    }

    /// <summary>
    /// The verdict sentence as printed: the verdict's own words, then the projections that could not be made, e.g.
    /// "… (no model run; no projection from the CAGR of the last 3 years: 2021's total is not in the data)".
    /// </summary>
    public static string Verdict(TargetReport report, HintWording hints)
    {
        var text = Judgement(report, hints);
        if (report.ProjectionsNotMade.Count == 0)
        {
            return text;
        }

        var notMade = string.Join("; ", report.ProjectionsNotMade.Select(u => $"no projection from the {Name(u.Kind)}: {ShortReason(u)}"));
        // A sentence that ends in an aside takes the missing projections into it: one parenthesis, not two.
        return text.EndsWith(')') ? $"{text[..^1]}; {notMade})" : $"{text} ({notMade})";
    }

    /// <summary>Which figure a gap row is, e.g. "baseline year 2017" or "increment over 2017, 2020 to 2021-06".</summary>
    public static string What(GapRow row, Target target)
    {
        var through = Invariant($"{row.Through.Year}-{row.Through.EndMonth:D2}");
        return row.Figure switch
        {
            GapFigure.BaselineYear => Invariant($"baseline year {row.Through.Year}"),
            GapFigure.Year => Invariant($"year {row.Through.Year}"),
            GapFigure.YearToDate => Invariant($"year to date {row.Through.Year}"),
            GapFigure.Cumulative => Invariant($"cumulative {row.FromYear} to {through}"),
            _ => Invariant($"increment over {target.BaselineYear}, {row.FromYear} to {through}"),
        };
    }

    /// <summary>The months a gap row covers, e.g. <c>2019</c>, <c>2022-01..11</c> or <c>2020-01..2021-12</c>.</summary>
    public static string Months(GapRow row) => row.FromYear == row.Through.Year
        ? row.Through.ToString()
        : Invariant($"{row.FromYear}-01..{row.Through.Year}-{row.Through.EndMonth:D2}");

    /// <summary>Why the two sides' figures differ: each publisher's valuation, re-exports and timing.</summary>
    public static string Explanation(StatisticsGap gap)
    {
        var v = gap.Valuation;
        if (gap.FirstMeasure == Measure.Turnover)
        {
            return $"each side's turnover is its exports plus its imports, valued by each publisher's own rules ({Rules(v.First)}; {Rules(v.Second)}), so the two never match exactly; {Common}";
        }

        var (importer, exporter) = gap.FirstMeasure == Measure.Imports ? (v.First, v.Second) : (v.Second, v.First);
        var higher = v.ImportsIncludeFreight ? ", so the importer's figure is usually higher" : string.Empty;
        return $"{importer.Reporter.Name}'s imports are valued {Valuation(importer.Source, importer.Imports)} and {exporter.Reporter.Name}'s exports {Valuation(exporter.Source, exporter.Exports)}{higher}; {Common}";
    }

    /// <summary>How a publisher values one direction, e.g. "FOB" or "at customs value (the transaction price, without freight and insurance; not CIF)".</summary>
    /// <remarks>
    /// China's customs (GACC) and Korea's (KOSIS) publish exports FOB and imports CIF. The US Census Bureau's country
    /// tables give exports at f.a.s. value (free alongside ship at the US port) and general imports at customs value
    /// (the transaction price, without freight and insurance), so US imports are not CIF. The IMF series kept here are
    /// the FOB export and CIF import indicators. Comtrade carries what each reporter declared; BACI reconciles both
    /// sides into one FOB estimate; a mapped file's valuation is whatever its publisher used.
    /// </remarks>
    public static string Valuation(SourceKind source, ValuationBasis basis)
    {
        var declared = SourceCatalog.Of(source);
        return basis switch
        {
            ValuationBasis.Fas => "at f.a.s. value (free alongside ship at the US port)",
            ValuationBasis.CustomsValue => "at customs value (the transaction price, without freight and insurance; not CIF)",
            ValuationBasis.Fob when declared.Reconciled => "FOB (CEPII's reconciled estimate)",
            ValuationBasis.Fob => "FOB",
            ValuationBasis.Cif => "CIF (with freight and insurance)",
            ValuationBasis.AsDeclared => $"as the reporter declared them to {declared.DisplayName} (usually exports FOB, imports CIF)",
            _ => "as the file's publisher values them (not stated to turnover)",
        };
    }

    private static string Rules(SideValuation side) =>
        $"{side.Reporter.Name}: exports {Valuation(side.Source, side.Exports)}, imports {Valuation(side.Source, side.Imports)}";

    private static string Missing(UnmadeProjection u) => u.Kind switch
    {
        ProjectionKind.YearToDate => string.Join(" and ", u.MissingFigures.Select(p => Invariant($"{MonthLabel(p.EndMonth)} {p.Year}"))),
        ProjectionKind.Rolling12 => string.Join(" and ", u.MissingFigures.Select(p => Invariant($"the 12 months to {p.Year}-{p.EndMonth:D2}"))),
        _ => string.Join(" and ", u.MissingFigures.Select(p => p.Year.ToString(CultureInfo.InvariantCulture))),
    };

    private static string ShortReason(UnmadeProjection u) => (u.Kind, u.Reason) switch
    {
        (ProjectionKind.YearToDate, UnmadeReason.NoBaseValue) => Invariant($"{u.MissingFigures[0].Year}'s total is not in the data"),
        (ProjectionKind.YearToDate, _) => $"{Missing(u)} is not in the data",
        (ProjectionKind.Rolling12, _) => $"{Missing(u)} are not all in the data",
        _ when u.MissingFigures.Count == 0 => "no growth rate was published for " + string.Join(", ", u.MissingPublishedRates.Select(p => p.Year)),
        _ => u.MissingFigures.Count == 1 ? $"{Missing(u)}'s total is not in the data" : $"the totals of {Missing(u)} are not in the data",
    };

    private static string PublishedAside(decimal? published) => published is { } p ? $" (published: {Percent(p)})" : string.Empty;

    private static string Percent(decimal rate) => Invariant($"{rate:+0.###;-0.###;0}%");

    private static string Bn(decimal usd) => (usd / 1e9m).ToString("N2", CultureInfo.InvariantCulture);

    private static string MonthLabel(int month) =>
        month == 12 ? "the full year" : month == 1 ? "January" : $"Jan–{CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(month)}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
