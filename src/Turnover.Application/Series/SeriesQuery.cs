using Turnover.Analytics;
using Turnover.Analytics.Targets;
using Turnover.Core;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>Chooses whose statistics to show for a pair and analyses them.</summary>
public sealed class SeriesQuery
{
    private readonly StoreReads _reads;

    /// <param name="store">The store to read (read-only is enough).</param>
    public SeriesQuery(ITradeStore store)
        : this(new StoreReads(store))
    {
    }

    internal SeriesQuery(StoreReads reads) => _reads = reads;

    /// <summary>
    /// Picks the reporter (A or B, or the one asked for) and the source with the most records for it. With no
    /// preference, the side with more data wins; on a tie, A. Without a source asked for, a side's own statistics
    /// come before a reconciled dataset (BACI), which is the choice only when no side's own are stored: the answer is
    /// then "as reported by" someone, and the target check has sides to compare.
    /// </summary>
    /// <returns>
    /// The choice; <see cref="FailureKind.BadInput"/> when A and B are one country; <see cref="FailureKind.NoData"/>
    /// when neither side has data, or the requested reporter or source has none.
    /// </returns>
    public Outcome<SourceChoice> Choose(SourceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (a, b, reporter, source) = (request.A, request.B, request.Reporter, request.Source);
        if (a == b)
        {
            return Failure.Because(FailureKind.BadInput, new SameCountryTwice(a)); // "no data for China–China" sent the user to 'info'
        }

        var candidates = _reads.Coverage(a, b, request.AsOf);
        if (candidates.Count == 0)
        {
            var lines = _reads.UnsummedProductLines(a, b, request.AsOf);
            return lines.Count == 0
                ? Failure.NoStatistics(new NoStatisticsChosen(a, b, request.AsOf, NoChoiceCause.NothingStored))
                : Failure.NoStatistics(new NoStatisticsChosen(a, b, request.AsOf, NoChoiceCause.OnlyProductLines)
                {
                    ProductLines = [.. lines.Select(l => new StoredProductLines(l.Source, l.Lines, l.CoarsestDigits))],
                });
        }

        var eligible = candidates
            // A reconciled source holds both directions: either country can be the one whose side is shown.
            .Select(c => c.Reconciled && reporter is { } r && c.Partner == r ? c.Reversed() : c)
            .Where(c => reporter is null || c.Reporter == reporter)
            .Where(c => source is null || c.Source == source)
            .OrderBy(c => c.Reconciled ? 1 : 0)
            .ThenByDescending(c => c.Records)
            .ThenBy(c => c.Reporter == a ? 0 : 1)
            .ToList();
        if (eligible.Count == 0)
        {
            return Failure.NoStatistics(new NoStatisticsChosen(a, b, request.AsOf, NoChoiceCause.NoneAsAsked)
            {
                Available = [.. candidates.Select(c => new StoredStatistics(c.Reporter, c.Source, c.Reconciled))],
            });
        }

        var chosen = eligible[0];
        return new SourceChoice(
            chosen.Reporter, chosen.Partner, chosen.Source, chosen,
            [.. candidates.Where(c => c.Source != chosen.Source || (c.Reporter != chosen.Reporter && !c.Reconciled))]);
    }

    /// <summary>The pair's series on the chosen statistics, by period, with its growth figures.</summary>
    /// <returns>
    /// The answer; <see cref="FailureKind.BadInput"/> when the reporter is neither country or the first period is
    /// after the last, <see cref="FailureKind.NoData"/> as <see cref="Choose"/>.
    /// </returns>
    public Outcome<SeriesAnswer> Run(SeriesQueryRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pair = request.Pair;
        if (ReporterNotOfPair.Refusal(pair) is { } notOfPair)
        {
            return notOfPair;
        }

        if (request.From is { } from && request.To is { } to && from.Start > to.End)
        {
            return Failure.Because(FailureKind.BadInput, new FirstPeriodAfterLast(from, to));
        }

        return Choose(pair).Map(choice =>
        {
            // An annual-only source (BACI, Comtrade's annual data) has no months to show: its years are the default.
            var granularity = request.Granularity ?? (choice.AnnualOnly ? Granularity.Year : Granularity.Month);
            var series = _reads.ReadSeries(new SeriesRequest(choice.Reporter, choice.Partner, choice.Source, granularity, pair.AsOf));
            return new SeriesAnswer(choice, GrowthAnalysis.Analyse(series, request.Measure, request.From, request.To));
        });
    }
}
