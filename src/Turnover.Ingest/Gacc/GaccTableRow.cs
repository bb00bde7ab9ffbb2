using nietras.SeparatedValues;
using Turnover.Core;
using Turnover.Ingest.Internal;

namespace Turnover.Ingest.Gacc;

/// <summary>One partner row of a GACC country table: validation, units, currency and the records it yields.</summary>
internal sealed class GaccTableRow(
    ReadContext context, Country china, string[] columns, GaccUnit unit, int year, int month, DateOnly published, RecurringErrors conversions)
{
    private const int Width = 10;
    private static readonly Flow[] s_flows = [Flow.Turnover, Flow.Export, Flow.Import];

    private readonly Period _month = month == 2 && year >= NewsRowParser.CombinedJanuaryFebruarySince ? Period.Span(year, 1, 2) : Period.Month(year, month);
    private readonly Period _toDate = Period.YearToDate(year, month);

    /// <summary>The records of one row (none when it is skipped or defective; defects are reported).</summary>
    public List<TradeRecord> Parse(SepReader.Row row, string label, long line)
    {
        var records = new List<TradeRecord>();
        var values = new string[9];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = i + 1 < row.ColCount ? row[i + 1].Span.Trim().ToString() : string.Empty;
        }

        if (values.All(IsMissing))
        {
            if (label.Length > 0 || row.ColCount > 1)
            {
                context.Skip("line without values (note or empty row)");
            }

            return records;
        }

        if (row.ColCount < Width)
        {
            context.Error(line, columns[row.ColCount - 1], $"row has {row.ColCount} field(s), expected {Width} (line cut short?)");
            return records;
        }

        if (row.ColCount > Width)
        {
            context.Error(line, string.Empty, $"row has {row.ColCount} fields, expected {Width} as in the header (an unquoted comma inside a value, such as a thousands separator?)");
            return records;
        }

        if (!TryPartner(label, line, out var partner))
        {
            return records;
        }

        var amounts = new decimal?[6];
        var rates = new decimal?[3];
        var ok = true;
        for (var i = 0; i < values.Length; i++)
        {
            if (!TryValue(values[i], line, columns[i], allowNegative: i >= 6, out var amount))
            {
                ok = false;
            }
            else if (i < 6)
            {
                amounts[i] = amount;
            }
            else if (amount is { } rate && !GrowthRateRange.Holds(rate))
            {
                context.Error(line, columns[i], GrowthRateRange.Refused(values[i], rate));
                ok = false;
            }
            else
            {
                rates[i - 6] = amount;
            }
        }

        if (!ok)
        {
            return records;
        }

        for (var f = 0; f < s_flows.Length; f++)
        {
            var (inMonth, toDate) = (amounts[2 * f], amounts[(2 * f) + 1]);
            if (_month == _toDate)
            {
                if (inMonth is { } a && toDate is { } b && a != b)
                {
                    context.Error(line, columns[2 * f], $"value {a} differs from {b} in '{columns[(2 * f) + 1]}', though both cover {_toDate}");
                    continue;
                }

                Add(records, partner, s_flows[f], _toDate, toDate ?? inMonth, toDate is null ? Derivation.Reported : Derivation.Cumulative, line, columns[(2 * f) + 1]);
                continue;
            }

            Add(records, partner, s_flows[f], _month, inMonth, Derivation.Reported, line, columns[2 * f]);
            Add(records, partner, s_flows[f], _toDate, toDate, Derivation.Cumulative, line, columns[(2 * f) + 1]);
        }

        AddRates(partner, rates, line);
        return records;
    }

    // The percentage change columns are the January-to-month growth as the customs printed it. In a yuan table it is
    // growth in yuan, which differs from growth in dollars by the change of the exchange rate: only a dollar table's
    // rates are kept, since they are shown beside growth computed from dollar values.
    private void AddRates(Country partner, decimal?[] rates, long line)
    {
        if (unit.Currency != Currency.Usd)
        {
            return;
        }

        for (var f = 0; f < s_flows.Length; f++)
        {
            if (rates[f] is { } rate)
            {
                context.Rate(new PublishedRate(china, partner, s_flows[f], _toDate, rate, published, line,
                    $"{context.FileName}:{line}"));
            }
        }
    }

    private void Add(List<TradeRecord> records, Country partner, Flow flow, Period period, decimal? amount, Derivation derivation, long line, string column)
    {
        if (amount is not { } value)
        {
            return;
        }

        if (value > decimal.MaxValue / unit.Multiplier)
        {
            context.Error(line, column, UsdCeiling.Huge(value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return;
        }

        var inCurrency = value * unit.Multiplier;
        var usd = inCurrency;
        if (unit.Currency != Currency.Usd)
        {
            // One cause (no rates, a currency or a month the rates lack) fails every value alike: reported once each.
            if (context.Options.ExchangeRates is not { } rates)
            {
                conversions.Add($"values are in {unit.Currency} but no exchange rates were given", $"cannot convert {period} to USD", line, column);
                return;
            }

            if (rates.HoldsNoRateOf(unit.Currency) is { } none)
            {
                conversions.Add($"unknown currency '{unit.Currency}'", $"{none}, so no value can be converted to USD (unit '{unit}')", line, column);
                return;
            }

            if (!rates.TryToUsd(inCurrency, unit.Currency, period, out usd, out var missing))
            {
                conversions.Add(missing, $"cannot convert {value} {unit} for {period} to USD", line, column);
                return;
            }

            usd = Math.Round(usd, 0, MidpointRounding.AwayFromZero);
            derivation = Derivation.CurrencyConverted;
        }

        if (UsdCeiling.IsAbove(usd))
        {
            context.Error(line, column, UsdCeiling.TooLarge(value.ToString(System.Globalization.CultureInfo.InvariantCulture), usd));
            return;
        }

        records.Add(new TradeRecord(china, partner, flow, period, Product.Total, usd, null, derivation,
            published, line));
    }

    private bool TryPartner(string label, long line, out Country partner)
    {
        partner = default;
        if (PartnerGroups.IsTotal(label))
        {
            partner = context.Countries.World;
            return true;
        }

        if (PartnerGroups.IsGroup(label))
        {
            context.Skip("partner group (would double count)");
            return false;
        }

        var resolution = context.Countries.Resolve(label);
        if (!resolution.Success)
        {
            context.Error(line, "Country (Region)", resolution.ErrorMessage);
            return false;
        }

        partner = resolution.Country;
        return true;
    }

    private bool TryValue(string text, long line, string column, bool allowNegative, out decimal? value)
    {
        value = null;
        if (IsMissing(text))
        {
            return true;
        }

        if (!NumberText.IsGroupedCorrectly(text, '.', ','))
        {
            context.Error(line, column, $"value '{text}' has a thousands separator ',' out of place (groups of three digits expected): a digit or a decimal point is wrong");
            return false;
        }

        if (!Numbers.TryParseDecimal(text, '.', ',', out var parsed))
        {
            // The three last columns are growth rates in percent, the others values.
            context.Error(line, column, NumberText.Refused(text, kind: allowNegative ? NumberKind.GrowthRate : NumberKind.TradeValue, thousandsSeparator: ','));
            return false;
        }

        if (parsed < 0 && !allowNegative)
        {
            context.Error(line, column, $"value '{text}' is negative: trade values cannot be negative");
            return false;
        }

        value = parsed;
        return true;
    }

    private static bool IsMissing(string text) => text.Length == 0 || text is "-" or "–" or "—" or "－";
}
