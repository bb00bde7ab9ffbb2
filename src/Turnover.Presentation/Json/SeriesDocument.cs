using Turnover.Analytics;
using Turnover.Core;
using Turnover.Presentation.Wording;

namespace Turnover.Presentation.Json;

/// <summary><c>turnover series --format json</c>: contract <c>turnover.series/1</c> (docs/json-contract.md).</summary>
/// <param name="Contract">"turnover.series/1".</param>
/// <param name="Reporter">Whose statistics (for a reconciled source, the side shown).</param>
/// <param name="Partner">The other country of the pair.</param>
/// <param name="Source">The publisher.</param>
/// <param name="Measure">"turnover", "exports", "imports" or "balance", from the reporter's side.</param>
/// <param name="Frequency">"month", "quarter" or "year".</param>
/// <param name="AsOf">The date the answer is as of (only what was published by then); null for everything stored.</param>
/// <param name="Currency">"USD": every <c>…Usd</c> amount.</param>
/// <param name="Rows">One per period, ascending.</param>
/// <param name="Cagr">Compound annual growth over the full years shown; null with fewer than two.</param>
/// <param name="Provenance">Figures summed from product lines or converted from another currency.</param>
/// <param name="MissingPeriods">Periods inside the window, between the series' first and last row, that have no value (no row, or a blank one), as printed.</param>
/// <param name="SuspectLevels">Levels shown that the rates printed on both sides of them contradict beyond rounding.</param>
internal sealed record SeriesDocument(
    string Contract,
    CountryJson Reporter,
    CountryJson Partner,
    SourceJson Source,
    string Measure,
    string Frequency,
    string? AsOf,
    string Currency,
    IReadOnlyList<SeriesRowJson> Rows,
    CagrJson? Cagr,
    ProvenanceJson Provenance,
    IReadOnlyList<string> MissingPeriods,
    IReadOnlyList<SuspectLevelJson> SuspectLevels)
{
    public const string Name = "turnover.series/1";

    /// <summary>The sentences the table prints under it (an empty or short window, gaps, suspect levels, sums, conversions); added 6 December 2026.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The other statistics of the pair in the store, as the table names them after it; added 6 December 2026.</summary>
    public IReadOnlyList<AlsoStoredJson> AlsoStored { get; init; } = [];

    /// <summary>The document of a series answer, with the notes the table prints and the other statistics stored.</summary>
    /// <param name="answer">The series shown and the statistics chosen for it.</param>
    /// <param name="asOf">The date the answer is as of; null for everything stored.</param>
    /// <param name="from">The first period asked for; null for none.</param>
    /// <param name="to">The last period asked for; null for none.</param>
    public static SeriesDocument From(Application.SeriesAnswer answer, DateOnly? asOf, Period? from, Period? to) => From(answer.Table, asOf) with
    {
        Notes = SeriesNotes.Of(answer.Table, from, to),
        AlsoStored = [.. answer.Choice.Alternatives.Select(a => new AlsoStoredJson(CountryJson.From(a.Reporter), SourceJson.From(a.Source)))],
    };

    private static SeriesDocument From(GrowthTable table, DateOnly? asOf)
    {
        var s = table.Series;
        var how = new RowDerivation(table);
        return new SeriesDocument(
            Name,
            CountryJson.From(s.Reporter),
            CountryJson.From(s.Partner),
            SourceJson.From(s.Source),
            table.Measure.ToString().ToLowerInvariant(),
            s.Granularity.ToString().ToLowerInvariant(),
            JsonDates.Date(asOf),
            "USD",
            [.. table.Rows.Select(r => SeriesRowJson.From(r, how.FromLines(r.Period), how.IsConverted(r.Period), how.FromMonths(r.Period)) with { FromCumulatives = how.FromCumulatives(r.Period) })],
            table.Cagr is { } c ? new CagrJson(c.FromYear, c.ToYear, JsonNumbers.Usd(c.FromValue), JsonNumbers.Usd(c.ToValue), GrowthJson.Of(c.RatePercent)) : null,
            new ProvenanceJson(
                [.. how.Summed.Select(SummedTotalJson.From)],
                [.. how.Converted.Select(g => new ConvertedFiguresJson(
                    g.ReleaseId, g.FileName, CurrencyConversionJson.From(g.Conversion), [.. g.Flows.Select(SummedNote.FlowName)], [.. g.Periods.Select(p => p.ToString())]))]),
            [.. table.MissingPeriods.Select(p => p.ToString())],
            [.. table.Suspects.Select(SuspectLevelJson.From)]);
    }
}

/// <summary>One period of a series.</summary>
/// <param name="Period">As printed: "2023-04", "2023-01..02" (China's combined January–February), "2019-Q1", "2013".</param>
/// <param name="Start">First day, ISO 8601.</param>
/// <param name="End">Last day, ISO 8601.</param>
/// <param name="ValueUsd">The measure, US dollars; null where the source published nothing.</param>
/// <param name="Yoy">Growth on the same period a year earlier.</param>
/// <param name="YtdUsd">January to the end of the period; null for a year or where unknown.</param>
/// <param name="YtdYoy">Growth of the year to date on the same months a year earlier.</param>
/// <param name="Rolling12Usd">The twelve months ending with the period (monthly series only).</param>
/// <param name="Rolling12Yoy">Growth of the twelve months on the twelve before.</param>
/// <param name="Summed">True when the value rests on a total summed from product lines.</param>
/// <param name="Converted">True when the value rests on figures converted from another currency.</param>
/// <param name="FromMonths">True when the value is a quarter or year the store added up from its months: it holds no figure of the source for the period itself.</param>
internal sealed record SeriesRowJson(
    string Period,
    string Start,
    string End,
    decimal? ValueUsd,
    GrowthJson Yoy,
    decimal? YtdUsd,
    GrowthJson YtdYoy,
    decimal? Rolling12Usd,
    GrowthJson Rolling12Yoy,
    bool Summed,
    bool Converted,
    bool FromMonths)
{
    /// <summary>
    /// True when the value is a quarter differenced from the source's January-to-date cumulatives (the one to its end
    /// minus the one to the quarter before's): the store holds no figure of the quarter itself, nor all of its months.
    /// </summary>
    public bool FromCumulatives { get; init; }

    public static SeriesRowJson From(GrowthRow r, bool summed, bool converted, bool fromMonths) => new(
        r.Period.ToString(), JsonDates.Date(r.Period.Start), JsonDates.Date(r.Period.End),
        JsonNumbers.Usd(r.Value), GrowthJson.Of(r.YoyPercent, r.PublishedYoyPercent),
        JsonNumbers.Usd(r.YearToDate), GrowthJson.Of(r.YearToDateYoyPercent, r.PublishedYearToDateYoyPercent),
        JsonNumbers.Usd(r.Rolling12), GrowthJson.Of(r.Rolling12YoyPercent),
        summed, converted, fromMonths);
}

/// <summary>Compound annual growth between the first and last full years shown.</summary>
/// <param name="FromYear">First full year.</param>
/// <param name="ToYear">Last full year.</param>
/// <param name="FromValueUsd">Its value.</param>
/// <param name="ToValueUsd">The last year's value.</param>
/// <param name="Rate">Per year.</param>
internal sealed record CagrJson(int FromYear, int ToYear, decimal FromValueUsd, decimal ToValueUsd, GrowthJson Rate);

/// <summary>Other statistics of the pair in the store: whose, and which publisher (a reconciled dataset is no side's).</summary>
/// <param name="Reporter">The side whose statistics they are (a reconciled dataset's side shown).</param>
/// <param name="Source">The publisher.</param>
internal sealed record AlsoStoredJson(CountryJson Reporter, SourceJson Source);
