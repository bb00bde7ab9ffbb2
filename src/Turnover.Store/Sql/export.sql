-- The stored figures as published, decoded for other tools (TradeStore.Export): one row per stored record of the live
-- releases, with its source, release and line, never a total summed here; in no set order (ordering every row of a
-- large store would hold them all at once). Either each figure's latest revision as
-- of a date (as visible_latest chooses it, what every answer reads) or every revision visible on that date.
-- Parameters: $1 as of (NULL: everything); $2, $3 a reporter-partner pair, both directions (NULL: every pair);
-- $4, $5 the first and last year (NULL: no bound); $6 true for every revision, false for the latest of each.
WITH revisions AS (
    SELECT l.source, r.key, r.release_id, r.value_usd, r.quantity, r.detail, r.published, r.source_line,
           record_public(r.published, l.vintage, r.key, g.lag_days) AS effective_published
    FROM pair_records(CAST($2 AS SMALLINT), CAST($3 AS SMALLINT)) r
    JOIN live_releases() l USING (release_id)
    LEFT JOIN sources g ON g.source = l.source
    -- The year is part of the key, so filtering before the choice of revisions chooses the same.
    WHERE ($4 IS NULL OR record_year(r.key) >= $4) AND ($5 IS NULL OR record_year(r.key) <= $5)
),
visible AS (
    SELECT * FROM revisions WHERE $1 IS NULL OR effective_published <= CAST($1 AS DATE)
),
-- The latest of each (source, key) by the rule of visible_latest (published last, the latest release on a tie), as a
-- window rather than its arg_max: a window spills to disk under the memory bound, and arg_max's hash table of every
-- key of a large store does not (10 M BACI lines ran out of 512 MB).
chosen AS (
    SELECT * FROM visible WHERE $6
    UNION ALL
    SELECT * FROM visible WHERE NOT $6
    QUALIFY row_number() OVER (PARTITION BY source, key ORDER BY effective_published DESC, release_id DESC) = 1
),
decoded AS (
    SELECT c.*,
           record_reporter(c.key) AS reporter_code, record_partner(c.key) AS partner_code, record_flow(c.key) AS flow_code,
           record_year(c.key) AS year, record_start_month(c.key) AS start_month, record_months(c.key) AS months,
           record_product_digits(c.key) AS product_digits, record_product_code(c.key) AS product_code
    FROM chosen c
)
SELECT d.source,
       rc.iso3 AS reporter, d.reporter_code, rc.name AS reporter_name,
       pc.iso3 AS partner, d.partner_code, pc.name AS partner_name,
       CASE d.flow_code {Flow.Names} END AS flow,
       -- As Period.ToString writes it: 2023, 2023-Q2, 2023-05 or 2023-01..05.
       CASE WHEN d.months = 12 THEN printf('%04d', d.year)
            WHEN d.months = 3 AND d.start_month % 3 = 1 THEN printf('%04d-Q%d', d.year, (d.start_month - 1) // 3 + 1)
            WHEN d.months = 1 THEN printf('%04d-%02d', d.year, d.start_month)
            ELSE printf('%04d-%02d..%02d', d.year, d.start_month, d.start_month + d.months - 1) END AS period,
       d.year, d.start_month, d.months,
       cl.name AS classification,
       -- HS digits, a commodity's own name (FAO's), or empty for all goods.
       CASE WHEN d.product_digits = 0 THEN NULL
            WHEN d.product_digits = {Product.CommodityDigits} THEN co.name
            ELSE lpad(CAST(d.product_code AS VARCHAR), d.product_digits, '0') END AS product,
       d.product_digits,
       d.value_usd,
       d.quantity,
       u.name AS quantity_unit,
       CASE record_derivation(d.detail) {Derivation.Names} END AS derivation,
       d.published,
       d.effective_published AS public_from,
       d.release_id,
       rel.file_name AS release_file,
       rel.vintage AS release_vintage,
       d.source_line
FROM decoded d
JOIN releases rel USING (release_id)
LEFT JOIN countries rc ON rc.code = d.reporter_code
LEFT JOIN countries pc ON pc.code = d.partner_code
LEFT JOIN units u ON u.id = (d.detail >> {Detail.Unit.Shift}) & {Detail.Unit.Mask}
LEFT JOIN classifications cl ON cl.id = d.detail >> {Detail.Classification.Shift}
LEFT JOIN commodities co ON d.product_digits = {Product.CommodityDigits} AND co.id = d.product_code
