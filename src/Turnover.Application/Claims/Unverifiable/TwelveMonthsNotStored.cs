using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// The claim's figure is of twelve months to a month, and the store cannot make them: it needs January to that month
/// and the year before less its January to the same month, from months or published cumulatives.
/// </summary>
/// <param name="Reporter">Whose statistics were read.</param>
/// <param name="Measure">The reporter's measure read.</param>
/// <param name="Through">The month the twelve end with.</param>
/// <param name="PublishedBy">Figures published by this date were read.</param>
/// <param name="Stored">Where the reporter's monthly figures are, when it has any.</param>
public sealed record TwelveMonthsNotStored(Country Reporter, Measure Measure, Period Through, DateOnly PublishedBy, StoredSpan? Stored) : UnverifiableReason;
