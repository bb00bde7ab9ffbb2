using Turnover.Core;
using Turnover.Ingest.Internal;

namespace Turnover.Ingest.Comtrade;

internal sealed partial class ComtradeRowParser
{
    /// <summary>refMonth value Comtrade+ uses on annual rows.</summary>
    private const int AnnualMonth = 52;

    /// <summary>
    /// The period from freqCode/refYear/refMonth (Comtrade+), or from Year/Period (legacy: <c>2017</c> annual,
    /// <c>201701</c> monthly). Where both a period text and year/month columns exist they must agree.
    /// </summary>
    private bool TryPeriod<TFields>(TFields fields, long line, out Period period)
        where TFields : IComtradeFields, allows ref struct
    {
        period = default;
        var frequency = fields[ComtradeColumn.FreqCode];
        if (!frequency.IsEmpty && frequency is not ("A" or "a" or "M" or "m"))
        {
            Error(line, ComtradeColumn.FreqCode, ComtradeMessages.BadFrequency(frequency));
            return false;
        }

        var periodText = fields[ComtradeColumn.Period];
        var yearColumn = fields.Has(ComtradeColumn.RefYear) ? ComtradeColumn.RefYear : ComtradeColumn.Period;
        var yearText = yearColumn == ComtradeColumn.RefYear ? fields[ComtradeColumn.RefYear] : Prefix(periodText, 4);
        if (!TryInt(yearText, line, yearColumn, out var year))
        {
            return false;
        }

        int? month = null;
        var monthColumn = ComtradeColumn.RefMonth;
        var monthText = fields[ComtradeColumn.RefMonth];
        if (!monthText.IsEmpty)
        {
            if (!TryInt(monthText, line, monthColumn, out var refMonth))
            {
                return false;
            }

            month = refMonth;
        }
        else if (periodText.Length == 6)
        {
            monthColumn = ComtradeColumn.Period;
            if (!TryInt(periodText[4..], line, monthColumn, out var periodMonth))
            {
                return false;
            }

            month = periodMonth;
        }

        var annual = frequency is "A" or "a" || (frequency.IsEmpty && month is null or AnnualMonth);
        if (annual && month is { } stated and not AnnualMonth)
        {
            Error(line, monthColumn, ComtradeMessages.AnnualMonth(stated));
            return false;
        }

        if (!annual && month is not (>= 1 and <= 12))
        {
            Error(line, monthColumn, ComtradeMessages.BadMonth(month ?? 0));
            return false;
        }

        if (!Period.TryCreate(year, annual ? 1 : month!.Value, annual ? 12 : 1, out period))
        {
            Error(line, yearColumn, ComtradeMessages.BadYear(year));
            return false;
        }

        // refPeriodId-style cross-check: a row whose period text says another year or month is shifted or edited.
        if (yearColumn == ComtradeColumn.RefYear && !periodText.IsEmpty
            && (!Period.TryParse(periodText, out var statedPeriod) || statedPeriod != period))
        {
            Error(line, ComtradeColumn.Period, ComtradeMessages.PeriodMismatch(periodText, period.ToString()));
            return false;
        }

        return true;
    }

    private bool TryInt(ReadOnlySpan<char> text, long line, ComtradeColumn column, out int value)
    {
        // JSON numbers may come as 2010.0; accept an integral decimal, nothing else.
        if (Numbers.TryParseInt(text, out value))
        {
            return true;
        }

        if (Numbers.TryParseDecimal(text, out var number) && number == decimal.Truncate(number) && number is >= int.MinValue and <= int.MaxValue)
        {
            value = (int)number;
            return true;
        }

        Error(line, column, text.IsEmpty ? ComtradeMessages.Empty(header.NameOf(column)) : NumberText.RefusedWhole(text));
        return false;
    }

    private static ReadOnlySpan<char> Prefix(ReadOnlySpan<char> text, int length) => text.Length >= length ? text[..length] : text;
}
