using Turnover.Core;
using Turnover.Store.Internal;

namespace Turnover.Store.ClickHouse.Internal;

/// <summary>A packed record key (Turnover.Store's <see cref="RecordKey"/>) decoded in C#, and the SQL that decodes it.</summary>
internal readonly record struct KeyFields(int Reporter, int Partner, Flow Flow, Period Period, int ProductCode, int ProductDigits)
{
    /// <summary>The last key of a pair's range above its first (every field below the partner set).</summary>
    public const long PairLast = (1L << RecordKey.PartnerShift) - 1;

    public static KeyFields Of(long key) => new(
        Field(key, RecordKey.ReporterShift, RecordKey.ReporterBits),
        Field(key, RecordKey.PartnerShift, RecordKey.PartnerBits),
        (Flow)Field(key, RecordKey.FlowShift, RecordKey.FlowBits),
        Period.Span(
            Field(key, RecordKey.YearShift, RecordKey.YearBits) + RecordKey.MinYear,
            Field(key, RecordKey.StartMonthShift, RecordKey.StartMonthBits),
            Field(key, RecordKey.MonthsShift, RecordKey.MonthsBits)),
        Field(key, RecordKey.ProductCodeShift, RecordKey.ProductCodeBits),
        Field(key, RecordKey.ProductDigitsShift, RecordKey.ProductDigitsBits));

    /// <summary>The first key of a reporter-partner pair (the DuckDB schema's <c>pair_key</c>).</summary>
    public static long PairKey(int reporter, int partner) =>
        ((long)reporter << RecordKey.ReporterShift) | ((long)partner << RecordKey.PartnerShift);

    /// <summary>
    /// SQL for the last day of a key's period (<c>key</c> a column or expression) as a day number (days since
    /// 1970-01-01, negative before): ClickHouse's Date starts in 1970 and wraps below it, so periods are dated in
    /// numbers, which hold every year the key does (from <see cref="RecordKey.MinYear"/>).
    /// </summary>
    public static string PeriodEndDaySql(string key) => PeriodEndDaySql(
        $"({SqlField(key, RecordKey.YearShift, RecordKey.YearBits)} + {RecordKey.MinYear})",
        SqlField(key, RecordKey.StartMonthShift, RecordKey.StartMonthBits),
        SqlField(key, RecordKey.MonthsShift, RecordKey.MonthsBits));

    /// <summary>
    /// SQL for the last day of a period given as year, start month and months expressions, as a day number: the day
    /// before the first of the month after it, by the proleptic Gregorian calendar's day count (H. Hinnant's
    /// days_from_civil, for years from 1 on), in integers only.
    /// </summary>
    public static string PeriodEndDaySql(string year, string startMonth, string months)
    {
        // The month after the period, 0-based from January of its year, then its year and month (1-12).
        var next = $"(toInt64({startMonth}) + toInt64({months}) - 1)";
        var y = $"(toInt64({year}) + intDiv({next}, 12))";
        var m = $"(modulo({next}, 12) + 1)";
        // March-based year: January and February count with the year before.
        var marchYear = $"({y} - if({m} <= 2, 1, 0))";
        var era = $"intDiv({marchYear}, 400)";
        var yearOfEra = $"({marchYear} - {era} * 400)";
        var dayOfYear = $"intDiv(153 * modulo({m} + 9, 12) + 2, 5)";
        var dayOfEra = $"({yearOfEra} * 365 + intDiv({yearOfEra}, 4) - intDiv({yearOfEra}, 100) + {dayOfYear})";
        return $"({era} * 146097 + {dayOfEra} - 719468 - 1)";
    }

    /// <summary>A <c>Nullable(Date)</c> column as a day number (NULL stays NULL), to compare with <see cref="PeriodEndDaySql(string)"/>.</summary>
    public static string DaySql(string dateColumn) => $"toInt32({dateColumn})";

    /// <summary>SQL for a key's product digits (0: a total; 1-6 HS lines; 7 a commodity).</summary>
    public static string DigitsSql(string key) => SqlField(key, RecordKey.ProductDigitsShift, RecordKey.ProductDigitsBits);

    /// <summary>SQL for a key's reporter (schema.sql's record_reporter).</summary>
    public static string ReporterSql(string key) => $"toInt16(bitShiftRight({key}, {RecordKey.ReporterShift}))";

    /// <summary>SQL for a key's partner (schema.sql's record_partner).</summary>
    public static string PartnerSql(string key) => SqlField(key, RecordKey.PartnerShift, RecordKey.PartnerBits);

    /// <summary>SQL for a key's flow (schema.sql's record_flow).</summary>
    public static string FlowSql(string key) => SqlField(key, RecordKey.FlowShift, RecordKey.FlowBits);

    /// <summary>SQL for a key's period: its year, first month and months (schema.sql's record_year, record_start_month, record_months).</summary>
    public static (string Year, string StartMonth, string Months) PeriodFieldsSql(string key) => (
        $"toInt64({SqlField(key, RecordKey.YearShift, RecordKey.YearBits)} + {RecordKey.MinYear})",
        $"toInt64({SqlField(key, RecordKey.StartMonthShift, RecordKey.StartMonthBits)})",
        $"toInt64({SqlField(key, RecordKey.MonthsShift, RecordKey.MonthsBits)})");

    /// <summary>SQL for a key's period fields as one number, equal exactly when the periods are (schema.sql's record_period).</summary>
    public static string PeriodSql(string key) =>
        $"toInt32({SqlField(key, RecordKey.MonthsShift, RecordKey.YearBits + RecordKey.StartMonthBits + RecordKey.MonthsBits)})";

    /// <summary>SQL for the key of a product line's total (the key without its product bits): its source, reporter, partner, flow and period.</summary>
    public static string TotalKeySql(string key) => $"bitShiftRight({key}, {RecordKey.ProductBits})";

    /// <summary>
    /// SQL for a record's edition (schema.sql's record_edition): a product line's classification id (0: not known),
    /// NULL for a total or a commodity line, which are never summed with product lines of an edition.
    /// </summary>
    public static string EditionSql(string key, string detail) =>
        $"if({DigitsSql(key)} BETWEEN 1 AND 6, toInt16(bitShiftRight({detail}, {RecordDetail.ClassificationShift})), NULL)";

    public string Describe() => DuplicateKeyText.Of(Reporter, Partner, Flow, Period, ProductCode, ProductDigits);

    private static string SqlField(string key, int shift, int bits) => $"bitAnd(bitShiftRight({key}, {shift}), {(1 << bits) - 1})";

    private static int Field(long key, int shift, int bits) => (int)((key >> shift) & ((1L << bits) - 1));
}
