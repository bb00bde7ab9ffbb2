using Turnover.Analytics.Forecasting;
using Turnover.Analytics.Targets;
using Turnover.Core;
using Turnover.Core.Targets;
using Turnover.Store;

namespace Turnover.Cli.Services;

/// <summary>Evaluates targets on the store as of a date, on every reporter that has the pair (both sides where both report).</summary>
internal static class TargetService
{
    public static TargetCheck Check(
        TradeStore store, Target target, DateOnly asOf, Country? reporter, SourceKind? source, IForecaster? forecaster, ForecastOptions options)
    {
        SeriesService.Choice choice;
        try
        {
            choice = SeriesService.Choose(store, target.First, target.Second, reporter, source, asOf);
        }
        catch (UserInputException ex)
        {
            return new TargetCheck(target, [TargetEvaluator.NoData(target, asOf, ex.Message)], []);
        }

        var chosen = Read(store, choice.Reporter, choice.Partner, choice.Source, asOf);
        var reports = new List<TargetReport> { TargetEvaluator.Evaluate(target, chosen, asOf, forecaster, options) };
        var evidence = new List<PairSeries> { chosen };
        var gaps = new List<StatisticsGap>();
        if (reporter is null && source is null)
        {
            // The other side's statistics, where stored, judged the same way: the two often differ by billions. A
            // reconciled dataset (BACI) is no side's statistics and holds both directions as one estimate: it is
            // never the other side (Choose picks it first only when no side's own statistics are stored).
            var sides = choice.Coverage.Reconciled ? [] : choice.Alternatives.Where(a => !a.Reconciled && a.Reporter != choice.Reporter);
            foreach (var other in sides.DistinctBy(a => a.Reporter))
            {
                var series = Read(store, other.Reporter, other.Partner, other.Source, asOf);
                reports.Add(TargetEvaluator.Evaluate(target, series, asOf, forecaster, options));
                evidence.Add(series);
                gaps.Add(StatisticsGapAnalysis.Compare(target, chosen, series));
            }
        }

        return new TargetCheck(target, reports, gaps) { Evidence = evidence };
    }

    private static PairSeries Read(TradeStore store, Country reporter, Country partner, SourceKind source, DateOnly asOf) =>
        store.ReadSeries(new SeriesRequest(reporter, partner, source, Granularity.Month, asOf));
}
