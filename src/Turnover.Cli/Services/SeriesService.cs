using Turnover.Analytics;
using Turnover.Cli.Rendering;
using Turnover.Core;
using Turnover.Store;

namespace Turnover.Cli.Services;

/// <summary>Chooses whose statistics to show for a pair and analyses them.</summary>
internal static class SeriesService
{
    /// <summary>The reporter and source to use, what they hold, and the alternatives that also have data.</summary>
    public sealed record Choice(Country Reporter, Country Partner, SourceKind Source, SourceCoverage Coverage, IReadOnlyList<SourceCoverage> Alternatives)
    {
        /// <summary>True when the chosen source holds full years and no single month for the pair (BACI, Comtrade annual).</summary>
        public bool AnnualOnly => Coverage.MonthsPublished == 0 && Coverage.YearsPublished > 0;
    }

    /// <summary>
    /// Picks the reporter (A or B, or the one asked for) and the source with the most records for it. With no
    /// preference, the side with more data wins; on a tie, A. Without <paramref name="source"/>, a side's own
    /// statistics come before a reconciled dataset (BACI), which is the choice only when no side's own are stored:
    /// the answer is then "as reported by" someone, and the target check has sides to compare.
    /// </summary>
    /// <exception cref="UserInputException">Neither side has data, or the requested reporter or source has none.</exception>
    public static Choice Choose(TradeStore store, Country a, Country b, Country? reporter, SourceKind? source, DateOnly? asOf)
    {
        var candidates = store.Coverage(a, b, asOf);
        if (candidates.Count == 0)
        {
            var when = asOf is null ? string.Empty : $" published by {asOf:yyyy-MM-dd}";
            var lines = store.UnsummedProductLines(a, b, asOf);
            throw new UserInputException(lines.Count == 0
                ? $"no data for {a.Name}–{b.Name}{when}; see 'turnover info' for what the store holds."
                : $"no all-goods figures for {a.Name}–{b.Name}{when}: the store holds only product lines ({string.Join("; ", lines.Select(l => $"{SourceNames.Code(l.Source)}: {l.Lines} line(s), HS{l.CoarsestDigits} and finer"))}), too few to stand for the total "
                  + "(lines are summed into a total only from BACI, or as at least 90 HS2 chapters).");
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
            var available = string.Join("; ", candidates.Select(c => c.Reconciled ? $"{SourceNames.Code(c.Source)} (both sides)" : $"{c.Reporter.Name} via {SourceNames.Code(c.Source)}"));
            throw new UserInputException($"no data for {a.Name}–{b.Name} with that reporter/source; available: {available}.");
        }

        var chosen = eligible[0];
        return new Choice(chosen.Reporter, chosen.Partner, chosen.Source, chosen, candidates.Where(c => c.Source != chosen.Source || (c.Reporter != chosen.Reporter && !c.Reconciled)).ToList());
    }

    public static GrowthTable Analyse(TradeStore store, Choice choice, Measure measure, Granularity granularity, DateOnly? asOf, Period? from, Period? to)
    {
        var series = store.ReadSeries(new SeriesRequest(choice.Reporter, choice.Partner, choice.Source, granularity, asOf));
        return GrowthAnalysis.Analyse(series, measure, from, to);
    }
}
