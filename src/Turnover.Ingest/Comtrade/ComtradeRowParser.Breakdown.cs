using Turnover.Core;

namespace Turnover.Ingest.Comtrade;

internal sealed partial class ComtradeRowParser
{
    // Rows of one file repeat a handful of codes: each code and description is made once.
    private readonly Dictionary<(string Code, string Description), BreakdownCode> _codes = [];

    /// <summary>
    /// With breakdowns included, the row's customs procedure, mode of transport and second partner: null when all three
    /// are at their total codes (C00, 0, 0; or absent), so a total row and its breakdown rows get different identities.
    /// Mode-of-transport and second-partner codes must be numbers.
    /// </summary>
    private bool TryBreakdown<TFields>(TFields fields, long line, out TradeBreakdown? breakdown)
        where TFields : IComtradeFields, allows ref struct
    {
        breakdown = null;
        if (!_includeBreakdowns)
        {
            return true;
        }

        var customs = fields[ComtradeColumn.CustomsCode];
        var transport = fields[ComtradeColumn.MotCode];
        var partner2 = fields[ComtradeColumn.Partner2Code];
        var ok = IsCode(transport, line, ComtradeColumn.MotCode) & IsCode(partner2, line, ComtradeColumn.Partner2Code);
        if (!ok)
        {
            return false;
        }

        if (!IsBreakdown(customs, "C00") && !IsBreakdown(transport, "0") && !IsBreakdown(partner2, "0"))
        {
            return true;
        }

        breakdown = new TradeBreakdown(
            Code(customs, fields[ComtradeColumn.CustomsDesc], "C00"),
            Code(transport, fields[ComtradeColumn.MotDesc], "0"),
            Code(partner2, fields[ComtradeColumn.Partner2Desc], "0"));
        return true;
    }

    private bool IsCode(ReadOnlySpan<char> text, long line, ComtradeColumn column)
    {
        if (text.IsEmpty || int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            return true;
        }

        Error(line, column, ComtradeMessages.NotABreakdownCode(text));
        return false;
    }

    // An absent code is the dimension's total (legacy layouts leave the columns empty).
    private BreakdownCode Code(ReadOnlySpan<char> code, ReadOnlySpan<char> description, string total)
    {
        var key = (code.IsEmpty ? total : code.ToString(), description.ToString());
        if (!_codes.TryGetValue(key, out var value))
        {
            value = new BreakdownCode(key.Item1, key.Item2);
            _codes.Add(key, value);
        }

        return value;
    }
}
