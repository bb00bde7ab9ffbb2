-- Coverage per source, reporter and partner: the all-goods totals visible on a date ($1, NULL = everything),
-- published or summed from product lines, of one pair in either direction ($2, $3) or of every pair ($2, $3 NULL).
-- {counts} is visible_pair_totals (or unrevised_pair_totals) for one pair or every_visible_total_count for every pair
-- (both count per release, cheap over a whole store): TradeStore.Queries.cs fills it in, so each query plans only its own counting. $4 names
-- the reconciled sources (comma-separated): each is one dataset for both directions, listed once, with the pair as
-- asked ($2 first) or, for every pair, the lower code first.
WITH oriented AS (
    SELECT source, year, start_month, months, lines, product_digits,
           list_contains(string_split($4, ','), source) AS reconciled,
           CASE WHEN list_contains(string_split($4, ','), source) THEN coalesce(CAST($2 AS SMALLINT), least(reporter, partner)) ELSE reporter END AS reporter,
           CASE WHEN list_contains(string_split($4, ','), source) THEN coalesce(CAST($3 AS SMALLINT), greatest(reporter, partner)) ELSE partner END AS partner
    FROM {counts}
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
GROUP BY ALL
ORDER BY source, reporter, partner;
