using Turnover.Core;
using Turnover.Ingest.Internal;
using Turnover.Ingest.Mapped;

namespace Turnover.Ingest.National;

/// <summary>
/// Reads a KOSIS (Korean Statistical Information Service) trade-by-country download:
/// <c>"Country","Date",Exports,Imports</c>, comma-separated and quoted, dates <c>"2001.01"</c>, values in
/// thousands of USD. The reporter is the Republic of Korea (410); the partner is the Country column resolved
/// through the country catalogue (KOSIS spells China "China, peoples' republic of").
/// </summary>
/// <remarks>
/// Every row has exactly the header's four fields (a decimal comma, <c>…,1141,5</c>, makes five and is refused).
/// KOSIS downloads end every line with a line break, so a file whose last line has none was cut short (a number
/// cut to fewer digits would otherwise pass); a file with no data rows is refused, and one of blank lines only is
/// empty. A blank line between rows is skipped (it carries nothing); a line of one empty quoted field (<c>""</c>) is not
/// blank but a row of one field, refused as every reader refuses it: something was written there, and it is not a
/// KOSIS row (if nothing is missing there, delete the line).
/// </remarks>
public sealed class KosisReader : ITradeReader
{
    private const string ExpectedHeader = "\"Country\",\"Date\",Exports,Imports";
    private static readonly string[] s_required = ["Country", "Date", "Exports", "Imports"];
    private static readonly PeriodPattern s_month =
        PeriodPattern.TryCreate("yyyy.MM", out var pattern, out var error) ? pattern! : throw new InvalidOperationException(error);

    /// <inheritdoc />
    public string Format => "kosis";

    /// <inheritdoc />
    public SourceKind Source => SourceKind.Kosis;

    /// <inheritdoc />
    public bool Recognises(FileSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return sample.FirstLine.Replace("\"", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal)
            .StartsWith("Country,Date,Exports,Imports", StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public IEnumerable<TradeRecord> Read(ReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return RecordGuard.RequireAny(ReadRows(context), context);
    }

    private static IEnumerable<TradeRecord> ReadRows(ReadContext context)
    {
        context.Dataset = "KOSIS, Korea trade by country (monthly)";
        context.Note = "values in thousands of USD multiplied by 1,000";
        var reporter = context.Countries.FromCode(410);
        using var text = context.OpenText();
        using var rows = CsvRows.Open(text, ',', hasHeader: true, lineOffset: 0, context.OpenRead, context.Error);
        var columns = FindColumns(rows, context);
        if (columns is null)
        {
            yield break;
        }

        var partners = new Dictionary<string, CountryResolution>(StringComparer.Ordinal);
        var shape = new RowShape(rows.Header.Count, header: rows.Header);
        var lastLine = 1L;
        while (!context.ShouldStop && rows.MoveNext())
        {
            context.RowsRead++;
            var line = rows.Line;
            lastLine = line;
            if (shape.Check(rows.Current, line) is { } fault)
            {
                context.Error(line, fault.ColumnIn(rows.Header), fault.Message);
                continue;
            }

            var (partner, period, exports, imports) = ParseRow(rows, columns, partners, context);
            if (partner is not { } p || period is not { } t)
            {
                continue;
            }

            if (exports is { } e)
            {
                yield return new TradeRecord(reporter, p, Flow.Export, t, Product.Total, e, null, Derivation.Reported, null, line);
            }

            if (imports is { } i)
            {
                yield return new TradeRecord(reporter, p, Flow.Import, t, Product.Total, i, null, Derivation.Reported, null, line);
            }
        }

        FileEnding.RequireFinalLineBreak(context, lastLine, "KOSIS");
    }

    private static int[]? FindColumns(CsvRows rows, ReadContext context)
    {
        // A file of blank lines only is empty too: Sep reads its first line as a header of one blank name.
        if (rows.IsEmpty || (rows.Header is [var only] && only.Trim().Length == 0 && BlankText.IsBlank(context)))
        {
            if (!context.HasErrors)
            {
                context.Error(0, string.Empty, $"the file is empty: expected the KOSIS header {ExpectedHeader}");
            }

            return null;
        }

        var header = rows.Header;
        var indices = s_required.Select(name => IndexOf(header, name)).ToArray();
        var missing = s_required.Where((_, i) => indices[i] < 0).ToList();
        if (missing.Count == 0)
        {
            return indices;
        }

        // Sep has unescaped the names; the message shows the line as written.
        var shown = FileSample.Of(context.Path).FirstLine;
        context.Error(1, string.Empty, header.Count == 1
            ? $"header '{shown}' is not comma-separated: expected {ExpectedHeader}"
            : $"header '{shown}' has no column {string.Join(", ", missing.Select(m => $"'{m}'"))}: expected {ExpectedHeader}");
        return null;
    }

    private static int IndexOf(IReadOnlyList<string> header, string name)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static (Country? Partner, Period? Period, decimal? Exports, decimal? Imports) ParseRow(
        CsvRows rows, int[] columns, Dictionary<string, CountryResolution> partners, ReadContext context)
    {
        var row = rows.Current;
        var line = rows.Line;
        if (row.ColCount <= columns.Max())
        {
            var count = row.ColCount;
            var first = Array.FindIndex(columns, c => c >= count);
            context.Error(line, s_required[first], $"row has {row.ColCount} of {columns.Length} fields (line cut short or wrong delimiter?)");
            return default;
        }

        // The span lookup makes a string of the country text only the first time it is seen.
        var name = row[columns[0]].Span.Trim();
        if (!partners.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var resolution))
        {
            var text = name.ToString();
            resolution = context.Countries.Resolve(text);
            partners[text] = resolution;
        }

        if (!resolution.Success)
        {
            context.Error(line, "Country", resolution.ErrorMessage);
        }

        Period? period = null;
        if (s_month.TryParse(row[columns[1]].Span, out var month, out var error))
        {
            period = month;
        }
        else
        {
            context.Error(line, "Date", error);
        }

        return (resolution.Success ? resolution.Country : null, period, Value(row[columns[2]].Span, line, "Exports", context), Value(row[columns[3]].Span, line, "Imports", context));
    }

    private static decimal? Value(ReadOnlySpan<char> cell, long line, string column, ReadContext context)
    {
        if (TradeValues.TryScale(cell, '.', null, 1000m, out var usd, out var error))
        {
            return usd;
        }

        context.Error(line, column, error);
        return null;
    }
}
