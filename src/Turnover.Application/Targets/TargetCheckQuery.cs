using Turnover.Analytics.Targets;
using Turnover.Core;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>Evaluates a target on the store as of a date, on every reporter that has the pair (both sides where both report).</summary>
public sealed class TargetCheckQuery
{
    private readonly StoreReads _reads;

    /// <param name="store">The store to read (read-only is enough).</param>
    public TargetCheckQuery(ITradeStore store)
        : this(new StoreReads(store))
    {
    }

    internal TargetCheckQuery(StoreReads reads) => _reads = reads;

    /// <summary>
    /// A query for one run of many checks over a store that does not change meanwhile (<c>target check --all</c>, the
    /// demo, one web request): each pair's coverage and series are read once, not once per target (five of the bundled
    /// targets are China–Russia's; the store's reads are most of a check's time).
    /// </summary>
    /// <param name="store">The store to read (read-only is enough); nothing may write to it while the query is used.</param>
    public static TargetCheckQuery ForOneRun(ITradeStore store) => new(StoreReads.Memoised(store));

    /// <summary>
    /// The targets that can be judged on <paramref name="reporter"/>'s statistics: those of a pair it is in (all when no
    /// reporter is asked). None (a named target of another pair, or every target of pairs without it) is refused as
    /// <see cref="ReporterOfNoTarget"/>, naming each target with its own pair, as a series refuses a reporter of
    /// neither country: judging them would only say that reporter holds no data.
    /// </summary>
    public static Outcome<IReadOnlyList<Core.Targets.Target>> OnReporter(IReadOnlyList<Core.Targets.Target> targets, Country? reporter)
    {
        ArgumentNullException.ThrowIfNull(targets);
        if (reporter is not { } side || targets.Count == 0)
        {
            return Outcome.Of(targets);
        }

        var ofReporter = targets.Where(t => t.First == side || t.Second == side).ToList();
        return ofReporter.Count > 0
            ? ofReporter
            : Failure.Because(FailureKind.BadInput, new ReporterOfNoTarget(side, targets));
    }

    /// <summary>The target judged on each side's statistics; a pair with no data gives a "no data" report, not a failure.</summary>
    public TargetCheck Run(TargetCheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _reads.Check(request, Check);
    }

    private TargetCheck Check(TargetCheckRequest request)
    {
        var (target, asOf) = (request.Target, request.AsOf);
        var choosing = new SeriesQuery(_reads).Choose(new SourceRequest(target.First, target.Second) { Reporter = request.Reporter, Source = request.Source, AsOf = asOf });
        if (!choosing.TryGetValue(out var choice))
        {
            // The chooser fails only for want of statistics, and says why in facts.
            var reason = (choosing.Failure!.Reason as StatisticsNotChosen)?.Facts ?? throw new InvalidOperationException("the source chooser failed without its facts");
            return new TargetCheck(target, [TargetEvaluator.NoData(target, asOf, reason)], []);
        }

        var chosen = Read(choice.Reporter, choice.Partner, choice.Source, asOf);
        var reports = new List<TargetReport> { WithReliability(TargetEvaluator.Evaluate(target, chosen, asOf, request.Forecaster, request.Options), request) };
        var evidence = new List<PairSeries> { chosen };
        var gaps = new List<StatisticsGap>();
        if (request.Reporter is null && request.Source is null && !request.ChosenSideOnly)
        {
            // The other side's statistics, where stored, judged the same way: the two often differ by billions. A
            // reconciled dataset (BACI) is no side's statistics and holds both directions as one estimate: it is
            // never the other side (Choose picks it first only when no side's own statistics are stored).
            var sides = choice.Coverage.Reconciled ? [] : choice.Alternatives.Where(a => !a.Reconciled && a.Reporter != choice.Reporter);
            foreach (var other in sides.DistinctBy(a => a.Reporter))
            {
                var series = Read(other.Reporter, other.Partner, other.Source, asOf);
                reports.Add(WithReliability(TargetEvaluator.Evaluate(target, series, asOf, request.Forecaster, request.Options), request));
                evidence.Add(series);
                gaps.Add(StatisticsGapAnalysis.Compare(target, chosen, series));
            }
        }

        return new TargetCheck(target, reports, gaps) { Evidence = evidence };
    }

    // How often the method's targets of about this probability came true in the target backtest, shown beside it.
    private static TargetReport WithReliability(TargetReport report, TargetCheckRequest request) =>
        report.Model is { } model && request.Forecaster is { } forecaster
            ? report with { Model = model with { Reliability = BacktestReliability.For(forecaster.Name, model.Probability) } }
            : report;

    private PairSeries Read(Country reporter, Country partner, SourceKind source, DateOnly asOf) =>
        _reads.ReadSeries(new SeriesRequest(reporter, partner, source, Granularity.Month, asOf));
}
