using Turnover.Core;
using Turnover.Ingest.Internal;

namespace Turnover.Ingest.Comtrade;

/// <summary>
/// The meaning of one Comtrade row, shared by every layout: which rows are stored, skipped or defective, and how
/// codes become countries, periods, products, values and quantities.
/// </summary>
/// <remarks>
/// Each defect of a row is reported (not just the first), so one pass over a file lists what to fix.
/// Lookups are cached per file: bulk files repeat a handful of codes millions of times.
/// </remarks>
internal sealed partial class ComtradeRowParser(ReadContext context, ComtradeHeader header)
{
    private readonly bool _includeBreakdowns = context.Options.IncludeBreakdowns;

    /// <summary>Classifications seen, in order of first appearance (for the dataset description).</summary>
    public List<string> Classifications { get; } = [];

    /// <summary>True once an annual row was stored.</summary>
    public bool SawAnnual { get; private set; }

    /// <summary>True once a monthly row was stored.</summary>
    public bool SawMonthly { get; private set; }

    /// <summary>Reads one row; false when it is skipped (counted) or defective (reported).</summary>
    public bool TryParse<TFields>(TFields fields, long line, out TradeRecord record)
        where TFields : IComtradeFields, allows ref struct
    {
        record = default;
        if (IsSkipped(fields, line, out var flow, out var defective))
        {
            return false;
        }

        var ok = !defective;
        ok &= TryPeriod(fields, line, out var period);
        ok &= TryCountry(fields, line, ComtradeColumn.ReporterCode, ComtradeColumn.ReporterIso, ComtradeColumn.ReporterDesc, "reporter", out var reporter);
        ok &= TryCountry(fields, line, ComtradeColumn.PartnerCode, ComtradeColumn.PartnerIso, ComtradeColumn.PartnerDesc, "partner", out var partner);
        ok &= TryProduct(fields, line, out var product, out var unrepresentable);
        ok &= TryValue(fields, line, out var value);
        ok &= TryQuantity(fields, line, out var quantity);
        ok &= TryBreakdown(fields, line, out var breakdown);
        if (!ok || unrepresentable)
        {
            return false;
        }

        if (period.Months == 12)
        {
            SawAnnual = true;
        }
        else
        {
            SawMonthly = true;
        }

        record = new TradeRecord(reporter, partner, flow, period, product, value, quantity, Derivation.Reported, Published: null, line)
        {
            Breakdown = breakdown,
        };
        return true;
    }

    /// <summary>
    /// Rows left out on purpose: services, breakdowns (unless asked for; a mode-of-supply breakdown always, as it is a
    /// services dimension) and sub-flows. A flow that is not a Comtrade code at all is a defect instead.
    /// </summary>
    private bool IsSkipped<TFields>(TFields fields, long line, out Flow flow, out bool defective)
        where TFields : IComtradeFields, allows ref struct
    {
        defective = false;
        var type = fields[ComtradeColumn.TypeCode];
        if (type is "S" or "s")
        {
            return Skip(ComtradeMessages.Services, out flow);
        }

        if (!type.IsEmpty && type is not ("C" or "c"))
        {
            Error(line, ComtradeColumn.TypeCode, ComtradeMessages.BadType(type));
            defective = true;
        }

        if (IsBreakdown(fields[ComtradeColumn.MosCode], "0"))
        {
            return Skip(ComtradeMessages.BreakdownSupply, out flow);
        }

        if (!_includeBreakdowns)
        {
            var reason = IsBreakdown(fields[ComtradeColumn.CustomsCode], "C00") ? ComtradeMessages.BreakdownCustoms
                : IsBreakdown(fields[ComtradeColumn.MotCode], "0") ? ComtradeMessages.BreakdownTransport
                : IsBreakdown(fields[ComtradeColumn.Partner2Code], "0") ? ComtradeMessages.BreakdownPartner2
                : null;
            if (reason is not null)
            {
                return Skip(reason, out flow);
            }
        }

        var code = fields[ComtradeColumn.FlowCode];
        switch (ComtradeFlows.Read(code, out flow))
        {
            case ComtradeFlows.Kind.SubFlow:
                context.Skip(ComtradeMessages.SubFlowSkip(code));
                return true;
            case ComtradeFlows.Kind.Invalid:
                Error(line, ComtradeColumn.FlowCode, code.IsEmpty ? ComtradeMessages.Empty(header.NameOf(ComtradeColumn.FlowCode)) : ComtradeMessages.BadFlow(code));
                defective = true;
                break;
        }

        return false;
    }

    // An empty breakdown field means the layout has no breakdown there (legacy files leave them blank).
    private static bool IsBreakdown(ReadOnlySpan<char> value, string total) => !value.IsEmpty && !value.Equals(total, StringComparison.OrdinalIgnoreCase);

    private bool Skip(string reason, out Flow flow)
    {
        flow = default;
        context.Skip(reason);
        return true;
    }

    /// <summary>primaryValue: US dollars as reported (CIF for imports, FOB for exports); decimals kept exactly.</summary>
    private bool TryValue<TFields>(TFields fields, long line, out decimal value)
        where TFields : IComtradeFields, allows ref struct
    {
        var text = fields[ComtradeColumn.PrimaryValue];
        if (text.IsEmpty)
        {
            value = 0;
            Error(line, ComtradeColumn.PrimaryValue, ComtradeMessages.Empty(header.NameOf(ComtradeColumn.PrimaryValue)));
            return false;
        }

        if (!TryNonNegative(text, line, ComtradeColumn.PrimaryValue, NumberKind.TradeValue, out value))
        {
            return false;
        }

        if (UsdCeiling.IsAbove(value))
        {
            Error(line, ComtradeColumn.PrimaryValue, UsdCeiling.TooLarge(text, value));
            return false;
        }

        return true;
    }

    /// <summary>Net weight in kg where given, else the quantity in its own unit; none for unit N/A (-1).</summary>
    private bool TryQuantity<TFields>(TFields fields, long line, out Quantity? quantity)
        where TFields : IComtradeFields, allows ref struct
    {
        quantity = null;
        var netWeight = fields[ComtradeColumn.NetWgt];
        if (!netWeight.IsEmpty)
        {
            if (!TryNonNegative(netWeight, line, ComtradeColumn.NetWgt, NumberKind.Quantity, out var kg))
            {
                return false;
            }

            quantity = Quantity.Kilograms((double)kg);
            return true;
        }

        var amountText = fields[ComtradeColumn.Qty];
        if (HasControlCharacter(fields, line, ComtradeColumn.QtyUnitAbbr) || HasControlCharacter(fields, line, ComtradeColumn.QtyUnitCode))
        {
            return false;
        }

        var unit = QuantityUnit(fields[ComtradeColumn.QtyUnitAbbr], fields[ComtradeColumn.QtyUnitCode]);
        if (amountText.IsEmpty || unit is null)
        {
            return true;
        }

        if (!TryNonNegative(amountText, line, ComtradeColumn.Qty, NumberKind.Quantity, out var amount))
        {
            return false;
        }

        quantity = new Quantity((double)amount, unit);
        return true;
    }

    private bool TryNonNegative(ReadOnlySpan<char> text, long line, ComtradeColumn column, NumberKind kind, out decimal value)
    {
        if (!Numbers.TryParseDecimal(text, out value))
        {
            Error(line, column, NumberText.Refused(text, kind: kind));
            return false;
        }

        if (value < 0)
        {
            Error(line, column, ComtradeMessages.Negative(text));
            return false;
        }

        return true;
    }

    /// <summary>True, with the error, when a cell the store keys by name holds a control character (a name reaches DuckDB cut at a NUL).</summary>
    private bool HasControlCharacter<TFields>(TFields fields, long line, ComtradeColumn column)
        where TFields : IComtradeFields, allows ref struct
    {
        if (!fields[column].ContainsAnyInRange('\0', '\u001f'))
        {
            return false;
        }

        Error(line, column, ComtradeMessages.ControlCharacter(fields[column]));
        return true;
    }

    private void Error(long line, ComtradeColumn column, string message) => context.Error(line, header.NameOf(column), message);
}
