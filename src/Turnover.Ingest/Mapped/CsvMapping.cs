using Turnover.Core;

namespace Turnover.Ingest.Mapped;

/// <summary>A validated mapping file (see docs/mapped-csv.md for the JSON fields).</summary>
internal sealed class CsvMapping
{
    public required string FileName { get; init; }

    public char Delimiter { get; init; } = ',';

    public bool Header { get; init; } = true;

    public int SkipLines { get; init; }

    public MappingEncoding Encoding { get; init; }

    public char DecimalSeparator { get; init; } = '.';

    public char? ThousandsSeparator { get; init; }

    public required ColumnRef PeriodColumn { get; init; }

    public required PeriodPattern Period { get; init; }

    /// <summary>Wide layout: one value column per flow. Empty in the long layout.</summary>
    public IReadOnlyList<(Flow Flow, ColumnRef Column)> Values { get; init; } = [];

    /// <summary>Long layout: the value column.</summary>
    public ColumnRef? ValueColumn { get; init; }

    /// <summary>Long layout: the column naming the flow.</summary>
    public ColumnRef? FlowColumn { get; init; }

    /// <summary>Long layout: flow cell text (case-insensitive) to flow; null means "skip these rows".</summary>
    public Dictionary<string, Flow?> FlowMap { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    public required decimal Unit { get; init; }

    public required Currency Currency { get; init; }

    public required CountrySource Reporter { get; init; }

    public required CountrySource Partner { get; init; }

    public ColumnRef? ProductColumn { get; init; }

    public string? Classification { get; init; }

    /// <summary>When 2, 4 or 6: all-digit codes shorter than this regain their leading zeros (files re-saved in a spreadsheet).</summary>
    public int ProductDigits { get; init; }

    public bool SkipEmptyValues { get; init; }

    public string? Source { get; init; }

    /// <summary>
    /// Whether the last line must end with a line break (field <c>finalLineBreak</c>, default required): without one,
    /// where the other lines have theirs, the file was most likely cut inside its last number. "optional" for
    /// publishers whose files end without one (the US Census Bureau's country tables, FAO FishStat).
    /// </summary>
    public bool FinalLineBreakRequired { get; init; } = true;

    /// <summary>Days after a period's end its figures became public (field <c>publicationLagDays</c>); null when not given.</summary>
    public int? PublicationLagDays { get; init; }

    /// <summary>Every column the rows need, for the header check and the short-row check.</summary>
    public IEnumerable<ColumnRef> Columns()
    {
        yield return PeriodColumn;
        foreach (var (_, column) in Values)
        {
            yield return column;
        }

        foreach (var column in new[] { ValueColumn, FlowColumn, Reporter.Column, Partner.Column, ProductColumn })
        {
            if (column is { } c)
            {
                yield return c;
            }
        }
    }
}
