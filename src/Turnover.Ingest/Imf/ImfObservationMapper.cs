using Turnover.Core;
using Turnover.Ingest.Internal;

namespace Turnover.Ingest.Imf;

/// <summary>
/// Turns an IMF observation into a record: indicator to flow, area codes to countries (World kept as the total,
/// groups skipped so nothing is counted twice), period checked against the frequency, value scaled to whole USD.
/// </summary>
internal sealed class ImfObservationMapper(ReadContext context, ImfDialect dialect)
{
    private static readonly decimal[] s_pow10 =
    [
        1m, 10m, 100m, 1_000m, 10_000m, 100_000m, 1_000_000m, 10_000_000m, 100_000_000m, 1_000_000_000m,
        10_000_000_000m, 100_000_000_000m, 1_000_000_000_000m, 10_000_000_000_000m, 100_000_000_000_000m, 1_000_000_000_000_000m,
    ];

    private readonly ImfAreaCodes _areas = new(context.Countries);

    /// <summary>The largest UNIT_MULT accepted (10^15).</summary>
    public static int MaxUnitMultiplier => s_pow10.Length - 1;

    /// <summary>Maps one observation, reporting defects and skips; true when a record came out.</summary>
    public bool TryMap(scoped in ImfObservation observation, long line, out TradeRecord record)
    {
        record = default;
        var flow = ImfFlow.Classify(observation.Indicator, out var skipReason);
        if (flow is null)
        {
            if (skipReason.Length > 0)
            {
                context.Skip(skipReason);
            }
            else
            {
                context.Error(line, dialect.Indicator, $"indicator '{observation.Indicator}' is not known (expected XG_FOB_USD or MG_CIF_USD, or DOTS TXG_FOB_USD or TMG_CIF_USD)");
            }

            return false;
        }

        var reporter = _areas.Resolve(observation.Reporter);
        var partner = _areas.Resolve(observation.Counterpart);
        if (reporter.Kind is ImfAreaKind.Group or ImfAreaKind.World)
        {
            context.Skip("reporter is a group or the world (not a country)");
            return false;
        }

        if (partner.Kind == ImfAreaKind.Group)
        {
            context.Skip("partner group (would double count)");
            return false;
        }

        if (IsMissing(observation.Value))
        {
            context.Skip("missing observation (no value)");
            return false;
        }

        var ok = CheckArea(line, dialect.Reporter, reporter);
        ok &= CheckArea(line, dialect.Counterpart, partner);
        ok &= TryPeriod(line, observation.TimePeriod, observation.Frequency, out var period);
        ok &= TryValue(line, observation.Value, observation.UnitMultiplier, out var usd);
        if (!ok)
        {
            return false;
        }

        record = new TradeRecord(reporter.Country, partner.Country, flow.Value, period, Product.Total, usd, null, Derivation.Reported, null, line);
        return true;
    }

    // An empty cell, or a marker that says "no value", is a missing observation. NaN is not among them: it is what a
    // failed computation writes, and reading it as "missing" would hide a broken export.
    private static bool IsMissing(ReadOnlySpan<char> value) =>
        value.IsWhiteSpace() || value is "NA" or "..." or "-";

    private bool CheckArea(long line, string field, ImfArea area)
    {
        if (area.Kind == ImfAreaKind.Unknown)
        {
            context.Error(line, field, area.Error);
            return false;
        }

        return true;
    }

    private bool TryPeriod(long line, ReadOnlySpan<char> text, ReadOnlySpan<char> frequency, out Period period)
    {
        if (!Period.TryParse(text, out period) || period.Granularity == Granularity.Span)
        {
            context.Error(line, dialect.TimePeriod, $"{dialect.TimePeriod} '{text}' is not a valid period (year 1900-2200 as 2022, quarter 1-4 as 2022-Q1, month 1-12 as 2022-M04 or 2022-04)");
            return false;
        }

        var expected = frequency switch
        {
            "A" => Granularity.Year,
            "Q" => Granularity.Quarter,
            "M" => Granularity.Month,
            _ => (Granularity?)null,
        };
        if (expected is null && !frequency.IsEmpty)
        {
            context.Error(line, dialect.Frequency, $"{dialect.Frequency} '{frequency}' is not A, Q or M");
            return false;
        }

        if (expected is { } granularity && granularity != period.Granularity)
        {
            context.Error(line, dialect.TimePeriod, $"{dialect.TimePeriod} '{text}' does not match {dialect.Frequency} '{frequency}'");
            return false;
        }

        return true;
    }

    private bool TryValue(long line, ReadOnlySpan<char> text, int unitMultiplier, out decimal usd)
    {
        usd = 0;
        if (!Numbers.TryParseDecimal(text, out var value))
        {
            context.Error(line, dialect.Value, NumberText.Refused(text, dialect.Value));
            return false;
        }

        if (value < 0)
        {
            context.Error(line, dialect.Value, $"{dialect.Value} '{text}' is negative (trade values are never negative)");
            return false;
        }

        var scale = s_pow10[unitMultiplier];
        if (value > decimal.MaxValue / scale)
        {
            context.Error(line, dialect.Value, $"{dialect.Value} '{text}' × 10^{unitMultiplier} is too large: above the ceiling of 10^15 USD (40 years of world trade)");
            return false;
        }

        usd = Shift(value, unitMultiplier);
        if (UsdCeiling.IsAbove(usd))
        {
            context.Error(line, dialect.Value, UsdCeiling.TooLarge(text, usd));
            return false;
        }

        return true;
    }

    // Exact, and without the trailing zeros plain multiplication keeps (2019551.635133 × 10^6 would print as
    // 2019551635133.000000): the power of ten comes off the decimal's own scale where it can.
    private static decimal Shift(decimal value, int powerOfTen)
    {
        if (value.Scale < powerOfTen)
        {
            return decimal.Truncate(value * s_pow10[powerOfTen]);
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        return new decimal(bits[0], bits[1], bits[2], false, (byte)(value.Scale - powerOfTen));
    }
}
