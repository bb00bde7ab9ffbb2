-- Coverage per source, reporter and partner of the all-goods totals visible on a date ($1, NULL = everything),
-- published or summed from product lines, for one pair in either direction ($2, $3) or every pair (both NULL).
-- $4 names the reconciled sources (comma-separated): each is one dataset for both directions of a pair, so it is
-- listed once per pair, as asked ($2 first), or with the lower code first when every pair is listed.
WITH t AS (
    SELECT source, reporter, partner, year, start_month, months, lines, product_digits,
           list_contains(string_split($4, ','), source) AS reconciled
    FROM visible_total_counts(CAST($1 AS DATE), CAST($2 AS SMALLINT), CAST($3 AS SMALLINT))
),
oriented AS (
    SELECT source, reconciled, year, start_month, months, lines, product_digits,
           CASE WHEN NOT reconciled THEN reporter
                WHEN $2 IS NULL THEN least(reporter, partner)
                WHEN reporter = $2 THEN reporter ELSE partner END AS reporter,
           CASE WHEN NOT reconciled THEN partner
                WHEN $2 IS NULL THEN greatest(reporter, partner)
                WHEN reporter = $2 THEN partner ELSE reporter END AS partner
    FROM t
)
SELECT source, reporter, partner,
       count(*) AS records,
       min(make_date(year, start_month, 1)) AS first_month,
       max(make_date(year, start_month + months - 1, 1)) AS last_month,
       -- China's combined January-February counts as the two months it covers.
       count(DISTINCT (year, start_month)) FILTER (WHERE months = 1)
         + 2 * count(DISTINCT year) FILTER (WHERE start_month = 1 AND months = 2) AS months_published,
       count(DISTINCT year) FILTER (WHERE months = 12) AS years_published,
       bool_or(reconciled) AS reconciled,
       count(*) FILTER (WHERE lines > 0) AS summed_records,
       CAST(coalesce(sum(lines), 0) AS BIGINT) AS summed_lines,
       min(product_digits) FILTER (WHERE lines > 0) AS coarsest,
       max(product_digits) FILTER (WHERE lines > 0) AS finest
FROM oriented
GROUP BY source, reporter, partner
ORDER BY source, reporter, partner;
