namespace Turnover.Store;

/// <summary>One side's level of a flow over a span.</summary>
/// <param name="ValueUsd">US dollars.</param>
/// <param name="Origin">How it was obtained.</param>
public readonly record struct SideLevel(decimal ValueUsd, LevelOrigin Origin);
