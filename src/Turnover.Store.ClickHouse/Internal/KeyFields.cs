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
    /// SQL for the last day of a key's period (<c>key</c> a column or expression): the start month plus its months,
    /// less a day. ClickHouse's Date starts in 1970, so a period before 1970 has no such date there.
    /// </summary>
    public static string PeriodEndSql(string key) => PeriodEndSql(
        $"({SqlField(key, RecordKey.YearShift, RecordKey.YearBits)} + {RecordKey.MinYear})",
        SqlField(key, RecordKey.StartMonthShift, RecordKey.StartMonthBits),
        SqlField(key, RecordKey.MonthsShift, RecordKey.MonthsBits));

    /// <summary>SQL for the last day of a period given as year, start month and months expressions.</summary>
    public static string PeriodEndSql(string year, string startMonth, string months) =>
        $"addDays(addMonths(addMonths(toDate('1970-01-01'), toInt32(({year} - 1970) * 12 + {startMonth} - 1)), toInt32({months})), -1)";

    public string Describe() => DuplicateKeyText.Of(Reporter, Partner, Flow, Period, ProductCode, ProductDigits);

    private static string SqlField(string key, int shift, int bits) => $"bitAnd(bitShiftRight({key}, {shift}), {(1 << bits) - 1})";

    private static int Field(long key, int shift, int bits) => (int)((key >> shift) & ((1L << bits) - 1));
}
