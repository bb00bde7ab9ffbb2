using Turnover.Core;

namespace Turnover.Claims;

/// <summary>The period a claim is about, as the text gives it, and how it was fixed.</summary>
public sealed record StatedPeriod
{
    /// <summary>The period, or null when the text gives none or a relative one could not be anchored.</summary>
    public Period? Period { get; init; }

    /// <summary>Year, year to date, month, quarter or half.</summary>
    public required PeriodKind Kind { get; init; }

    /// <summary>Stated outright, resolved from the article date, or left unresolved.</summary>
    public required PeriodResolution Resolution { get; init; }

    /// <summary>The words that gave the period ("January-May 2022", "前11个月", "last year").</summary>
    public required string Text { get; init; }

    /// <summary>True for a deadline ("by 2024", "к 2024 году", "到2024年"): the claim is about reaching a figure by then.</summary>
    public bool IsDeadline { get; init; }

    /// <summary>
    /// The year of a year so far ("so far this year", "с начала года", "今年以来"): January through a month the text does
    /// not name, so <see cref="Period"/> is null; the article's own year only (a past year "以来" is several years).
    /// </summary>
    public int? YearSoFar { get; init; }

    /// <summary>
    /// True when <see cref="YearSoFar"/> is a year the text named whole ("this year", "in 2024" written in June 2024), a
    /// fact's: not over when the text was written, so only the months published by then can be the fact.
    /// </summary>
    public bool YearNotOver { get; init; }

    /// <summary>
    /// True for a change since a year with no end named ("has more than doubled since 2016", "вырос вдвое с 2016 года",
    /// "2016年以来增长了150%"): up to the latest figure the text could have had, so <see cref="Period"/> is null; the
    /// year it runs from is <see cref="StatedGrowth.Since"/>, or, for a span ("over the past decade"),
    /// <see cref="StatedGrowth.YearsSpanned"/> years before the end. Only a fact's with a rate.
    /// </summary>
    public bool ToLatest { get; init; }
}
