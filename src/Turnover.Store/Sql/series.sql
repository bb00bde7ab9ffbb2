-- One reporter's totals (all goods) with one partner at one granularity, from one source, as visible on a date
-- (kind 'series'), with the year-to-date cumulatives it published (kind 'ytd': January to month m, m >= 2, full
-- years included). One statement, because planning the visible_totals macro costs more than running it.
-- Parameters: $1 reporter, $2 partner, $3 source, $4 as_of (NULL = everything), $5 granularity (1, 3 or 12).
WITH v AS (
    SELECT flow, year, start_month, months, value_usd, derivation
    FROM visible_totals(CAST($4 AS DATE), CAST($1 AS SMALLINT), CAST($2 AS SMALLINT))
    WHERE reporter = $1 AND partner = $2 AND source = $3 AND product_digits = 0 AND flow IN (1, 2, 5)
),
singles AS (SELECT * FROM v WHERE months = 1),
-- China's combined January-February stands for both months where neither month was published alone.
monthly AS (
    SELECT flow, year, start_month, months, value_usd FROM singles
    UNION ALL
    -- An anti join rather than NOT EXISTS: the same rows, without the correlated subquery's delim join (4 ms).
    SELECT a.flow, a.year, 1, 2, a.value_usd
    FROM (SELECT flow, year, value_usd FROM v WHERE start_month = 1 AND months = 2) a
    ANTI JOIN (SELECT flow, year FROM singles WHERE start_month <= 2) s USING (flow, year)
),
-- Quarters and years: the published figure where there is one, else the sum of months only when they cover it all.
summed AS (
    SELECT flow, year,
           CASE WHEN $5 = 12 THEN 1 ELSE ((start_month - 1) // $5) * $5 + 1 END AS start_month,
           $5 AS months, sum(value_usd) AS value_usd, sum(months) AS covered
    FROM monthly
    WHERE $5 IN (3, 12)
    GROUP BY ALL
    HAVING sum(months) = $5
),
published AS (
    SELECT flow, year, start_month, months, value_usd FROM v
    WHERE $5 IN (3, 12) AND months = $5 AND (start_month - 1) % $5 = 0
),
chosen AS (
    SELECT * FROM monthly WHERE $5 = 1
    UNION ALL
    SELECT coalesce(p.flow, s.flow), coalesce(p.year, s.year), coalesce(p.start_month, s.start_month),
           coalesce(p.months, s.months), coalesce(p.value_usd, s.value_usd)
    FROM published p FULL OUTER JOIN summed s USING (flow, year, start_month, months)
)
-- The two kinds keep their own columns so that each keeps the type it had as a separate query (the series a
-- DECIMAL(38, 2) from its sums, the year-to-date figures DECIMAL(18, 2) as stored): a shared column would widen both.
SELECT 'series' AS kind, year, start_month, months,
       max(value_usd) FILTER (WHERE flow = 1) AS exports,
       max(value_usd) FILTER (WHERE flow = 2) AS imports,
       max(value_usd) FILTER (WHERE flow = 5) AS turnover,
       CAST(NULL AS DECIMAL(18, 2)) AS ytd_exports,
       CAST(NULL AS DECIMAL(18, 2)) AS ytd_imports,
       CAST(NULL AS DECIMAL(18, 2)) AS ytd_turnover
FROM chosen
GROUP BY year, start_month, months
UNION ALL
SELECT 'ytd', year, start_month, months, NULL, NULL, NULL,
       max(value_usd) FILTER (WHERE flow = 1),
       max(value_usd) FILTER (WHERE flow = 2),
       max(value_usd) FILTER (WHERE flow = 5)
FROM v
WHERE start_month = 1 AND months >= 2
GROUP BY year, start_month, months
ORDER BY 1, 2, 3, 4;
