-- Coverage per source, reporter and partner of all-goods records visible on a date ($1, NULL = everything),
-- for one pair in either direction ($2, $3) or every pair (both NULL).
SELECT source, reporter, partner,
       count(*) AS records,
       min(make_date(year, start_month, 1)) AS first_month,
       max(make_date(year, start_month + months - 1, 1)) AS last_month,
       -- China's combined January-February counts as the two months it covers.
       count(DISTINCT (year, start_month)) FILTER (WHERE months = 1)
         + 2 * count(DISTINCT year) FILTER (WHERE start_month = 1 AND months = 2) AS months_published,
       count(DISTINCT year) FILTER (WHERE months = 12) AS years_published
FROM visible_totals(CAST($1 AS DATE), CAST($2 AS SMALLINT), CAST($3 AS SMALLINT))
WHERE product_digits = 0
GROUP BY ALL
ORDER BY source, reporter, partner;
