using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// An origin that sold the product the year before and has fewer months of lines this year than the market (none at
/// all, or a series that stops): where the origins fall short of the world figure, the first place to look.
/// </summary>
/// <param name="Origin">The exporting country.</param>
/// <param name="Months">Months of this year its lines cover (0: none).</param>
/// <param name="PreviousYearUsd">Its value the year before.</param>
public sealed record SupplierShortfall(Country Origin, int Months, decimal PreviousYearUsd);
