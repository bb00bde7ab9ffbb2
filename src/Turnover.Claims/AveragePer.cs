namespace Turnover.Claims;

/// <summary>
/// What an amount is an average per, when the text says so ("$28 billion a month on average in 2019", "$1.5 billion a
/// day", "в среднем 20 млрд долларов в месяц", "月均200亿美元"): the period's total is that many times it.
/// </summary>
public enum AveragePer : byte
{
    /// <summary>The amount is the period's own figure.</summary>
    None = 0,

    /// <summary>An average per month of the period.</summary>
    Month = 1,

    /// <summary>An average per day of the period.</summary>
    Day = 2,
}
