using Turnover.Core;
using Turnover.Core.Targets;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>Gathers a report on a pair from the other use cases: series, chart, target checks, the other side, releases.</summary>
/// <param name="store">The open store (read-only is enough).</param>
public sealed class ReportQuery(ITradeStore store)
{
    /// <summary>The report's data; failures as <see cref="SeriesQuery.Run"/> for the pair, or a target of another pair.</summary>
    public Outcome<ReportAnswer> Run(ReportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pair = new SourceRequest(request.A, request.B) { AsOf = request.AsOf };
        if (request.Targets.Select(t => TargetOfAnotherPair.Refusal(t, request.A, request.B)).FirstOrDefault(f => f is not null) is { } refused)
        {
            return refused;
        }

        var series = new SeriesQuery(store);
        return series.Run(new SeriesQueryRequest(pair, Measure.Turnover) { Granularity = Granularity.Year }).Then(annual =>
        {
            // The target still open after the last complete year, nearest first: the one the forecast fan is drawn towards.
            var lastYear = annual.Table.Rows.LastOrDefault(r => r.Value is not null)?.Period.Year ?? int.MinValue;
            var drawn = request.Targets
                .Where(t => t.Basis == TargetBasis.AnnualValue && t.Metric == Measure.Turnover && t.DeadlineYear > lastYear)
                .OrderBy(t => t.DeadlineYear)
                .FirstOrDefault();
            var chartPair = pair with { Reporter = annual.Choice.Reporter, Source = annual.Choice.Source };
            // Months show the latest detail; a target more than a year past the data is drawn on years, as its fan.
            var granularity = drawn is { } far && far.DeadlineYear > lastYear + 2 ? Granularity.Year : (Granularity?)null;
            return new ChartQuery(store).Run(new ChartRequest(new SeriesQueryRequest(chartPair, Measure.Turnover) { Granularity = granularity })
            {
                Target = drawn,
                Forecaster = request.Forecaster,
                Options = request.Options,
            }).Map(chart =>
            {
                var checks = new TargetCheckQuery(store);
                var judged = request.Targets
                    .Select(t => checks.Run(new TargetCheckRequest(t, request.JudgedOn) { Forecaster = request.Forecaster, Options = request.Options }))
                    .ToList();
                var others = OtherSides(series, pair, annual.Choice);
                var monthly = chart.Series.Table.Series.Granularity == Granularity.Month
                    ? chart.Series
                    : series.Run(new SeriesQueryRequest(chartPair, Measure.Turnover) { Granularity = Granularity.Month }) is { Succeeded: true } months
                        && months.Value.Table.Series.Granularity == Granularity.Month ? months.Value : null;
                // The releases behind each side's figures of this pair, not every release of their sources.
                var (all, ofPair) = (store.Releases(), store.PairReleases(annual.Choice.Reporter, annual.Choice.Partner, request.AsOf));
                var releases = new[] { annual.Choice }.Concat(others.Select(o => o.Choice))
                    .SelectMany(c => PublishedReleases.Behind(all, ofPair, c, request.AsOf))
                    .DistinctBy(r => r.Id)
                    .OrderBy(r => r.Id)
                    .ToList();
                return new ReportAnswer(request, annual, monthly, chart, judged, others, releases);
            });
        });
    }

    // Every other (reporter, publisher) stored for the pair, each on its own annual series; one that fails to answer
    // (e.g. no complete year) is left out, as the report shows only what can be read.
    private static List<SeriesAnswer> OtherSides(SeriesQuery series, SourceRequest pair, SourceChoice chosen) =>
        chosen.Alternatives
            .Select(c => series.Run(new SeriesQueryRequest(pair with { Reporter = c.Reporter, Source = c.Source }, Measure.Turnover) { Granularity = Granularity.Year }))
            .Where(o => o.Succeeded)
            .Select(o => o.Value)
            .ToList();
}
