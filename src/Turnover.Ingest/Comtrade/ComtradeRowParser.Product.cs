using Turnover.Core;
using Turnover.Ingest.Internal;

namespace Turnover.Ingest.Comtrade;

internal sealed partial class ComtradeRowParser
{
    /// <summary>One string per distinct classification or unit text, so rows do not allocate them.</summary>
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

    /// <summary>
    /// cmdCode (legacy Commodity Code) with classificationCode (H0–H6, HS, S1–S4, B4/B5). TOTAL is
    /// <see cref="Product.Total"/>. Rows flagged isAggregate are kept: each product level is a complete view, and
    /// queries pick one level, so nothing is counted twice.
    /// </summary>
    private bool TryProduct<TFields>(TFields fields, long line, out Product product, out bool unrepresentable)
        where TFields : IComtradeFields, allows ref struct
    {
        product = default;
        unrepresentable = false;
        var classificationText = fields[ComtradeColumn.ClassificationCode];
        if (HasControlCharacter(fields, line, ComtradeColumn.ClassificationCode))
        {
            return false;
        }

        var classification = classificationText.IsEmpty ? null : Intern(classificationText);
        if (classification is not null && !Classifications.Contains(classification))
        {
            Classifications.Add(classification);
        }

        int? level = null;
        var levelText = fields[ComtradeColumn.AggrLevel];
        if (!levelText.IsEmpty)
        {
            if (!Numbers.TryParseInt(levelText, out var stated))
            {
                Error(line, ComtradeColumn.AggrLevel, NumberText.RefusedWhole(levelText, min: 0));
                return false;
            }

            level = stated;
        }

        var code = fields[ComtradeColumn.CmdCode];
        if (code.IsEmpty)
        {
            Error(line, ComtradeColumn.CmdCode, ComtradeMessages.Empty(header.NameOf(ComtradeColumn.CmdCode)));
            return false;
        }

        switch (CommodityCodes.Read(code, classification, level, out product, out var problem))
        {
            case CommodityCodes.Outcome.Ok:
                return true;
            case CommodityCodes.Outcome.Unrepresentable:
                context.Skip(problem);
                unrepresentable = true;
                return true;
            default:
                Error(line, ComtradeColumn.CmdCode, problem);
                return false;
        }
    }

    /// <summary>The unit of a quantity: the abbreviation (kg, u, l…) or, failing that, the unit code; null for none.</summary>
    private string? QuantityUnit(ReadOnlySpan<char> abbreviation, ReadOnlySpan<char> code)
    {
        if (abbreviation.Equals("N/A", StringComparison.OrdinalIgnoreCase)
            || abbreviation.Equals("No Quantity", StringComparison.OrdinalIgnoreCase)
            || code is "-1"
            || (abbreviation.IsEmpty && code.IsEmpty))
        {
            return null;
        }

        // Comtrade+ unit 8 and legacy unit 8 are both kilograms.
        if (abbreviation.Equals("kg", StringComparison.OrdinalIgnoreCase) || code is "8")
        {
            return "kg";
        }

        return Intern(abbreviation.IsEmpty ? code : abbreviation);
    }

    private string Intern(ReadOnlySpan<char> text)
    {
        var lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(text, out var interned))
        {
            interned = text.ToString();
            _strings[interned] = interned;
        }

        return interned;
    }
}
