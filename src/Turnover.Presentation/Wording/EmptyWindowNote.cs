using Turnover.Analytics;
using Turnover.Core;

namespace Turnover.Presentation.Wording;

/// <summary>
/// Why a table asked for with <c>--from</c>/<c>--to</c> has no rows although the series has figures (an empty table
/// alone reads as "nothing is stored"), or fewer than asked (one that stops early reads as the whole answer); and a
/// monthly or quarterly table of a side that publishes no figures of that frequency (Russia's customs' years), and an
/// annual table of a side with no complete year, only year-to-date cumulatives (China's customs' January-to-month news).
/// </summary>
internal static class EmptyWindowNote
{
    /// <summary>
    /// "No figures in the periods asked for: the series runs from 2001-Q1 to 2019-Q4." for an empty table; where the
    /// table has rows but the periods asked for reach beyond the figures ("--to 2024" of a series that ends in 2019),
    /// where they start or end: a table that stops early reads as "the figures stop here" only when they do. Null
    /// otherwise, or when the series has no figure.
    /// </summary>
    /// <param name="table">The table shown.</param>
    /// <param name="from">The first period asked for (--from); null for none.</param>
    /// <param name="to">The last period asked for (--to); null for none.</param>
    public static string? Describe(GrowthTable table, Period? from, Period? to)
    {
        ArgumentNullException.ThrowIfNull(table);
        var periods = table.PeriodsWithFigures();
        var frequency = SeriesTitle.Frequency(table.Series.Granularity);
        if (periods.Count == 0)
        {
            return table.Series.Granularity == Granularity.Year ? NoCompleteYear(table) : NoneOfThisFrequency(table, frequency);
        }

        if (table.Rows.Count == 0)
        {
            return $"No figures in the periods asked for (--from, --to): the {frequency} figures run from {periods[0]} to {periods[^1]}.";
        }

        var early = from is { } f && f.Start < periods[0].Start ? $"--from {f}: the {frequency} figures start with {periods[0]}" : null;
        var late = to is { } t && t.End > periods[^1].End ? $"--to {t}: the {frequency} figures end with {periods[^1]}" : null;
        return (early, late) switch
        {
            (null, null) => null,
            ({ } e, null) => $"Asked {e}.",
            (null, { } l) => $"Asked {l}.",
            ({ } e, { } l) => $"Asked {e}; {l}.",
        };
    }

    // Russia's customs' bundled figures are years and one year to date: a monthly table of them is only a header.
    private static string NoneOfThisFrequency(GrowthTable table, string frequency)
    {
        var source = SourceNames.Describe(table.Series.Source);
        var cumulatives = Cumulatives(table);
        var only = cumulatives.Count == 0 ? string.Empty : $", only year-to-date cumulatives ({string.Join(", ", cumulatives)})";
        // Pointing to --freq year where it too is empty would send the user round in a circle.
        var next = table.Series.PublishedYearToDate.Any(v => v.Get(table.Measure) is not null && v.Period.Months == 12)
            ? "--freq year shows its annual figures, 'turnover info' what the store holds"
            : "no complete year either, so --freq year shows none; 'turnover info' shows what the store holds";
        return $"No {frequency} figures of {source} for this pair are stored{only}; {next}.";
    }

    // China's customs' news give January-to-month cumulatives: without a year's total or all its months, an annual table
    // is only a header, which reads as "nothing is stored".
    private static string? NoCompleteYear(GrowthTable table)
    {
        var cumulatives = Cumulatives(table);
        return cumulatives.Count == 0 ? null
            : $"No complete calendar year of {SourceNames.Describe(table.Series.Source)} for this pair is stored, only year-to-date cumulatives ({string.Join(", ", cumulatives)}): "
              + "a year is shown once its annual total or all its months are stored; --freq month shows the months stored, each with its year to date (the YTD column); "
              + "'turnover info' shows what the store holds.";
    }

    private static List<Period> Cumulatives(GrowthTable table) =>
        [.. table.Series.PublishedYearToDate.Where(v => v.Get(table.Measure) is not null && v.Period.Months < 12).Select(v => v.Period)];
}
