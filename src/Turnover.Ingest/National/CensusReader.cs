using System.Globalization;
using Turnover.Core;
using Turnover.Ingest.Internal;
using Turnover.Ingest.Mapped;

namespace Turnover.Ingest.National;

/// <summary>
/// Reads a US Census Bureau country table (census.gov/foreign-trade/balance/cNNNN.html saved as text):
/// <c>Month;Exports;Imports;Balance</c>, months as <c>January 2001</c>, values in millions of USD with ','
/// thousands separators. The reporter is the USA (842). The table has no partner column: the partner comes from
/// a title line above the header ("Trade in Goods with China"), else from the file name (<c>…usa_china…</c> or
/// the Census code <c>c5700</c>), else the file is rejected with advice. Annual <c>TOTAL 2019</c> rows, when
/// present, become whole-year records. Balance is checked against Exports − Imports (0.1 million rounding allowed).
/// </summary>
/// <remarks>
/// Every row has exactly the header's fields. Census tables end without a final line break (the real c5700 file
/// does), so truncation is caught by the figures themselves: every value is millions with one decimal and ','
/// grouping in threes ("8,427.5"), so a number cut short ("8,42", "8,427.") is refused, and a cut Balance no longer
/// matches Exports − Imports. A file with no data rows is refused.
/// </remarks>
public sealed class CensusReader : ITradeReader
{
    private const int MaxTitleLines = 10;
    private const decimal Million = 1_000_000m;
    private static readonly PeriodPattern s_month = Pattern("MMMM yyyy");

    /// <inheritdoc />
    public string Format => "census";

    /// <inheritdoc />
    public SourceKind Source => SourceKind.UsCensus;

    /// <inheritdoc />
    public bool Recognises(FileSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return HeadLines.Of(sample.Head).Take(MaxTitleLines)
            .Any(l => l.Replace(" ", string.Empty, StringComparison.Ordinal).Trim().StartsWith("Month;Exports;Imports", StringComparison.OrdinalIgnoreCase));
    }

    /// <inheritdoc />
    public IEnumerable<TradeRecord> Read(ReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return RecordGuard.RequireAny(ReadRows(context), context);
    }

    private static IEnumerable<TradeRecord> ReadRows(ReadContext context)
    {
        context.Dataset = "US Census Bureau, U.S. trade in goods by country (monthly, Census basis)";
        context.Note = "values in millions of USD multiplied by 1,000,000; Balance checked against Exports - Imports";
        var reporter = context.Countries.FromCode(842);
        using var text = context.OpenText();
        var (columns, partner, line) = ReadPreamble(text, context, reporter);
        if (columns is null)
        {
            yield break;
        }

        // Lines read ahead to follow a quote over lines, handed out before the text's next.
        var ahead = new List<string>();
        string? Following(int k)
        {
            while (ahead.Count < k && CsvRows.ReadLine(text, context.OpenRead, context.Error) is { } next)
            {
                ahead.Add(next);
            }

            return k <= ahead.Count ? ahead[k - 1] : null;
        }

        while (!context.ShouldStop && Following(1) is { } row)
        {
            ahead.RemoveAt(0);
            line++;
            if (string.IsNullOrWhiteSpace(row))
            {
                continue;
            }

            context.RowsRead++;
            if (QuotedLines.Find(row, Following, ';', line) is { } lineBreak)
            {
                context.Error(line, lineBreak.Field <= columns.Names.Length ? columns.Names[lineBreak.Field - 1] : string.Empty, RowShape.Spanning(lineBreak));
                ahead.RemoveRange(0, (int)lineBreak.Lines - 1);
                line = lineBreak.To;
                continue;
            }

            var (export, import) = ParseRow(row, line, columns, context);
            if (partner is { } p && export is { } e)
            {
                yield return new TradeRecord(reporter, p, Flow.Export, e.Period, Product.Total, e.Value, null, Derivation.Reported, null, line);
            }

            if (partner is { } q && import is { } i)
            {
                yield return new TradeRecord(reporter, q, Flow.Import, i.Period, Product.Total, i.Value, null, Derivation.Reported, null, line);
            }
        }
    }

    private static (CensusColumns? Columns, Country? Partner, long Line) ReadPreamble(TextReader text, ReadContext context, Country reporter)
    {
        Country? partner = null;
        for (var line = 1; line <= MaxTitleLines; line++)
        {
            var title = CsvRows.ReadLine(text, context.OpenRead, context.Error);
            if (title is null)
            {
                if (!context.HasErrors)
                {
                    context.Error(0, string.Empty, $"no header '{CensusColumns.ExpectedHeader}' found (the file has {line - 1} line(s))");
                }

                return (null, null, line);
            }

            if (CensusColumns.LooksLikeHeader(title))
            {
                var columns = CensusColumns.Parse(title, out var error);
                if (columns is null)
                {
                    context.Error(line, string.Empty, error);
                    return (null, null, line);
                }

                partner ??= PartnerFromFileName(context, reporter);
                return (columns, partner, line);
            }

            if (partner is null && CensusPartner.FromTitle(title) is { } name)
            {
                var resolution = context.Countries.Resolve(name);
                if (resolution.Success)
                {
                    partner = resolution.Country;
                }
                else
                {
                    context.Error(line, string.Empty, $"title line names partner '{name}': {resolution.ErrorMessage}");
                }
            }
        }

        context.Error(0, string.Empty, $"no header '{CensusColumns.ExpectedHeader}' in the first {MaxTitleLines} lines");
        return (null, null, MaxTitleLines);
    }

    private static Country? PartnerFromFileName(ReadContext context, Country reporter)
    {
        if (CensusPartner.TryFromFileName(context.FileName, context.Countries, reporter, out var partner, out var error))
        {
            return partner;
        }

        context.Error(0, string.Empty, error);
        return null;
    }

    private static ((Period Period, decimal Value)? Export, (Period Period, decimal Value)? Import) ParseRow(string row, long line, CensusColumns columns, ReadContext context)
    {
        var cells = row.Split(';');
        if (RowShape.IsHeader(cells, columns.Names))
        {
            context.Error(line, string.Empty, RowShape.RepeatsHeader);
            return (null, null);
        }

        if (cells.Length < columns.Names.Length)
        {
            context.Error(line, columns.Names[cells.Length], $"row has {cells.Length} fields, expected {columns.Names.Length} as in the header (line cut short or wrong delimiter?)");
            return (null, null);
        }

        if (cells.Length > columns.Names.Length)
        {
            context.Error(line, string.Empty, $"row has {cells.Length} fields, expected {columns.Names.Length} as in the header (a ';' inside a value?)");
            return (null, null);
        }

        Period? period = ParsePeriod(cells[columns.Month], line, columns.Names[columns.Month], context);
        decimal? exports = Value(cells[columns.Exports], line, columns.Names[columns.Exports], context);
        decimal? imports = Value(cells[columns.Imports], line, columns.Names[columns.Imports], context);
        if (columns.Balance >= 0 && exports is { } e && imports is { } i)
        {
            CheckBalance(cells[columns.Balance], columns.Names[columns.Balance], e, i, line, context);
        }

        return (period is { } p && exports is { } x ? (p, x) : null, period is { } q && imports is { } m ? (q, m) : null);
    }

    private static Period? ParsePeriod(string cell, long line, string column, ReadContext context)
    {
        var text = cell.AsSpan().Trim();
        if (text.StartsWith("TOTAL", StringComparison.OrdinalIgnoreCase))
        {
            var yearText = text[5..].Trim();
            if (yearText.Length == 4 && int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                && Period.TryCreate(year, 1, 12, out var whole))
            {
                return whole;
            }

            context.Error(line, column, $"annual row '{cell}' should read 'TOTAL yyyy' with a year in 1900-2200");
            return null;
        }

        if (s_month.TryParse(text, out var period, out var error))
        {
            return period;
        }

        context.Error(line, column, error);
        return null;
    }

    private static decimal? Value(string cell, long line, string column, ReadContext context)
    {
        if (TradeValues.TryScale(cell, '.', ',', Million, out var usd, out var error))
        {
            if (HasOneDecimal(cell))
            {
                return usd;
            }

            error = $"value '{cell.Trim()}' should be millions of USD with one decimal, as Census tables give them (e.g. 8,427.5): a number cut short?";
        }

        context.Error(line, column, error);
        return null;
    }

    private static bool HasOneDecimal(string cell)
    {
        // An empty cell passes here so the value check can name it as empty.
        var text = cell.AsSpan().Trim();
        return text.IsEmpty || (text.Length >= 3 && text[^2] == '.' && char.IsAsciiDigit(text[^1]) && char.IsAsciiDigit(text[^3]));
    }

    private static void CheckBalance(string cell, string column, decimal exportsUsd, decimal importsUsd, long line, ReadContext context)
    {
        // A balance is either sign, in millions; beyond a decimal it is beyond any trade value too.
        var parsed = Numbers.TryParseDecimal(cell, '.', ',', out var balance);
        if (!parsed && NumberSyntax.TryRead(cell, '.', ',', out _))
        {
            context.Error(line, column, $"balance '{cell.Trim()}' is out of range: beyond the ceiling of 10^15 USD (40 years of world trade) either way");
            return;
        }

        if (!NumberText.IsGroupedCorrectly(cell, '.', ',') || !HasOneDecimal(cell))
        {
            context.Error(line, column, $"balance '{cell.Trim()}' should be millions of USD with one decimal and ',' grouping in threes (e.g. -7,240.0): a number cut short?");
            return;
        }

        if (!parsed)
        {
            context.Error(line, column, $"balance '{cell.Trim()}' is not a number");
            return;
        }

        var expected = (exportsUsd - importsUsd) / Million;
        var difference = Math.Abs(expected - balance);
        if (difference > 0.1m)
        {
            context.Error(line, column, string.Create(
                CultureInfo.InvariantCulture,
                $"balance '{cell.Trim()}' does not match Exports - Imports = {expected:0.0###} (off by {difference:0.0###}; rounding allows 0.1)"));
        }
    }

    private static PeriodPattern Pattern(string format) =>
        PeriodPattern.TryCreate(format, out var pattern, out var error) ? pattern! : throw new InvalidOperationException(error);
}
