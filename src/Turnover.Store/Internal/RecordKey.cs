using Turnover.Core;

namespace Turnover.Store.Internal;

/// <summary>
/// Packs a record's identity (reporter, partner, flow, period, product) into one non-negative 63-bit key, most
/// significant field first, so that the key orders and groups like the fields and a reporter-partner pair is one
/// contiguous range. The SQL macros <c>record_*</c> in <c>Sql/schema.sql</c> decode it; both must agree.
/// </summary>
/// <remarks>
/// From the top: reporter 10 bits, partner 10, flow 3, year − 1900 9, start month 4, months 4, product digits 3,
/// product code 20. Every field the domain allows fits (country codes are below 1000, years 1900–2200, HS codes
/// below 10^6); anything else is refused rather than silently folded into another key.
/// </remarks>
internal static class RecordKey
{
    /// <summary>Bits below the (reporter, partner, flow, period) group: the product digits and code.</summary>
    public const int ProductBits = 23;

    private const int MinYear = 1900;

    /// <summary>The key of a record.</summary>
    /// <exception cref="InvalidOperationException">A field is outside the range the key can hold.</exception>
    public static long Pack(in TradeRecord record)
    {
        var reporter = record.Reporter.Code;
        var partner = record.Partner.Code;
        var flow = (int)record.Flow;
        var period = record.Period;
        var year = period.Year - MinYear;
        var product = record.Product;
        if ((uint)reporter > 1023 || (uint)partner > 1023 || (uint)flow > 7 || (uint)year > 511
            || (uint)period.StartMonth > 15 || (uint)period.Months > 15 || product.Digits > 7 || (uint)product.Code > 0xFFFFF)
        {
            throw new InvalidOperationException(
                $"Record on line {record.SourceLine} ({reporter}, {partner}, {record.Flow}, {period}, {product}) has a field outside the stored key's range.");
        }

        return ((long)reporter << 53) | ((long)partner << 43) | ((long)flow << 40) | ((long)year << 31)
            | ((long)period.StartMonth << 27) | ((long)period.Months << 23) | ((long)product.Digits << 20) | (long)product.Code;
    }
}
