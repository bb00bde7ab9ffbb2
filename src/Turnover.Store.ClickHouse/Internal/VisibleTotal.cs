using Turnover.Core;

namespace Turnover.Store.ClickHouse.Internal;

/// <summary>One row of <see cref="VisibleSql.Totals"/>: an all-goods total as visible on a date, decoded.</summary>
/// <param name="Source">Publisher.</param>
/// <param name="Key">The total's key fields (product code and digits 0).</param>
/// <param name="ValueUsd">The published total, or the sum of its lines.</param>
/// <param name="Lines">Lines summed; 0 for a published total.</param>
/// <param name="Digits">The level summed; 0 for a published total.</param>
internal sealed record VisibleTotal(SourceKind Source, KeyFields Key, decimal ValueUsd, long Lines, int Digits);
