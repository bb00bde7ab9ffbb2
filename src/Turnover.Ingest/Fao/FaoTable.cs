using System.Globalization;
using System.Text;
using nietras.SeparatedValues;
using Turnover.Core;
using Turnover.Ingest.Internal;

namespace Turnover.Ingest.Fao;

/// <summary>
/// Reads one FishStat export file (values or quantities) into checked rows, reporting every defect with the file's
/// name, the line and the column: the header must be FishStat's, every row must name a known reporter and partner, a
/// commodity, <c>Imports</c> or <c>Exports</c>, the unit of the file's measure and a plain non-negative number, and
/// no (reporter, partner, commodity, flow) may appear twice.
/// </summary>
internal sealed class FaoTable
{
    public const string ReporterColumn = "Reporting country (Name)";
    public const string PartnerColumn = "Country";
    public const string CommodityColumn = "Commodity (Name)";
    public const string FlowColumn = "Trade flow (Name)";
    public const string UnitNameColumn = "Unit (Name)";
    public const string UnitColumn = "Unit";

    /// <summary>The header's first columns, the same in both files; the seventh is <c>Value</c> or <c>Quantity</c>.</summary>
    public static readonly string[] Leading = [ReporterColumn, PartnerColumn, CommodityColumn, FlowColumn, UnitNameColumn, UnitColumn];

    // The longest amount taken: FishStat writes plain numbers with at most a few decimals. Within it a decimal holds
    // every digit (no rounding), and an amount times 1,000 (USD, kg) stays far inside a decimal.
    private const int MaxAmountChars = 24;

    // The range an amount of at most 24 characters spans: below 10^24 (USD thousand or tonnes).
    private const decimal AmountLimit = 999_999_999_999_999_999_999_999m;

    private readonly string _fileName;
    private readonly CountryCatalog _countries;
    private readonly Action<long, string, string> _error;
    private readonly int _maxErrors;
    private readonly Dictionary<(int, int, string, Flow), long> _lines = [];

    private FaoTable(string fileName, CountryCatalog countries, Action<long, string, string> error, int maxErrors)
    {
        _fileName = fileName;
        _countries = countries;
        _error = error;
        _maxErrors = maxErrors;
    }

    /// <summary>The measure a header names, or null when the header is not FishStat's.</summary>
    public static FaoMeasure? MeasureOf(IReadOnlyList<string> header) =>
        header.Count == Leading.Length + 1 && header.Take(Leading.Length).SequenceEqual(Leading, StringComparer.Ordinal)
            ? header[^1] switch { "Value" => FaoMeasure.Value, "Quantity" => FaoMeasure.Quantity, _ => null }
            : null;

    /// <summary>The unit names a file of the measure carries in <c>Unit (Name)</c> and <c>Unit</c>.</summary>
    public static (string UnitName, string Unit) UnitsOf(FaoMeasure measure) => measure == FaoMeasure.Value
        ? ("Value (USD 1000)", "USD 1000")
        : ("Tonnes - net product weight", "Tonnes - net product weight");

    /// <summary>
    /// The rows of a file of the <paramref name="expected"/> measure; errors go to <paramref name="error"/> (line, column,
    /// message), and the rows are then incomplete; reading stops after <paramref name="maxErrors"/> of them
    /// (<see cref="IngestOptions.MaxErrors"/>: the file is rejected either way). <paramref name="rowRead"/> is called for
    /// each data row seen.
    /// </summary>
    public static List<FaoRow> Read(
        TextReader text, string fileName, FaoMeasure expected, CountryCatalog countries, Action<long, string, string> error, int maxErrors, Action? rowRead = null)
    {
        var table = new FaoTable(fileName, countries, error, maxErrors);
        return table.ReadRows(text, expected, rowRead);
    }

    private List<FaoRow> ReadRows(TextReader text, FaoMeasure expected, Action? rowRead)
    {
        var rows = new List<FaoRow>();
        var errors = 0;
        void Error(long line, string column, string message)
        {
            errors++;
            _error(line, column, message);
        }

        SepReader reader;
        try
        {
            reader = Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true }).From(text);
        }
        catch (DecoderFallbackException)
        {
            Error(1, string.Empty, "the file is not valid UTF-8 text (FishStat exports are UTF-8); save it as UTF-8");
            return rows;
        }

        using (reader)
        {
            var line = 0L;
            var shape = new RowShape(Leading.Length + 1, header: Columns(expected));
            var header = true;
            while (errors < _maxErrors && SepRowReading.TryMoveNext(reader, line, Error))
            {
                var row = reader.Current;
                line = row.RowIndex == 0 ? 1 : row.LineNumberFrom;
                // Blank lines before the header are skipped, so a file of blank lines only is empty.
                if (header && row.ColCount == 1 && row.Span.Trim().IsEmpty)
                {
                    continue;
                }

                if (header)
                {
                    header = false;
                    if (!CheckHeader(row, expected, Error))
                    {
                        return rows;
                    }

                    continue;
                }

                // The raw text, not the cell: Sep unescapes a cell in place, and the shape check reads the row's quotes.
                if (row.ColCount == 1 && row.Span.Trim().IsEmpty)
                {
                    continue;
                }

                rowRead?.Invoke();
                if (shape.Check(row, line) is { } fault)
                {
                    Error(line, fault.ColumnIn(Columns(expected)), fault.Message);
                    continue;
                }

                if (Parse(row, line, expected, Error) is { } parsed)
                {
                    rows.Add(parsed);
                }
            }

            if (header && errors == 0)
            {
                Error(0, string.Empty, "the file is empty: a FishStat export starts with its header row");
            }
        }

        return rows;
    }

    private static bool CheckHeader(SepReader.Row row, FaoMeasure expected, Action<long, string, string> error)
    {
        var cells = new string[row.ColCount];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = row[i].Span.Trim().ToString();
        }

        var measure = MeasureOf(cells);
        var wanted = string.Join(",", Leading) + "," + (expected == FaoMeasure.Value ? "Value" : "Quantity");
        if (measure is null)
        {
            error(1, string.Empty, $"the header is not FishStat's trade-by-partner layout: expected '{wanted}'");
            return false;
        }

        if (measure != expected)
        {
            error(1, cells[^1], expected == FaoMeasure.Value
                ? "a FishStat quantity file: read the value file of the same release, naming this one as its quantities (--quantities)"
                : "a FishStat value file where its quantity file was expected: give the Quantity file of the same release");
            return false;
        }

        return true;
    }

    private FaoRow? Parse(SepReader.Row row, long line, FaoMeasure measure, Action<long, string, string> error)
    {
        var ok = true;
        var reporter = Country(row[0].Span, line, ReporterColumn, error, ref ok);
        var partner = Country(row[1].Span, line, PartnerColumn, error, ref ok);
        var commodity = row[2].Span.Trim();
        if (commodity.IsEmpty || commodity.ContainsAnyInRange('\0', '\u001f') || commodity.Contains('\u007f'))
        {
            error(line, CommodityColumn, commodity.IsEmpty ? "the commodity is empty" : $"commodity {Echo.Of(commodity)} holds a control character");
            ok = false;
        }

        var flowText = row[3].Span.Trim();
        Flow flow = default;
        if (flowText.SequenceEqual("Imports"))
        {
            flow = Flow.Import;
        }
        else if (flowText.SequenceEqual("Exports"))
        {
            flow = Flow.Export;
        }
        else
        {
            error(line, FlowColumn, $"trade flow {Echo.Of(flowText)} is not 'Imports' or 'Exports'");
            ok = false;
        }

        var (unitName, unit) = UnitsOf(measure);
        if (!row[4].Span.Trim().SequenceEqual(unitName))
        {
            error(line, UnitNameColumn, $"unit {Echo.Of(row[4].Span.Trim())} is not '{unitName}', the unit of every {Name(measure)} in a FishStat {Name(measure)} file");
            ok = false;
        }

        if (!row[5].Span.Trim().SequenceEqual(unit))
        {
            error(line, UnitColumn, $"unit {Echo.Of(row[5].Span.Trim())} is not '{unit}', the unit of every {Name(measure)} in a FishStat {Name(measure)} file");
            ok = false;
        }

        var amount = Amount(row[6].Span.Trim(), line, measure, error, ref ok);
        if (!ok)
        {
            return null;
        }

        var parsed = new FaoRow(line, reporter, partner, commodity.ToString(), flow, amount);
        if (!_lines.TryAdd(parsed.Key, line))
        {
            error(line, CommodityColumn,
                $"{parsed.Reporter.Name}'s {Name(flow)} of '{parsed.Commodity}' with {parsed.Partner.Name} is already on line {_lines[parsed.Key]}: a row may appear once in {_fileName}");
            return null;
        }

        return parsed;
    }

    private Country Country(ReadOnlySpan<char> cell, long line, string column, Action<long, string, string> error, ref bool ok)
    {
        var name = cell.Trim().ToString();
        if (name.Length > 0 && FaoPartners.TryResolve(name, _countries, out var country))
        {
            return country;
        }

        var hint = _countries.Resolve(name) is { Suggestion: { } suggestion } ? $" (did you mean '{suggestion}'?)" : string.Empty;
        error(line, column, name.Length == 0 ? "the country is empty" : $"country {Echo.Of(name)} is not one Turnover knows{hint}");
        ok = false;
        return default;
    }

    private static decimal Amount(ReadOnlySpan<char> text, long line, FaoMeasure measure, Action<long, string, string> error, ref bool ok)
    {
        var column = measure == FaoMeasure.Value ? "Value" : "Quantity";
        if (!IsPlainNumber(text) || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            error(line, column, text.IsEmpty
                ? $"the {Name(measure)} is empty (FishStat writes 0 for none)"
                : OutOfRange(text, measure) ?? TooLong(text, measure)
                    ?? $"{Name(measure)} {Echo.Of(text)} is not a plain non-negative number such as 6.03 (digits, at most one '.')");
            ok = false;
            return 0;
        }

        if (measure == FaoMeasure.Value && UsdCeiling.IsAbove(amount * 1000m))
        {
            error(line, column, UsdCeiling.TooLarge(text, amount * 1000m));
            ok = false;
        }

        return amount;
    }

    // A number too large to be read ("1e308", thirty digits) is named out of range with its limit, however it is written:
    // it would be refused written plainly too. Null for anything else, which the plain-number rule explains.
    private static string? OutOfRange(ReadOnlySpan<char> text, FaoMeasure measure)
    {
        if (!NumberSyntax.TryRead(text, '.', null, out var number) || number.Negative)
        {
            return null;
        }

        // Both are read times 1,000: USD thousands to USD, tonnes to kg.
        var parsed = Numbers.TryParseDecimal(text, out var amount);
        if (measure == FaoMeasure.Value)
        {
            if (parsed ? amount > decimal.MaxValue / 1000m : number.BeyondDecimal)
            {
                return UsdCeiling.Huge(text);
            }

            return parsed && UsdCeiling.IsAbove(amount * 1000m) ? UsdCeiling.TooLarge(text, amount * 1000m) : null;
        }

        // Tonnes have no ceiling of their own (values have the USD one); an amount is read from at most 24 characters,
        // so 10^24 tonnes and more (25 digits on) is beyond what is read, however it is written.
        return number.Magnitude >= MaxAmountChars
            ? string.Create(CultureInfo.InvariantCulture, $"quantity {Echo.Of(text)} is out of range: above {AmountLimit:#,0} tonnes, the most a FishStat amount (at most {MaxAmountChars} characters) holds")
            : null;
    }

    // A plain number within range but longer than any amount is read: more digits after the point than FishStat writes.
    private static string? TooLong(ReadOnlySpan<char> text, FaoMeasure measure) =>
        text.Length > MaxAmountChars && IsPlainNumber(text, int.MaxValue)
            ? string.Create(CultureInfo.InvariantCulture, $"{Name(measure)} {Echo.Of(text)} has {text.Length} characters, more than the {MaxAmountChars} an amount is read with (FishStat writes a few decimals; a digit slip?)")
            : null;

    private static bool IsPlainNumber(ReadOnlySpan<char> text, int maxChars = MaxAmountChars)
    {
        var dot = text.IndexOf('.');
        return text.Length > 0 && text.Length <= maxChars
            && dot != 0 && dot != text.Length - 1
            && text.LastIndexOf('.') == dot
            && !text.ContainsAnyExcept("0123456789.");
    }

    private static string[] Columns(FaoMeasure measure) => [.. Leading, measure == FaoMeasure.Value ? "Value" : "Quantity"];

    private static string Name(FaoMeasure measure) => measure == FaoMeasure.Value ? "value" : "quantity";

    private static string Name(Flow flow) => flow == Flow.Import ? "imports" : "exports";
}
