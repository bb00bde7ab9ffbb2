using Turnover.Core;

namespace Turnover.Store;

/// <summary>
/// One product line of one reporter and partner as a monthly series: the product's value in each month (China's
/// combined January–February as one entry), exports and imports, as a <see cref="PairSeries"/> that the forecasting
/// and calibration code read as they read a pair's totals. Never a pair total: the line of one product.
/// </summary>
/// <param name="ProductCode">The HS code as stored, e.g. 2709 (crude oil) or 271111 (LNG).</param>
/// <param name="ProductDigits">Its HS level: 2, 4 or 6.</param>
/// <param name="Series">The product's monthly values; no published year-to-date figures.</param>
public sealed record ProductLineSeries(int ProductCode, int ProductDigits, PairSeries Series);
