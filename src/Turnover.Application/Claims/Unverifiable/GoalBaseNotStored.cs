using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// A goal stated as growth by a year ("to double trade by 2030") needs the figure of the year it grows from, and the
/// store does not give it: the year the text names is not stored, the latest full year published by the article's date
/// is not before the deadline, or the store stops before the article's date (a later year had most likely been published).
/// </summary>
/// <param name="Reporter">Whose statistics were read.</param>
/// <param name="Measure">The reporter's measure read.</param>
/// <param name="NamedBase">The base year the text names; null when it names none.</param>
/// <param name="StoredThrough">With no base named: the latest year stored, when the store stops before the article's date; else null.</param>
/// <param name="DeadlineYear">The goal's year.</param>
/// <param name="ArticleDate">The article's date, as of which the base was sought.</param>
public sealed record GoalBaseNotStored(Country Reporter, Measure Measure, Period? NamedBase, Period? StoredThrough, int DeadlineYear, DateOnly ArticleDate) : UnverifiableReason;
