namespace Turnover.Analytics.Targets;

/// <summary>The valuation facts behind a gap between two sides' statistics: each publisher's rules.</summary>
/// <param name="First">The first side's publisher's rules.</param>
/// <param name="Second">The other side's publisher's rules.</param>
/// <param name="ImportsIncludeFreight">
/// For an exports or imports metric: true when the importing side's figure includes freight and insurance the
/// exporting side's leaves out (so the importer's figure is usually higher); false for turnover.
/// </param>
public sealed record GapValuation(SideValuation First, SideValuation Second, bool ImportsIncludeFreight);
