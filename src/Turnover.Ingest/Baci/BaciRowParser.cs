using nietras.SeparatedValues;
using Turnover.Core;
using Turnover.Ingest.Internal;

namespace Turnover.Ingest.Baci;

/// <summary>
/// Turns one BACI row into a record without allocating: fields are read as spans, numbers parsed in place,
/// countries looked up once per code and periods once per year.
/// </summary>
internal sealed class BaciRowParser
{
    // BACI codes are three-digit M49-style numbers; a flat array beats a dictionary on the hot path.
    private const int CodeLimit = 1000;

    private const long WholeUsdCeiling = (long)UsdCeiling.Max;

    // HS6 codes are below 10^6: one bit per code that passed the HS checks, so each is checked once, not per line.
    private const int ProductLimit = 1_000_000;

    private readonly ReadContext _context;
    private readonly BaciColumns _columns;
    private readonly string? _classification;
    private readonly int? _fileYear;
    private readonly Country[] _countries = new Country[CodeLimit];
    private readonly bool[] _looked = new bool[CodeLimit];
    private readonly ulong[] _validProducts = new ulong[(ProductLimit + 63) / 64];
    private int _lastYear = -1;
    private long _zeroPaddedLine;
    private long _fiveDigitLine;
    private Period _lastPeriod;

    public BaciRowParser(ReadContext context, BaciColumns columns, string? classification, int? fileYear)
    {
        _context = context;
        _columns = columns;
        _classification = classification;
        _fileYear = fileYear;
    }

    /// <summary>Parses a row, reporting every defect in it; true when a record came out.</summary>
    public bool TryParse(SepReader.Row row, out TradeRecord record)
    {
        record = default;
        long line = row.LineNumberFrom;
        if (row.LineNumberToExcl - line > 1)
        {
            var fault = new RowShape(_columns.Count).Check(row, line)!.Value;
            _context.Error(line, fault.Field > 0 ? _columns.NameAt(fault.Field - 1) : string.Empty, fault.Message);
            return false;
        }

        if (RowShape.IsEmptyQuoted(row))
        {
            _context.Error(line, string.Empty, RowShape.EmptyQuoted);
            return false;
        }

        if (row.ColCount != _columns.Count)
        {
            ReportFieldCount(line, row.ColCount);
            return false;
        }

        // A year starts with a digit; only a row that does not is looked at as a header.
        if (row[_columns.Year].Span.TrimStart().TrimStart('"') is not [>= '0' and <= '9', ..] && RowShape.IsHeader(row, _columns.Header))
        {
            _context.Error(line, string.Empty, RowShape.RepeatsHeader);
            return false;
        }

        var ok = TryYear(line, row[_columns.Year].Span, out var period);
        ok &= TryCountry(line, "i", row[_columns.Exporter].Span, out var exporter);
        ok &= TryCountry(line, "j", row[_columns.Importer].Span, out var importer);
        ok &= TryProduct(line, row[_columns.Product].Span, out var product);
        ok &= TryValue(line, row[_columns.Value].Span, out var value);
        ok &= TryQuantity(line, row[_columns.Quantity].Span, out var quantity);
        if (!ok)
        {
            return false;
        }

        record = new TradeRecord(exporter, importer, Flow.Export, period, product, value, quantity, Derivation.Reported, null, line);
        return true;
    }

    private void ReportFieldCount(long line, int count)
    {
        var missing = count < _columns.Count ? _columns.NameAt(count) : string.Empty;
        var why = count < _columns.Count ? " (line cut short?)" : string.Empty;
        _context.Error(line, missing, $"line has {count} fields, expected {_columns.Count} (t,i,j,k,v,q){why}");
    }

    private bool TryYear(long line, ReadOnlySpan<char> raw, out Period period)
    {
        var text = FixedPoint.Clean(raw);
        period = _lastPeriod;
        if (!FixedPoint.TryParseInt(text, out var year))
        {
            _context.Error(line, "t", NumberText.RefusedWhole(raw, "year", 1900, 2200));
            return false;
        }

        if (year == _lastYear)
        {
            return true;
        }

        if (!Period.TryCreate(year, 1, 12, out period))
        {
            _context.Error(line, "t", $"year {year} should be in range [1900-2200]");
            return false;
        }

        if (_fileYear is { } fileYear && year != fileYear)
        {
            _context.Error(line, "t", $"year {year} differs from the file name's Y{fileYear}");
            return false;
        }

        _lastYear = year;
        _lastPeriod = period;
        return true;
    }

    private bool TryCountry(long line, string column, ReadOnlySpan<char> raw, out Country country)
    {
        var text = FixedPoint.Clean(raw);
        if (!FixedPoint.TryParseInt(text, out var code))
        {
            country = default;
            _context.Error(line, column, $"country code '{raw}' is not a number (BACI uses numeric codes such as 842 for the USA)");
            return false;
        }

        if (code < CodeLimit && _looked[code])
        {
            country = _countries[code];
        }
        else if (!_context.Countries.TryFromCode(code, out country))
        {
            country = default;
        }
        else if (code < CodeLimit)
        {
            _countries[code] = country;
            _looked[code] = true;
        }

        if (country == default)
        {
            _context.Error(line, column, $"unknown country code {code} (not in the BACI country table)");
            return false;
        }

        return true;
    }

    private bool TryProduct(long line, ReadOnlySpan<char> raw, out Product product)
    {
        // CEPII writes k as text "080420"; tools that read it as a number write 80420. Both are HS 080420, but one
        // file writes all its codes one way: a 5-digit code in a file that keeps leading zeros lost a digit.
        var text = FixedPoint.Clean(raw);
        product = default;
        if (text.Length is < 5 or > 6 || !FixedPoint.TryParseInt(text, out var code) || !Product.TryHs(code, 6, _classification, out product))
        {
            _context.Error(line, "k", $"product '{raw}' is not a 6-digit HS code");
            return false;
        }

        ref var valid = ref _validProducts[code >> 6];
        var bit = 1UL << (code & 63);
        if ((valid & bit) == 0)
        {
            if (HsCodes.Problem(code, 6) is { } problem)
            {
                _context.Error(line, "k", $"product '{raw}': {problem}");
                return false;
            }

            valid |= bit;
        }

        var zeroPadded = text.Length == 6 && text[0] == '0';
        if (text.Length == 5 && _zeroPaddedLine != 0)
        {
            _context.Error(line, "k", $"product '{raw}' has 5 digits, but this file writes HS codes with their leading zero (line {_zeroPaddedLine}): a digit is missing");
            return false;
        }

        if (zeroPadded && _fiveDigitLine != 0)
        {
            _context.Error(line, "k", $"product '{raw}' keeps its leading zero, but this file drops it (line {_fiveDigitLine} has a 5-digit code): the file mixes two spellings");
            return false;
        }

        if (zeroPadded && _zeroPaddedLine == 0)
        {
            _zeroPaddedLine = line;
        }
        else if (text.Length == 5 && _fiveDigitLine == 0)
        {
            _fiveDigitLine = line;
        }

        return true;
    }

    private bool TryValue(long line, ReadOnlySpan<char> raw, out decimal usd)
    {
        var text = FixedPoint.Clean(raw);
        if (FixedPoint.TryParse(text, out var mantissa, out var decimals))
        {
            usd = FixedPoint.TimesThousand(mantissa, decimals);
            if (FixedPoint.TimesThousandAtMost(mantissa, decimals, WholeUsdCeiling))
            {
                return true;
            }
        }
        else if (TrySlowNumber(line, "v", "value", raw, text, out var thousands))
        {
            usd = thousands * 1000m;
        }
        else
        {
            usd = 0;
            return false;
        }

        if (UsdCeiling.IsAbove(usd))
        {
            _context.Error(line, "v", UsdCeiling.TooLarge(raw.Trim(), usd));
            return false;
        }

        return true;
    }

    private bool TryQuantity(long line, ReadOnlySpan<char> raw, out Quantity? quantity)
    {
        var text = FixedPoint.Clean(raw);
        quantity = null;
        if (FixedPoint.TryParse(text, out var mantissa, out var decimals))
        {
            quantity = Quantity.Kilograms(FixedPoint.TimesThousandAsDouble(mantissa, decimals));
            return true;
        }

        // BACI leaves q empty (CEPII) or NA (after an R round-trip) when no weight was declared.
        if (text.IsEmpty || text.Equals("NA", StringComparison.Ordinal))
        {
            return true;
        }

        if (TrySlowNumber(line, "q", "quantity", raw, text, out var tonnes))
        {
            quantity = Quantity.Kilograms((double)(tonnes * 1000m));
            return true;
        }

        return false;
    }

    // The rare forms the fast path refuses: exponents, very long mantissas, and the defects to report.
    private bool TrySlowNumber(long line, string column, string what, ReadOnlySpan<char> raw, ReadOnlySpan<char> text, out decimal value)
    {
        if (FixedPoint.IsUnterminatedQuote(text))
        {
            _context.Error(line, column, $"{what} '{raw}' opens a quote it never closes (line cut short?)");
        }
        else if (!Numbers.TryParseDecimal(text, out value))
        {
            // Tonnes beyond a decimal are beyond it in kilograms too: named with the limit in tonnes.
            _context.Error(line, column, column == "q" && NumberSyntax.TryRead(text, '.', null, out var number) && number.BeyondDecimal && !number.Negative
                ? NumberText.TonnesOutOfRange(raw.Trim(), what)
                : NumberText.Refused(raw, what, column == "q" ? NumberKind.Quantity : NumberKind.TradeValue));
        }
        else if (value < 0)
        {
            _context.Error(line, column, $"{what} '{raw}' is negative (trade values and quantities are never negative)");
        }
        else if (value > decimal.MaxValue / 1000m)
        {
            // Thousands of USD or tonnes, times 1,000 when read: beyond a decimal either way.
            _context.Error(line, column, column == "q" ? NumberText.TonnesOutOfRange(raw.Trim(), what) : UsdCeiling.Huge(raw.Trim(), what));
        }
        else
        {
            return true;
        }

        value = 0;
        return false;
    }
}
