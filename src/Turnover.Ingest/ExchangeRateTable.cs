using System.Globalization;
using Turnover.Core;

namespace Turnover.Ingest;

/// <summary>
/// Monthly average exchange rates, in currency units per US dollar, built from daily rates
/// (see the IMF daily-rate reader). Converting a value never assumes USD silently: a missing rate is an error.
/// </summary>
public sealed class ExchangeRateTable
{
    private readonly Dictionary<(string Currency, int Year, int Month), decimal> _unitsPerUsd;

    /// <summary>Creates a table from monthly averages.</summary>
    public ExchangeRateTable(IEnumerable<MonthlyRate> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        _unitsPerUsd = rates.ToDictionary(r => (r.Currency.Code, r.Year, r.Month), r => r.UnitsPerUsd);
    }

    /// <summary>The file the rates were read from (name only), recorded in the note of every release they convert; null when unknown.</summary>
    public string? SourceFile { get; init; }

    /// <summary>Lower-case hex SHA-256 of that file: part of the identity of every release converted with it; null when unknown.</summary>
    public string? ContentHash { get; init; }

    /// <summary>How a value in <paramref name="currency"/> is converted with this table, for a release note.</summary>
    public CurrencyConversion ConversionFrom(Currency currency) => new(currency, SourceFile);

    /// <summary>All monthly averages in the table.</summary>
    public IEnumerable<MonthlyRate> Rates =>
        _unitsPerUsd.Select(kv => new MonthlyRate(new Currency(kv.Key.Currency), kv.Key.Year, kv.Key.Month, kv.Value));

    /// <summary>The currencies the table holds a rate of, by code.</summary>
    public IReadOnlyList<Currency> Currencies =>
        [.. _unitsPerUsd.Keys.Select(k => k.Currency).Distinct().Order(StringComparer.Ordinal).Select(code => new Currency(code))];

    /// <summary>The first and last months with a rate of <paramref name="currency"/>; null when the table holds none.</summary>
    public RateMonths? MonthsOf(Currency currency)
    {
        var months = _unitsPerUsd.Keys.Where(k => k.Currency == currency.Code).Select(k => k.Year * 12 + k.Month - 1).ToList();
        return months.Count == 0 ? null : new RateMonths(Period.Month(months.Min() / 12, months.Min() % 12 + 1), Period.Month(months.Max() / 12, months.Max() % 12 + 1));
    }

    /// <summary>
    /// Why no amount in <paramref name="currency"/> can be converted with this table, when it holds no rate of the
    /// currency in any month (a code it does not know); null when it holds some.
    /// </summary>
    internal string? HoldsNoRateOf(Currency currency) => MonthsOf(currency) is not null
        ? null
        : $"the exchange rates{(SourceFile is null ? string.Empty : $" ({SourceFile})")} hold no {currency} rate in any month (only {(Currencies.Count == 0 ? "none" : string.Join(", ", Currencies))})";

    /// <summary>The monthly average for one month, if known.</summary>
    public bool TryGetRate(Currency currency, int year, int month, out decimal unitsPerUsd) =>
        _unitsPerUsd.TryGetValue((currency.Code, year, month), out unitsPerUsd);

    /// <summary>
    /// Converts an amount covering <paramref name="period"/> to USD. A multi-month value is divided by the mean of
    /// the monthly averages (the value-weighted rate is not knowable from the total alone; this is the usual
    /// approximation, stated in the release note). Returns false and names the missing month otherwise, or, in
    /// <paramref name="missing"/> too, why an amount divided by a rate far below one would be more US dollars than a
    /// decimal holds.
    /// </summary>
    public bool TryToUsd(decimal amount, Currency currency, Period period, out decimal usd, out string missing)
    {
        usd = 0;
        missing = string.Empty;
        if (currency == Currency.Usd)
        {
            usd = amount;
            return true;
        }

        decimal sum = 0;
        for (var month = period.StartMonth; month <= period.EndMonth; month++)
        {
            if (!TryGetRate(currency, period.Year, month, out var rate))
            {
                missing = $"no {currency} rate for {period.Year:D4}-{month:D2}";
                return false;
            }

            sum += rate;
        }

        var mean = sum / period.Months;
        // Checked arithmetic would throw: an amount over a rate far below one unit per USD passes decimal's range.
        if (mean < 1m && Math.Abs(amount) > decimal.MaxValue * mean)
        {
            missing = string.Create(
                CultureInfo.InvariantCulture,
                $"{amount:#,0.##} {currency} at {mean} {currency} per USD is more US dollars than Turnover holds ({decimal.MaxValue:#,0})");
            return false;
        }

        usd = amount / mean;
        return true;
    }
}
