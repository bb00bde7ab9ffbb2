using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// A goal stated as growth by a year ("to double trade by 2030", "удвоить товарооборот к 2030 году", "到2030年翻一番") is
/// judged as the annual value that growth gives on its base year's figure: the year the text names ("from 2018
/// levels"), else the latest full year published by the article's date, the level the speaker could have had.
/// </summary>
/// <param name="Base">The base year.</param>
/// <param name="BaseUsd">Its figure, as published by <paramref name="PublishedBy"/>.</param>
/// <param name="Reporter">Whose statistics the base figure is (the side the goal is judged on).</param>
/// <param name="PublishedBy">The date the base figure is read as of: the article's date, or today when the base year the text names was published after it.</param>
/// <param name="Percent">The growth the text states; for a yearly average, the yearly rate.</param>
/// <param name="Years">For a yearly average, the years it compounds over (base to deadline); null for a change over the whole span.</param>
/// <param name="AmountUsd">The amount the goal is judged as: the base figure grown by the rate.</param>
/// <param name="BaseNamed">True when the text names the base year; false when it is the latest published by the article's date.</param>
public sealed record AmountFromGrowth(
    Period Base, decimal BaseUsd, Country Reporter, DateOnly PublishedBy, decimal Percent, int? Years, decimal AmountUsd, bool BaseNamed) : ClaimNote
{
    /// <summary>The side whose own statistics hold no base figure, when the other side's count of the same trade gave it; else null.</summary>
    public Country? Lacking { get; init; }
}
