using Turnover.Claims;

namespace Turnover.Application;

/// <summary>The figure is a volume or a product group's, not the value of all goods the store compares.</summary>
/// <param name="Subset">A volume or a product group.</param>
/// <param name="Text">What the text names (the unit or the goods), as written; null when it names none.</param>
public sealed record FigureIsSubset(SubsetKind Subset, string? Text) : UnverifiableReason;
