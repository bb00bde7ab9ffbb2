using Turnover.Ingest.Mapped;

namespace Turnover.Ingest.Rates;

/// <summary>The columns of a daily-rate file: the date, the USD check column (−1 if absent) and the currencies.</summary>
internal sealed record RateColumns(int Date, int Usd, IReadOnlyList<(int Index, string Currency)> Currencies, IReadOnlyList<string> Names)
{
    /// <summary>Reads the header; reports and returns null when it is not a <c>Date;…</c> rate header.</summary>
    public static RateColumns? Find(CsvRows rows, string expectedHeader, Action<long, string, string> error)
    {
        if (rows.IsEmpty)
        {
            error(0, string.Empty, $"the file is empty: expected the header '{expectedHeader}'");
            return null;
        }

        var names = rows.Header.Select(n => n.Trim()).ToArray();
        var date = Array.FindIndex(names, n => n.Equals("Date", StringComparison.OrdinalIgnoreCase));
        var usd = Array.FindIndex(names, n => n.Equals("USD", StringComparison.OrdinalIgnoreCase));
        if (names.Length < 2 || date < 0)
        {
            var shown = string.Join(";", names);
            error(1, string.Empty, names.Length < 2
                ? $"header '{shown}' is not ';'-separated: expected '{expectedHeader}'"
                : $"header '{shown}' has no column 'Date': expected '{expectedHeader}'");
            return null;
        }

        var currencies = new List<(int, string)>();
        for (var i = 0; i < names.Length; i++)
        {
            if (i == date || i == usd)
            {
                continue;
            }

            if (names[i].Length != 3 || !names[i].All(char.IsAsciiLetter))
            {
                error(1, names[i], $"column '{names[i]}' is not a three-letter currency code (ISO 4217)");
                return null;
            }

            currencies.Add((i, names[i].ToUpperInvariant()));
        }

        return new RateColumns(date, usd, currencies, names);
    }
}
