using System.Globalization;
using Turnover.Core;
using Turnover.Testing;

namespace Turnover.Ingest.Tests.Gacc;

/// <summary>
/// Monthly average CNY-per-USD rates computed from the real IMF daily file data/fx/imf_exchange_rates_daily.csv
/// (<c>Date;CNY;JPY;KRW;USD</c>, dates like 02-Jan-2001, empty cells on holidays). Rows whose USD cell is not 1 are
/// corrupt (the file's last row has 14840) and are left out.
/// </summary>
internal static class ImfMonthlyRates
{
    private static readonly Lazy<Dictionary<(int Year, int Month), decimal>> s_cny = new(Load);

    public static IReadOnlyDictionary<(int Year, int Month), decimal> Cny => s_cny.Value;

    public static ExchangeRateTable Table() =>
        new(Cny.Select(kv => new MonthlyRate(new Currency("CNY"), kv.Key.Year, kv.Key.Month, kv.Value)));

    private static Dictionary<(int, int), decimal> Load()
    {
        var sums = new Dictionary<(int, int), (decimal Sum, int Count)>();
        foreach (var line in File.ReadLines(RepoPaths.Data("fx", "imf_exchange_rates_daily.csv")).Skip(1))
        {
            var cells = line.Split(';');
            if (cells.Length < 5 || cells[1].Length == 0 || cells[4].Trim() != "1")
            {
                continue;
            }

            var date = DateOnly.ParseExact(cells[0], "dd-MMM-yyyy", CultureInfo.InvariantCulture);
            var rate = decimal.Parse(cells[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            var key = (date.Year, date.Month);
            var (sum, count) = sums.GetValueOrDefault(key);
            sums[key] = (sum + rate, count + 1);
        }

        return sums.ToDictionary(kv => kv.Key, kv => kv.Value.Sum / kv.Value.Count);
    }
}
