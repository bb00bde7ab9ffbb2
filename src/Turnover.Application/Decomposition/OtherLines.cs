namespace Turnover.Application;

/// <summary>The lines a bounded decomposition does not list (<see cref="LargestChanges"/>), summed.</summary>
/// <param name="Count">How many lines (product, flow and unit) are summed; 0 when every line is listed.</param>
/// <param name="BaseUsd">Their value in the first year, US dollars.</param>
/// <param name="Usd">Their value in the last year.</param>
public sealed record OtherLines(int Count, decimal BaseUsd, decimal Usd)
{
    /// <summary>Their change in value, US dollars.</summary>
    public decimal ChangeUsd => Usd - BaseUsd;

    /// <summary>Their change in value, percent; null where the first year is zero.</summary>
    public decimal? ValueChangePercent => BaseUsd > 0m ? (Usd / BaseUsd - 1m) * 100m : null;
}
