using Turnover.Core;
using Turnover.Ingest.Gacc;

namespace Turnover.Ingest;

/// <summary>How to read a file. Immutable; change with <c>with</c>.</summary>
public readonly record struct IngestOptions
{
    /// <summary>Defaults: the bundled country catalogue and GACC release calendar, no exchange rates, totals only.</summary>
    public IngestOptions()
    {
    }

    /// <summary>Resolves country codes and names.</summary>
    public CountryCatalog Countries { get; init; } = CountryCatalog.Default;

    /// <summary>Monthly average rates for converting non-USD values; null means a non-USD file is an error.</summary>
    public ExchangeRateTable? ExchangeRates { get; init; }

    /// <summary>Column mapping for <c>--format mapped</c>.</summary>
    public string? MappingPath { get; init; }

    /// <summary>
    /// For <c>--format fao</c>: the quantity file of the same FAO release as the value file being read (FishStat gives
    /// values and quantities as two files with the same rows); its tonnes become the records' quantities. Null: values only.
    /// </summary>
    public string? QuantitiesPath { get; init; }

    /// <summary>
    /// Keep Comtrade breakdowns (customs procedure, mode of transport, second partner) instead of only the
    /// all-inclusive rows (C00, motCode 0, mosCode 0, partner2Code 0). Off by default: keeping both double counts.
    /// </summary>
    public bool IncludeBreakdowns { get; init; }

    /// <summary>
    /// China's customs release dates, which date every GACC figure of a month they list (default: the bundled
    /// <c>data/gacc/release_dates.csv</c>). Part of how a GACC file is read: its <see cref="GaccReleaseCalendar.ContentHash"/>
    /// identifies the calendar used.
    /// </summary>
    public GaccReleaseCalendar GaccCalendar { get; init; } = GaccReleaseCalendar.Bundled;

    /// <summary>
    /// When the file was published, as the user states it (<c>turnover ingest --published</c>) for a file that carries no
    /// date: it becomes the release's vintage, and no figure of the file counts as public later than it. A file that
    /// states a different release date of its own is refused. Null: the file's own dates, else per-source rules.
    /// </summary>
    public DateOnly? Published { get; init; }

    /// <summary>
    /// The clock whose day is the day of this ingest: a mapped file given no publication date (no <see cref="Published"/>,
    /// no <c>publicationLagDays</c> in its mapping) counts as public from that day, the only date known for sure.
    /// Null: the system clock.
    /// </summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>The day of this ingest (UTC) by <see cref="Clock"/>.</summary>
    public DateOnly Today => DateOnly.FromDateTime((Clock ?? TimeProvider.System).GetUtcNow().UtcDateTime);

    /// <summary>Stop collecting after this many errors (the file is rejected either way).</summary>
    public int MaxErrors { get; init; } = 25;
}
