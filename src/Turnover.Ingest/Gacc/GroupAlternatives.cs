using Turnover.Core;

namespace Turnover.Ingest.Gacc;

/// <summary>
/// The figure of a group obtained from other groups' current choices: turnover = exports + imports (and each flow
/// from the other two), a year-to-date total = the previous one + the month, a month = the difference of two
/// year-to-date totals.
/// </summary>
internal static class GroupAlternatives
{
    public static IReadOnlyList<Alternative> For(FigureGroup group, IReadOnlyDictionary<(Period, Flow), FigureGroup> groups)
    {
        var list = new List<Alternative>();
        var period = group.Period;
        Figure? Get(Period p, Flow f) => groups.TryGetValue((p, f), out var g) ? g.Figure : null;

        var turnover = Get(period, Flow.Turnover);
        var exports = Get(period, Flow.Export);
        var imports = Get(period, Flow.Import);
        switch (group.Flow)
        {
            case Flow.Turnover when exports is { } x && imports is { } m:
                list.Add(new Alternative(x.Plus(m), "exports + imports"));
                break;
            case Flow.Export when turnover is { } t && imports is { } m:
                list.Add(new Alternative(t.Minus(m), "turnover - imports"));
                break;
            case Flow.Import when turnover is { } t && exports is { } x:
                list.Add(new Alternative(t.Minus(x), "turnover - exports"));
                break;
        }

        var end = period.EndMonth;
        if (period.StartMonth == 1 && end >= 2 && !IsCombinedJanuaryFebruary(period)
            && Get(Period.YearToDate(period.Year, end - 1), group.Flow) is { } before
            && Get(Period.Month(period.Year, end), group.Flow) is { } month)
        {
            list.Add(new Alternative(before.Plus(month), $"year-to-date {Period.YearToDate(period.Year, end - 1)} + month {end:D2}"));
        }

        if (period.Months == 1 && end >= 2
            && Get(Period.YearToDate(period.Year, end), group.Flow) is { } upTo
            && Get(Period.YearToDate(period.Year, end - 1), group.Flow) is { } previous)
        {
            list.Add(new Alternative(upTo.Minus(previous), "differenced year-to-date"));
        }

        return list;
    }

    private static bool IsCombinedJanuaryFebruary(Period period) =>
        period.EndMonth == 2 && period.Year >= NewsRowParser.CombinedJanuaryFebruarySince;
}
