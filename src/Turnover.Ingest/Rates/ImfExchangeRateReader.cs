using System.Globalization;
using Turnover.Core;
using Turnover.Ingest.Internal;
using Turnover.Ingest.Mapped;

namespace Turnover.Ingest.Rates;

/// <summary>
/// Reads the IMF "representative exchange rates" daily report saved as <c>Date;CNY;JPY;KRW;USD</c>: one row per
/// day (<c>02-Jan-2001</c>), currency units per US dollar, empty cells on holidays. Produces monthly averages:
/// the arithmetic mean, in decimal, of the days of the month that have a rate for that currency (holidays are
/// simply absent, not zero; the mean keeps full decimal precision, no rounding).
/// </summary>
/// <remarks>
/// Every column other than <c>Date</c> and <c>USD</c> is a currency named by its ISO code. The <c>USD</c> column
/// is the report's own check (a dollar is one dollar): a row whose USD cell is not exactly 1 is corrupt and is
/// left out whole, with a warning. A rate that is not a positive number, or is outside [<see cref="MinRate"/>,
/// <see cref="MaxRate"/>], leaves out that cell, with a warning.
/// A month with no usable rate has no entry, so a conversion needing it fails by name instead of guessing.
/// A row with more or fewer fields than the header (a decimal comma, a line cut short) is left out with a warning.
/// The IMF file ends without a final line break, so truncation is caught by the USD column instead: a last line cut
/// anywhere before its final "1" lacks fields or has an empty USD cell. A file with a header and no rows is an error.
/// </remarks>
public static class ImfExchangeRateReader
{
    /// <summary>
    /// The largest daily rate kept, in currency units per US dollar: the days of a month (31 at most) must add up within
    /// a decimal to be averaged. A larger one (a digit slip, "1e308") overflowed that sum and stopped the ingest.
    /// </summary>
    internal const decimal MaxRate = decimal.MaxValue / 31;

    /// <summary>
    /// The smallest daily rate kept: no currency's unit is worth a million US dollars (the dearest, the Kuwaiti dinar, is
    /// about 0.3 per USD). A smaller one is a defect, and a value divided by it could pass what a decimal holds.
    /// </summary>
    internal const decimal MinRate = 0.000001m;

    private const string ExpectedHeader = "Date;CNY;JPY;KRW;USD";

    /// <summary>True when the sample's first line is a <c>Date;…</c> header with a USD column.</summary>
    public static bool Recognises(FileSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var first = sample.FirstLine.Split(';');
        return first.Length > 1 && first[0].Trim().Equals("Date", StringComparison.OrdinalIgnoreCase)
            && first.Any(c => c.Trim().Equals("USD", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Loads a file (plain or gzipped, UTF-8 or Latin-1) into monthly averages.</summary>
    /// <param name="path">The daily-rate file.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static RateLoadResult Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var fileName = Path.GetFileName(path);
        var warnings = new List<IngestError>();
        var errors = new List<IngestError>();
        var sums = new Dictionary<(string Currency, int Year, int Month), (decimal Sum, int Days)>();
        Stream Open() => TextDecoding.OpenMaybeGzip(File.OpenRead(path), path);
        void Error(long line, string column, string message) => errors.Add(new IngestError(fileName, line, column, message));
        void Warn(long line, string column, string message) => warnings.Add(new IngestError(fileName, line, column, message));

        using (var text = TextDecoding.OpenText(Open()))
        using (var rows = CsvRows.Open(text, ';', hasHeader: true, lineOffset: 0, Open, Error))
        {
            var layout = RateColumns.Find(rows, ExpectedHeader, Error);
            if (layout is not null)
            {
                var seen = new HashSet<DateOnly>();
                var any = false;
                while (rows.MoveNext())
                {
                    any = true;
                    AddRow(rows, layout, seen, sums, Warn);
                }

                if (!any && errors.Count == 0)
                {
                    Error(0, string.Empty, $"the file has no rates, only the header '{ExpectedHeader}'");
                }
            }
        }

        var table = errors.Count > 0
            ? new ExchangeRateTable([])
            : new ExchangeRateTable(sums.Select(kv => new MonthlyRate(new Currency(kv.Key.Currency), kv.Key.Year, kv.Key.Month, kv.Value.Sum / kv.Value.Days)))
            {
                SourceFile = fileName,
                ContentHash = ReleaseReadings.Sha256(path),
            };
        return new RateLoadResult(table, warnings, errors);
    }

    private static void AddRow(
        CsvRows rows,
        RateColumns layout,
        HashSet<DateOnly> seen,
        Dictionary<(string Currency, int Year, int Month), (decimal Sum, int Days)> sums,
        Action<long, string, string> warn)
    {
        var row = rows.Current;
        var line = rows.Line;
        if (row.LineNumberToExcl - row.LineNumberFrom > 1)
        {
            var fault = new RowShape(layout.Names.Count, ';').Check(row, line)!.Value;
            warn(line, fault.ColumnIn(layout.Names), fault.Message + "; row not used");
            return;
        }

        if (row.ColCount < layout.Names.Count)
        {
            warn(line, layout.Names[row.ColCount], $"row has {row.ColCount} of {layout.Names.Count} fields (line cut short?); row not used");
            return;
        }

        if (row.ColCount > layout.Names.Count)
        {
            warn(line, string.Empty, $"row has {row.ColCount} fields, expected {layout.Names.Count} as in the header (a decimal comma or a stray ';'?); row not used");
            return;
        }

        var dateText = row[layout.Date].Span.Trim();
        if (!DateOnly.TryParseExact(dateText, "dd-MMM-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            warn(line, layout.Names[layout.Date], $"date '{dateText}' is not dd-MMM-yyyy (e.g. 02-Jan-2001); row not used");
            return;
        }

        if (layout.Usd >= 0)
        {
            var usd = row[layout.Usd].Span.Trim();
            if (!Numbers.TryParseDecimal(usd, out var one) || one != 1m)
            {
                warn(line, layout.Names[layout.Usd], $"USD cell '{usd}' should be 1 (units per USD of USD itself); the row is corrupt and not used");
                return;
            }
        }

        if (!seen.Add(date))
        {
            warn(line, layout.Names[layout.Date], $"date {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} appears twice; the first row is used");
            return;
        }

        foreach (var (index, currency) in layout.Currencies)
        {
            var cell = row[index].Span.Trim();
            if (cell.IsEmpty)
            {
                continue;
            }

            var parsed = Numbers.TryParseDecimal(cell, out var rate);
            if (parsed && rate > 0 && rate < MinRate)
            {
                warn(line, layout.Names[index], string.Create(
                    CultureInfo.InvariantCulture, $"rate '{cell}' is out of range: below {MinRate}, the smallest daily rate kept (no currency's unit is worth a million US dollars); this cell is not used"));
                continue;
            }

            if (!parsed || rate <= 0 || rate > MaxRate)
            {
                // A positive number too large to hold is a number all the same: named out of range, with the limit.
                var tooLarge = parsed ? rate > MaxRate : NumberSyntax.TryRead(cell, '.', null, out var number) && !number.Negative && number.BeyondDecimal;
                warn(line, layout.Names[index], (tooLarge
                    ? string.Create(CultureInfo.InvariantCulture, $"rate '{cell}' is out of range: above {MaxRate:#,0}, the largest daily rate a month's average is taken of")
                    : $"rate '{cell}' is not a positive number") + "; this cell is not used");
                continue;
            }

            var key = (currency, date.Year, date.Month);
            var (sum, days) = sums.GetValueOrDefault(key);
            sums[key] = (sum + rate, days + 1);
        }
    }
}
