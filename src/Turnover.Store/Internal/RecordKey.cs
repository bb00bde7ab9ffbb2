using Turnover.Core;

namespace Turnover.Store.Internal;

/// <summary>
/// Packs a record's identity (reporter, partner, flow, period, product) into one non-negative 63-bit key, most
/// significant field first, so that the key orders and groups like the fields and a reporter-partner pair is one
/// contiguous range. The one definition of the layout: the SQL that decodes keys (the <c>record_*</c> macros of
/// <c>Sql/schema.sql</c>, the level keys of the totals) is written with <c>{Key.…}</c> placeholders that
/// <see cref="SqlText"/> fills from the constants below.
/// </summary>
/// <remarks>
/// From the top: reporter 10 bits, partner 10, flow 3, year − 1900 9, start month 4, months 4, product digits 3,
/// product code 20. Every field the domain allows fits (country codes are below 1000, years 1900–2200, HS codes
/// below 10^6); anything else is refused rather than silently folded into another key.
/// </remarks>
internal static class RecordKey
{
    public const int ProductCodeBits = 20, ProductDigitsBits = 3, MonthsBits = 4, StartMonthBits = 4, YearBits = 9, FlowBits = 3,
        PartnerBits = 10, ReporterBits = 10;

    public const int ProductCodeShift = 0;
    public const int ProductDigitsShift = ProductCodeShift + ProductCodeBits;
    public const int MonthsShift = ProductDigitsShift + ProductDigitsBits;
    public const int StartMonthShift = MonthsShift + MonthsBits;
    public const int YearShift = StartMonthShift + StartMonthBits;
    public const int FlowShift = YearShift + YearBits;
    public const int PartnerShift = FlowShift + FlowBits;
    public const int ReporterShift = PartnerShift + PartnerBits;

    /// <summary>Bits below the (reporter, partner, flow, period) group: the product digits and code.</summary>
    public const int ProductBits = MonthsShift;

    /// <summary>The year stored as 0.</summary>
    public const int MinYear = 1900;

    /// <summary>Every field, most significant first: what the SQL placeholders <c>{Key.Name.Shift}</c>, <c>.Bits</c> and <c>.Mask</c> name.</summary>
    public static IReadOnlyList<(string Name, int Shift, int Bits)> Fields { get; } =
    [
        ("Reporter", ReporterShift, ReporterBits),
        ("Partner", PartnerShift, PartnerBits),
        ("Flow", FlowShift, FlowBits),
        ("Year", YearShift, YearBits),
        ("StartMonth", StartMonthShift, StartMonthBits),
        ("Months", MonthsShift, MonthsBits),
        ("ProductDigits", ProductDigitsShift, ProductDigitsBits),
        ("ProductCode", ProductCodeShift, ProductCodeBits),
    ];

    /// <summary>The key of a record whose product is an HS line or the total.</summary>
    /// <exception cref="InvalidOperationException">A field is outside the range the key can hold.</exception>
    public static long Pack(in TradeRecord record) => Pack(in record, record.Product.Code);

    /// <summary>The key of a record with the product code given (a commodity's id in the store's commodities table).</summary>
    /// <exception cref="InvalidOperationException">A field is outside the range the key can hold.</exception>
    public static long Pack(in TradeRecord record, int productCode)
    {
        var reporter = record.Reporter.Code;
        var partner = record.Partner.Code;
        var flow = (int)record.Flow;
        var period = record.Period;
        var year = period.Year - MinYear;
        var product = record.Product;
        if (!Fits(reporter, ReporterBits) || !Fits(partner, PartnerBits) || !Fits(flow, FlowBits) || !Fits(year, YearBits)
            || !Fits(period.StartMonth, StartMonthBits) || !Fits(period.Months, MonthsBits) || !Fits(product.Digits, ProductDigitsBits)
            || !Fits(productCode, ProductCodeBits))
        {
            throw new InvalidOperationException(
                $"Record on line {record.SourceLine} ({reporter}, {partner}, {record.Flow}, {period}, {product}) has a field outside the stored key's range.");
        }

        return ((long)reporter << ReporterShift) | ((long)partner << PartnerShift) | ((long)flow << FlowShift) | ((long)year << YearShift)
            | ((long)period.StartMonth << StartMonthShift) | ((long)period.Months << MonthsShift) | ((long)product.Digits << ProductDigitsShift)
            | ((long)productCode << ProductCodeShift);
    }

    private static bool Fits(int value, int bits) => (uint)value < 1u << bits;
}
