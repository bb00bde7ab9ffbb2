using Turnover.Analytics;
using Turnover.Core;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>
/// Both sides' statistics of a pair set side by side (<c>turnover mirror</c>): A's exports against B's imports, A's
/// imports against B's exports, each side's turnover, over the same spans; the gap; the rates a side stated without
/// a level; and the reasons the two may differ, read from the publishers' declarations (SourceCatalog).
/// </summary>
public sealed class MirrorQuery
{
    private readonly ITradeStore _store;

    /// <param name="store">The store to read (read-only is enough).</param>
    public MirrorQuery(ITradeStore store) => _store = store;

    /// <summary>
    /// Chooses each side's statistics (its own publisher's, the one with the most records; never a reconciled
    /// dataset, which is no side's), reads both sides' levels in one query and the statements behind them.
    /// </summary>
    /// <returns>
    /// The answer, which says so when a side's statistics are not stored; <see cref="FailureKind.BadInput"/> when A
    /// and B are one country or the first year is after the last; <see cref="FailureKind.NoData"/> when neither side
    /// is stored.
    /// </returns>
    public Outcome<MirrorAnswer> Run(MirrorQueryRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (a, b) = (request.A, request.B);
        if (a == b)
        {
            return Failure.Because(FailureKind.BadInput, new SameCountryTwice(a));
        }

        if (ProductQuestion.Refusal(request.Years, 1) is { } refusal)
        {
            return refusal;
        }

        var coverage = _store.Coverage(a, b, request.AsOf).Where(c => !c.Reconciled).ToList();
        var sideA = new MirrorSide(a, Own(coverage, a));
        var sideB = new MirrorSide(b, Own(coverage, b));
        if (!sideA.Stored && !sideB.Stored)
        {
            return Failure.Because(FailureKind.NoData, new NoOwnStatistics(a, b)) with { Hint = FailureHint.StoreContents };
        }

        if (!sideA.Stored || !sideB.Stored)
        {
            return new MirrorAnswer(sideA, sideB, [], [], []);
        }

        var (sourceA, sourceB) = (sideA.Source!.Value, sideB.Source!.Value);
        var statedA = _store.StatedFigures(a, b, sourceA, request.AsOf).Where(s => s.Reporter == a).ToList();
        var statedB = _store.StatedFigures(a, b, sourceB, request.AsOf).Where(s => s.Reporter == b).ToList();
        var stored = _store.MirrorLevels(new MirrorRequest(a, b, sourceA, sourceB, request.AsOf));
        var levels = stored.Where(l => InRange(l.Period.Year, request.Years)).ToList();
        var both = levels.Where(l => l.A is not null).Select(l => l.Flow).Intersect(levels.Where(l => l.B is not null).Select(l => l.Flow)).ToHashSet();
        var (suspectsA, suspectsB) = (Suspects(a, b, sourceA, request.AsOf), Suspects(b, a, sourceB, request.AsOf));
        var rows = levels
            .Where(l => both.Contains(l.Flow))
            .Select(l => new MirrorRow(l.Period, l.Flow,
                Marked(Figure(l.A, statedA, l, sideIsA: true), suspectsA, l, sideIsA: true),
                Marked(Figure(l.B, statedB, l, sideIsA: false), suspectsB, l, sideIsA: false)))
            .ToList();
        var rates = Rates(statedA, a, b, sourceB, request).Concat(Rates(statedB, b, a, sourceA, request))
            .OrderBy(r => r.Stated.Year).ThenBy(r => r.Stated.Period?.Months ?? 13).ToList();
        var omitted = levels.Select(l => l.Flow).Distinct().Where(f => !both.Contains(f)).Order().ToList();
        var comparable = stored.Where(l => l.A is not null && l.B is not null).Select(l => l.Period.Year).ToList();
        return new MirrorAnswer(sideA, sideB, rows, rates, MirrorReasons.For(sideA, sideB, rows, rates, both))
        {
            OneSidedFlows = omitted,
            ComparableYears = rows.Count == 0 && comparable.Count > 0 ? new YearRange(comparable.Min(), comparable.Max()) : null,
        };
    }

    private static SourceKind? Own(List<SourceCoverage> coverage, Country side) =>
        coverage.Where(c => c.Reporter == side).OrderByDescending(c => c.Records).ThenBy(c => c.Source).FirstOrDefault()?.Source;

    private static bool InRange(int year, YearRange years) => (years.From is not { } f || year >= f) && (years.To is not { } t || year <= t);

    // The statement a published level was taken from: same flow and span, the value kept.
    private static SideFigure? Figure(SideLevel? level, List<StatedFigure> stated, MirrorLevel row, bool sideIsA)
    {
        if (level is not { } l)
        {
            return null;
        }

        var statement = l.Origin == LevelOrigin.Published
            ? stated.Where(s => s.Flow == MirrorFlows.FlowOf(row.Flow, sideIsA) && s.Period == row.Period && s.ValueUsd == l.ValueUsd)
                .MinBy(s => s.SourceLine)
            : null;
        return new SideFigure(l.ValueUsd, l.Origin, statement);
    }

    private IReadOnlyList<SuspectLevel> Suspects(Country side, Country other, SourceKind source, DateOnly? asOf) =>
        SuspectLevels.Find(_store.ReadSeries(new SeriesRequest(side, other, source, Granularity.Year, asOf)));

    // A published level of the row's span and flow that its own publisher's rates contradict; a sum of months or of
    // exports and imports is another figure than the one checked.
    private static SideFigure? Marked(SideFigure? figure, IReadOnlyList<SuspectLevel> suspects, MirrorLevel row, bool sideIsA)
    {
        if (figure is not { Origin: LevelOrigin.Published })
        {
            return figure;
        }

        var measure = MirrorFlows.FlowOf(row.Flow, sideIsA) switch
        {
            Flow.Export => Measure.Exports,
            Flow.Import => Measure.Imports,
            _ => Measure.Turnover,
        };
        return suspects.FirstOrDefault(s => s.Measure == measure && s.Period == row.Period && s.ValueUsd == figure.ValueUsd) is { } suspect
            ? figure with { Suspect = suspect }
            : figure;
    }

    private IEnumerable<MirrorRate> Rates(List<StatedFigure> stated, Country side, Country other, SourceKind otherSource, MirrorQueryRequest request)
    {
        var rateOnly = stated.Where(s => s.ValueUsd is null && s.RatePercent is not null && InRange(s.Year, request.Years)).ToList();
        if (rateOnly.Count == 0)
        {
            return [];
        }

        var otherRates = _store.PublishedRates(side, other, otherSource, request.AsOf).Where(r => r.Reporter == other).ToList();
        return rateOnly.Select(s => new MirrorRate(s, side,
            s.Period is { } period ? otherRates.FirstOrDefault(r => r.Period == period && r.Flow == MirrorFlows.Mirror(s.Flow)) : null));
    }
}
