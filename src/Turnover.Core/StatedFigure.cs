namespace Turnover.Core;

/// <summary>
/// One figure as a page stated it, kept with its words and its page (a news-sourced table such as Russia's side of
/// Russia–China trade): the level, the growth rate or both, the span it covers, and how surely it is the publisher's.
/// </summary>
/// <param name="Reporter">Whose statistics the figure is said to be.</param>
/// <param name="Partner">Counterpart.</param>
/// <param name="Flow">Direction, from the reporter's side (Turnover for exports plus imports).</param>
/// <param name="Year">The year the row is filed under.</param>
/// <param name="Period">The months covered; null when the page gives only an approximate span ("to ~November"), which no other figure can be compared with.</param>
/// <param name="ValueUsd">The level in US dollars; null when the page gave only a growth rate.</param>
/// <param name="RatePercent">The growth rate as stated, percent on the same span a year earlier; null when none.</param>
/// <param name="Coverage">The span in the file's words ("full year", "Jan-Oct 2023 only (NOT annual); …").</param>
/// <param name="Attribution">Whether the page names the publisher.</param>
/// <param name="AttributionNote">Who stated it and how, in the file's words.</param>
/// <param name="Evidence">The page's address.</param>
/// <param name="Quote">The sentence that states it, as published.</param>
/// <param name="SourceLine">1-based line of the file.</param>
public sealed record StatedFigure(
    Country Reporter,
    Country Partner,
    Flow Flow,
    int Year,
    Period? Period,
    decimal? ValueUsd,
    decimal? RatePercent,
    string Coverage,
    Attribution Attribution,
    string AttributionNote,
    string Evidence,
    string Quote,
    long SourceLine);
