-- One reporter's totals (all goods) with one partner at one granularity or at all three, from one source, as visible
-- on a date (kind 'series', per granularity), with the year-to-date cumulatives it published (kind 'ytd': January to
-- month m, m >= 2, full years included; the same for every granularity, so given once, without one), and which of the
-- series' figures were summed from product lines (kind 'summed', per granularity: flow, lines, coarsest and finest
-- level) and which quarters and years are sums of their months (kind 'months', per granularity: flow). One statement, because planning costs more than running it: the totals come from release_levels
-- (visible_pair_totals), not from the pair's records; and all three granularities in one, because a text's claims ask
-- for all three of a pair and date, and each statement more was tens of milliseconds of planning (docs/claims.md, Speed).
-- Flow codes are placeholders filled from Core's Flow (Internal/SqlText.cs).
-- Parameters: $1 reporter, $2 partner, $3 source, $4 as_of (NULL = everything), $5 granularity (1, 3 or 12; NULL =
-- all three), $6 true for a reconciled source (BACI): one dataset of exporter-to-importer flows, so the reporter's
-- exports are its own rows' exports and its imports are the partner's rows' exports; other flows are not read from it.
WITH grains AS (
    SELECT g FROM (VALUES (1), (3), (12)) AS grains(g) WHERE CAST($5 AS INTEGER) IS NULL OR g = CAST($5 AS INTEGER)
),
t AS (
    SELECT reporter, flow, year, start_month, months, value_usd, lines, product_digits
    FROM visible_pair_totals(CAST($4 AS DATE), CAST($1 AS SMALLINT), CAST($2 AS SMALLINT))
    WHERE source = $3 AND flow IN ({Flow.Export}, {Flow.Import}, {Flow.Turnover})
      AND ((reporter = $1 AND partner = $2 AND (NOT $6 OR flow = {Flow.Export}))
           OR ($6 AND reporter = $2 AND partner = $1 AND flow = {Flow.Export} AND $1 <> $2))
),
v AS (
    SELECT CASE WHEN reporter = $1 THEN flow ELSE {Flow.Import} END AS flow, year, start_month, months, value_usd, lines,
           -- NULL for a published total, so that min/max below give the levels of the summed figures only.
           nullif(product_digits, 0) AS digits
    FROM t
),
singles AS (SELECT * FROM v WHERE months = 1),
-- China's combined January-February stands for both months where neither month was published alone.
monthly AS (
    SELECT flow, year, start_month, months, value_usd, lines, digits AS coarsest, digits AS finest FROM singles
    UNION ALL
    -- An anti join rather than NOT EXISTS: the same rows, without the correlated subquery's delim join (4 ms).
    SELECT a.flow, a.year, 1, 2, a.value_usd, a.lines, a.digits, a.digits
    FROM (SELECT flow, year, value_usd, lines, digits FROM v WHERE start_month = 1 AND months = 2) a
    ANTI JOIN (SELECT flow, year FROM singles WHERE start_month <= 2) s USING (flow, year)
),
-- Quarters and years: the figure for the period where there is one, else the sum of months only when they cover
-- it all; a period's total summed from product lines gives way to months that were all published.
summed AS (
    SELECT g, flow, year,
           CASE WHEN g = 12 THEN 1 ELSE ((start_month - 1) // g) * g + 1 END AS start_month,
           g AS months, sum(value_usd) AS value_usd, sum(months) AS covered,
           sum(lines) AS lines, min(coarsest) AS coarsest, max(finest) AS finest
    FROM monthly CROSS JOIN grains
    WHERE g IN (3, 12)
    GROUP BY ALL
    HAVING sum(months) = g
),
published AS (
    SELECT g, flow, year, start_month, months, value_usd, lines, digits
    FROM v JOIN grains ON g IN (3, 12) AND months = g AND (start_month - 1) % g = 0
),
chosen AS (
    SELECT g, flow, year, start_month, months, value_usd, lines, coarsest, finest, false AS from_months FROM monthly JOIN grains ON g = 1
    UNION ALL
    SELECT g, flow, year, start_month, months,
           CASE WHEN own THEN value_p ELSE value_s END, CASE WHEN own THEN lines_p ELSE lines_s END,
           CASE WHEN own THEN digits_p ELSE coarsest_s END, CASE WHEN own THEN digits_p ELSE finest_s END, NOT own
    FROM (
        SELECT coalesce(p.g, s.g) AS g, coalesce(p.flow, s.flow) AS flow, coalesce(p.year, s.year) AS year,
               coalesce(p.start_month, s.start_month) AS start_month, coalesce(p.months, s.months) AS months,
               p.flow IS NOT NULL AND (s.flow IS NULL OR p.lines = 0 OR s.lines > 0) AS own,
               p.value_usd AS value_p, p.lines AS lines_p, p.digits AS digits_p,
               s.value_usd AS value_s, s.lines AS lines_s, s.coarsest AS coarsest_s, s.finest AS finest_s
        FROM published p FULL OUTER JOIN summed s USING (g, flow, year, start_month, months)
    )
)
-- Each kind keeps its own columns so that each keeps the type it had as a separate query: the series a
-- DECIMAL(38, 2) from its sums, the year-to-date figures DECIMAL(18, 2) as stored (cast back from visible_pair_totals'
-- sums, whose totals are far below 10^16 dollars). The reader keeps a DECIMAL(18, 2)'s two decimals and drops a
-- DECIMAL(38, 2)'s, so a shared or widened column would change the output.
SELECT 'series' AS kind, year, start_month, months,
       max(value_usd) FILTER (WHERE flow = {Flow.Export}) AS exports,
       max(value_usd) FILTER (WHERE flow = {Flow.Import}) AS imports,
       max(value_usd) FILTER (WHERE flow = {Flow.Turnover}) AS turnover,
       CAST(NULL AS DECIMAL(18, 2)) AS ytd_exports,
       CAST(NULL AS DECIMAL(18, 2)) AS ytd_imports,
       CAST(NULL AS DECIMAL(18, 2)) AS ytd_turnover,
       NULL AS flow, NULL AS lines, NULL AS coarsest, NULL AS finest, g AS granularity
FROM chosen
GROUP BY g, year, start_month, months
UNION ALL
SELECT 'ytd', year, start_month, months, NULL, NULL, NULL,
       CAST(max(value_usd) FILTER (WHERE flow = {Flow.Export}) AS DECIMAL(18, 2)),
       CAST(max(value_usd) FILTER (WHERE flow = {Flow.Import}) AS DECIMAL(18, 2)),
       CAST(max(value_usd) FILTER (WHERE flow = {Flow.Turnover}) AS DECIMAL(18, 2)),
       NULL, NULL, NULL, NULL, NULL
FROM v
WHERE start_month = 1 AND months >= 2
GROUP BY year, start_month, months
UNION ALL
SELECT 'summed', year, start_month, months, NULL, NULL, NULL, NULL, NULL, NULL,
       CAST(flow AS UTINYINT), CAST(lines AS BIGINT), CAST(coarsest AS UTINYINT), CAST(finest AS UTINYINT), g
FROM chosen
WHERE lines > 0
UNION ALL
SELECT 'months', year, start_month, months, NULL, NULL, NULL, NULL, NULL, NULL,
       CAST(flow AS UTINYINT), NULL, NULL, NULL, g
FROM chosen
WHERE from_months
ORDER BY 1, 15, 2, 3, 4, 11;
