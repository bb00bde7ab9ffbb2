namespace Turnover.Application;

/// <summary>
/// What an origin's share is of when its lines run past the months the year's shares are over (one file of a
/// country's imports from one origin reaching December, the world's series and every other origin's stopping in
/// November): its value through the last of them, set against a market of the same months, never twelve months
/// against eleven (<see cref="SupplierMarket.ThroughMonth"/>).
/// </summary>
/// <param name="ThroughMonth">The last month the shares are over (1–12): the share is of January to it.</param>
/// <param name="ValueUsd">The origin's value over those months; null where its lines cannot be cut there (only an annual figure is stored), and then there is no share.</param>
public sealed record SupplierShareOn(int ThroughMonth, decimal? ValueUsd);
