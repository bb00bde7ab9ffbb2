using Turnover.Analytics.Forecasting;
using Turnover.Analytics.Targets;
using Turnover.Core;
using Turnover.Core.Targets;
using Turnover.Store;

namespace Turnover.Cli.Services;

/// <summary>Evaluates targets on the store as of a date, on every reporter that has the pair (both sides where both report).</summary>
internal static class TargetService
{
    public static IReadOnlyList<TargetReport> Check(
        TradeStore store, Target target, DateOnly asOf, Country? reporter, SourceKind? source, IForecaster? forecaster, ForecastOptions options)
    {
        SeriesService.Choice choice;
        try
        {
            choice = SeriesService.Choose(store, target.First, target.Second, reporter, source, asOf);
        }
        catch (UserInputException ex)
        {
            return [TargetEvaluator.NoData(target, asOf, ex.Message)];
        }

        var reports = new List<TargetReport> { Evaluate(store, target, asOf, choice.Reporter, choice.Partner, choice.Source, forecaster, options) };
        if (reporter is null && source is null)
        {
            // The other side's statistics, where stored, judged the same way: the two often differ by billions.
            foreach (var other in choice.Alternatives.Where(a => a.Reporter != choice.Reporter).DistinctBy(a => a.Reporter))
            {
                reports.Add(Evaluate(store, target, asOf, other.Reporter, other.Partner, other.Source, forecaster, options));
            }
        }

        return reports;
    }

    private static TargetReport Evaluate(TradeStore store, Target target, DateOnly asOf, Country reporter, Country partner, SourceKind source, IForecaster? forecaster, ForecastOptions options)
    {
        var series = store.ReadSeries(new SeriesRequest(reporter, partner, source, Granularity.Month, asOf));
        return TargetEvaluator.Evaluate(target, series, asOf, forecaster, options);
    }
}
