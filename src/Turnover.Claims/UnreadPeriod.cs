namespace Turnover.Claims;

/// <summary>
/// A period the text gives that no period of the store can be: read as none rather than guessed, and named so that
/// "not verifiable" says why instead of "no period".
/// </summary>
/// <param name="Kind">What kind of span it is.</param>
/// <param name="Text">Its words, as written ("over the past 12 months", "FY2023-24", "3 квартала 2023 года").</param>
public sealed record UnreadPeriod(UnreadPeriodKind Kind, string Text)
{
    /// <summary>
    /// For <see cref="UnreadPeriodKind.TwelveMonths"/>: the month they end with, when the text names it with its year
    /// ("to November 2024", "по ноябрь 2023 года", "截至2023年11月"); such a figure is judged on the store's twelve
    /// months to it, made from its months or cumulatives. Null otherwise.
    /// </summary>
    public Turnover.Core.Period? Through { get; init; }

    /// <summary>
    /// For <see cref="UnreadPeriodKind.SeveralYears"/>: the first of the years ("2019" of "2019-2023"), and
    /// <see cref="Through"/> the last; a fact of an amount in US dollars over them is judged on the sum of their stored
    /// figures. Null otherwise.
    /// </summary>
    public int? FromYear { get; init; }

    /// <summary>
    /// For <see cref="UnreadPeriodKind.LatestMonths"/>: how many months, when the text counts them ("over the past 12
    /// months": 12; "за последние шесть месяцев": 6). The latest twelve of a fact are judged on the store's twelve months
    /// to the latest month published by the article's date. Null otherwise.
    /// </summary>
    public int? Months { get; init; }
}

/// <summary>Spans of time a claim may name that no period of the store is.</summary>
public enum UnreadPeriodKind : byte
{
    /// <summary>Twelve months across the turn of a year: "in the 12 months to November", "за 12 месяцев по ноябрь 2023 года", "过去12个月（截至2023年11月）".</summary>
    TwelveMonths,

    /// <summary>The latest months, wherever they begin: "over the past 12 months", "in the last six months", "за последние шесть месяцев".</summary>
    LatestMonths,

    /// <summary>"In the year to September": twelve months to September in British usage, January to September in others.</summary>
    YearToMonth,

    /// <summary>A fiscal year, which may run across two calendar years: "FY2023-24", "fiscal 2024", "2023财年".</summary>
    FiscalYear,

    /// <summary>"3 квартала 2023 года": "of the third quarter" or "for three quarters".</summary>
    AmbiguousQuarters,

    /// <summary>
    /// Several calendar years together, an amount summed over them: "$900 billion in 2019-2023", "a cumulative $1 trillion
    /// over 2021-2025", "за 2019–2023 годы", "2019年至2023年…总额" (since 6 December 2026: the first or last year was read as
    /// the amount's). A fact of it is judged on the sum of the years' stored figures (since 6 December 2026, later in the
    /// day: it was not judged).
    /// </summary>
    SeveralYears,
}
