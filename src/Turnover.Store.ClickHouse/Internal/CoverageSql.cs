using Turnover.Core;

namespace Turnover.Store.ClickHouse.Internal;

/// <summary>
/// The DuckDB store's coverage.sql for every pair, on one server, over <see cref="VisibleSql.TotalCounts"/>: per source,
/// reporter and partner, how many totals, which months and years, and how many were summed from product lines, as
/// <see cref="CoverageAssembly"/> counts them for one pair. On the server, so that only the entries travel (24,090
/// for the 100 M-line benchmark store) rather than every total (480,770). A reconciled source is listed once per
/// pair, the lower code first; a pair is on one shard (the sharding key), so each shard answers whole for its pairs.
/// </summary>
internal static class CoverageSql
{
    /// <summary>
    /// Columns: <c>source</c> (its <see cref="SourceKind"/> number), <c>reporter</c>, <c>partner</c>, <c>records</c>, <c>first_month</c> and
    /// <c>last_month</c> (months since year 0: year × 12 + month − 1), <c>months_published</c>,
    /// <c>years_published</c>, <c>summed_records</c>, <c>summed_lines</c>, <c>coarsest</c>, <c>finest</c> (0 when
    /// nothing was summed), <c>uncounted_totals</c> (1: a total of the pair has a level the counts could not give, see
    /// <see cref="VisibleSql.TotalCounts"/>, and the row is not to be read).
    /// </summary>
    public static string EveryPair(string totalCounts)
    {
        var reconciled = $"source IN ({VisibleSql.ReconciledSources(numeric: true)})";
        var (year, startMonth, months) = KeyFields.PeriodFieldsSql("total_key");
        return $"""
            SELECT source, reporter, partner, count() AS records,
                   min(year * 12 + start_month - 1) AS first_month, max(year * 12 + start_month + months - 2) AS last_month,
                   uniqExactIf(year, start_month, months = 1) + 2 * uniqExactIf(year, start_month = 1 AND months = 2) AS months_published,
                   uniqExactIf(year, months = 12) AS years_published,
                   countIf(summed > 0) AS summed_records, sum(summed) AS summed_lines,
                   minIf(digits, summed > 0) AS coarsest, maxIf(digits, summed > 0) AS finest, max(uncounted) AS uncounted_totals
            FROM (
                SELECT source, if({reconciled}, least(r, p), r) AS reporter, if({reconciled}, greatest(r, p), p) AS partner,
                       {year} AS year, {startMonth} AS start_month, {months} AS months,
                       if(digits = 0, toUInt64(0), toUInt64(lines)) AS summed, digits, uncounted
                FROM (
                    SELECT source, total_key, lines, digits, uncounted,
                           toInt32({KeyFields.ReporterSql("total_key")}) AS r, toInt32({KeyFields.PartnerSql("total_key")}) AS p
                    FROM ({totalCounts})
                )
            )
            GROUP BY source, reporter, partner
            """;
    }
}
