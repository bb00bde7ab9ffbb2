-- Year-to-date cumulatives as published (January to month m, m >= 2, including full years).
-- Parameters: $1 reporter, $2 partner, $3 source, $4 as_of.
SELECT year, start_month, months,
       max(value_usd) FILTER (WHERE flow = 1) AS exports,
       max(value_usd) FILTER (WHERE flow = 2) AS imports,
       max(value_usd) FILTER (WHERE flow = 5) AS turnover
FROM visible_totals(CAST($4 AS DATE), CAST($1 AS SMALLINT), CAST($2 AS SMALLINT))
WHERE reporter = $1 AND partner = $2 AND source = $3 AND product_digits = 0 AND flow IN (1, 2, 5)
  AND start_month = 1 AND months >= 2
GROUP BY year, start_month, months
ORDER BY year, months;
