using Turnover.Core;
using Turnover.Ingest.Internal;

namespace Turnover.Ingest.Mapped;

/// <summary>Turns the rows of a mapped CSV into records, with the mapping's columns resolved against the header once.</summary>
internal sealed class MappedRowParser
{
    private readonly CsvMapping _mapping;
    private readonly ReadContext _context;
    private readonly Dictionary<ColumnRef, int> _index;
    private readonly int _needed;
    private readonly IReadOnlyList<string> _header;
    private readonly Dictionary<string, CountryResolution> _countries = new(StringComparer.Ordinal);
    private readonly int _period;
    private readonly (Flow Flow, ColumnRef Column, int Index)[] _values;
    private readonly int _reporter;
    private readonly int _partner;
    private readonly RecurringErrors _recurring;
    private readonly string? _noRatesOfCurrency;
    private RowShape? _shape;

    // Span lookups: a row's country or flow text is only turned into a string the first time it is seen.
    private readonly Dictionary<string, CountryResolution>.AlternateLookup<ReadOnlySpan<char>> _countryLookup;
    private readonly Dictionary<string, Flow?>.AlternateLookup<ReadOnlySpan<char>> _flowLookup;

    private MappedRowParser(CsvMapping mapping, ReadContext context, Dictionary<ColumnRef, int> index, IReadOnlyList<string> header)
    {
        _mapping = mapping;
        _context = context;
        _index = index;
        _header = header;
        _needed = index.Values.Max() + 1;
        _countryLookup = _countries.GetAlternateLookup<ReadOnlySpan<char>>();
        _period = index[mapping.PeriodColumn];
        _values = [.. mapping.Values.Select(v => (v.Flow, v.Column, index[v.Column]))];
        _reporter = mapping.Reporter.Column is { } r ? index[r] : -1;
        _partner = mapping.Partner.Column is { } p ? index[p] : -1;
        _flowLookup = mapping.FlowMap.GetAlternateLookup<ReadOnlySpan<char>>();
        _recurring = new RecurringErrors(context);
        _noRatesOfCurrency = mapping.Currency == Currency.Usd ? null : context.Options.ExchangeRates?.HoldsNoRateOf(mapping.Currency);
    }

    /// <summary>Reports the conversion problems met row after row, each once with the count of its lines; call when the rows are read.</summary>
    public void ReportRecurring() => _recurring.Report();

    /// <summary>Resolves the mapping's columns in the header; reports each missing one and returns null.</summary>
    public static MappedRowParser? Create(CsvMapping mapping, string? headerLine, ReadContext context)
    {
        IReadOnlyList<string> header = headerLine is null ? [] : CsvRows.SplitLine(headerLine, mapping.Delimiter);
        var index = new Dictionary<ColumnRef, int>();
        foreach (var column in mapping.Columns())
        {
            var at = column.IndexIn(header);
            if (at < 0)
            {
                var hint = header.Count == 1 ? $"; the header has a single column, is the delimiter '{mapping.Delimiter}' right?" : string.Empty;
                context.Error(mapping.SkipLines + 1, column.Name ?? string.Empty, $"column '{column.Name}' (mapping '{mapping.FileName}', field '{column.Field}') is not in the header '{headerLine}'{hint}");
                continue;
            }

            index[column] = at;
        }

        // A name and a position (or two names of one header cell) can only be seen to meet once the header is read.
        foreach (var group in mapping.Values.Where(v => index.ContainsKey(v.Column)).GroupBy(v => index[v.Column]).Where(g => g.Count() > 1))
        {
            var (first, second) = (group.First().Column, group.Skip(1).First().Column);
            context.Error(mapping.SkipLines + 1, string.Empty,
                $"mapping '{mapping.FileName}': field '{second.Field}': column '{second}' is the column of '{first.Field}' too (field {group.Key + 1}): one column cannot hold two flows");
        }

        return context.HasErrors ? null : new MappedRowParser(mapping, context, index, header);
    }

    /// <summary>Parses the current row into <paramref name="output"/>; defects go to the context.</summary>
    public void Parse(CsvRows rows, List<TradeRecord> output)
    {
        var row = rows.Current;
        var line = rows.Line;

        // Every row has the header's field count (or the first row's, without a header); one trailing empty field
        // is allowed where the first data row has it too (files that end each row with the delimiter).
        _shape ??= new RowShape(_header.Count > 0 ? _header.Count : row.ColCount, _mapping.Delimiter, trailingEmptyAllowed: true, _header);
        if (_shape.Check(row, line) is { } fault)
        {
            _context.Error(line, ColumnOf(fault, row.ColCount), fault.Message);
            return;
        }

        if (row.ColCount < _needed)
        {
            var count = row.ColCount;
            var missing = _index.Where(kv => kv.Value >= count).OrderBy(kv => kv.Value).First();
            _context.Error(line, Name(missing.Key), $"row has {count} fields, but column '{Name(missing.Key)}' is field {missing.Value + 1} (line cut short or wrong delimiter?)");
            return;
        }

        var periodColumn = _mapping.PeriodColumn;
        Period? period = null;
        if (_mapping.Period.TryParse(row[_period].Span, out var parsed, out var error))
        {
            period = parsed;
        }
        else
        {
            _context.Error(line, Name(periodColumn), error);
        }

        var reporter = Country(_mapping.Reporter, _reporter < 0 ? default : row[_reporter].Span, line);
        var partner = Country(_mapping.Partner, _partner < 0 ? default : row[_partner].Span, line);
        if (reporter is { } self && partner == self)
        {
            var column = _mapping.Partner.Column ?? _mapping.Reporter.Column!.Value;
            _context.Error(line, Name(column), $"partner {self.Name} is the reporter itself (mapping '{_mapping.FileName}', fields 'reporter' and 'partner'): trade of a country with itself is not trade between two countries");
            return;
        }
        var product = Product(row, line);
        if (_mapping.ValueColumn is { } valueColumn && _mapping.FlowColumn is { } flowColumn)
        {
            var flowText = row[_index[flowColumn]].Span.Trim();
            if (!_flowLookup.TryGetValue(flowText, out var mapped))
            {
                _context.Error(line, Name(flowColumn), $"flow '{flowText}' is not in mapping field 'flow.map' (known: {string.Join(", ", _mapping.FlowMap.Keys)})");
                return;
            }

            if (mapped is not { } flow)
            {
                _context.Skip($"flow '{flowText}' mapped to skip");
                return;
            }

            Add(output, flow, row[_index[valueColumn]].Span, valueColumn, line, period, reporter, partner, product);
            return;
        }

        foreach (var (flow, column, at) in _values)
        {
            Add(output, flow, row[at].Span, column, line, period, reporter, partner, product);
        }
    }

    private void Add(List<TradeRecord> output, Flow flow, ReadOnlySpan<char> cell, ColumnRef column, long line, Period? period, Country? reporter, Country? partner, Product? product)
    {
        if (cell.Trim().IsEmpty && _mapping.SkipEmptyValues)
        {
            _context.Skip("empty value cell (mapping says emptyValues: skip)");
            return;
        }

        if (!TradeValues.TryScale(cell, _mapping.DecimalSeparator, _mapping.ThousandsSeparator, _mapping.Unit, out var amount, out var error, inUsd: _mapping.Currency == Currency.Usd))
        {
            _context.Error(line, Name(column), error);
            return;
        }

        if (period is not { } t || reporter is not { } from || partner is not { } to || product is not { } goods)
        {
            return;
        }

        var derivation = Derivation.Reported;
        if (_mapping.Currency != Currency.Usd)
        {
            // A currency the rates do not hold fails every row alike, and a month without a rate each of its rows: once each.
            if (_noRatesOfCurrency is { } none)
            {
                _recurring.Add(
                    $"unknown currency '{_mapping.Currency}'",
                    $"{none}, so no value can be converted to USD (mapping '{_mapping.FileName}', field 'currency')",
                    line,
                    Name(column));
                return;
            }

            if (!_context.Options.ExchangeRates!.TryToUsd(amount, _mapping.Currency, t, out var usd, out var missing))
            {
                _recurring.Add(missing, $"cannot convert the {_mapping.Currency} value to USD", line, Name(_mapping.PeriodColumn));
                return;
            }

            // One rounding, to the cent: the rate is a monthly average, so finer digits carry no information.
            amount = Math.Round(usd, 2, MidpointRounding.ToEven);
            if (UsdCeiling.IsAbove(amount))
            {
                _context.Error(line, Name(column), UsdCeiling.TooLarge(cell.Trim(), amount));
                return;
            }

            derivation = Derivation.CurrencyConverted;
        }

        output.Add(new TradeRecord(from, to, flow, t, goods, amount, null, derivation, null, line));
    }

    private Country? Country(CountrySource source, ReadOnlySpan<char> cell, long line)
    {
        if (source.Fixed is { } country)
        {
            return country;
        }

        var text = cell.Trim();
        if (!_countryLookup.TryGetValue(text, out var resolution))
        {
            var name = text.ToString();
            resolution = _context.Countries.Resolve(name);
            _countries[name] = resolution;
        }

        if (!resolution.Success)
        {
            _context.Error(line, Name(source.Column!.Value), resolution.ErrorMessage);
            return null;
        }

        return resolution.Country;
    }

    private Product? Product(nietras.SeparatedValues.SepReader.Row row, long line)
    {
        if (_mapping.ProductColumn is not { } column)
        {
            return Core.Product.Total;
        }

        scoped ReadOnlySpan<char> cell = row[_index[column]].Span.Trim().Trim('"');
        Span<char> padded = stackalloc char[6];
        if (cell.Length < _mapping.ProductDigits && !cell.IsEmpty && !cell.ContainsAnyExceptInRange('0', '9'))
        {
            padded[..(_mapping.ProductDigits - cell.Length)].Fill('0');
            cell.CopyTo(padded[(_mapping.ProductDigits - cell.Length)..]);
            cell = padded[.._mapping.ProductDigits];
        }

        if (Core.Product.TryParse(cell, _mapping.Classification, out var product))
        {
            return product;
        }

        _context.Error(line, Name(column), $"product code '{cell}' is not a 2-, 4- or 6-digit HS code or TOTAL");
        return null;
    }

    // A row cut short names the first mapped column it lacks; a line break its own field, by the header's name or,
    // without a header, the mapped column there.
    private string ColumnOf(RowFault fault, int fields)
    {
        if (fault.Field > fields)
        {
            return _index.Where(kv => kv.Value >= fields).OrderBy(kv => kv.Value).Select(kv => Name(kv.Key)).FirstOrDefault() ?? string.Empty;
        }

        return _header.Count > 0 ? fault.ColumnIn(_header)
            : _index.Where(kv => kv.Value == fault.Field - 1).Select(kv => Name(kv.Key)).FirstOrDefault() ?? string.Empty;
    }

    private string Name(ColumnRef column) =>
        column.Name is null && _index.TryGetValue(column, out var at) && at < _header.Count ? _header[at] : column.ToString();
}
