-- Product lines by year (TradeStore.ProductYears): the visible lines of one or two key ranges (a pair's two
-- directions, or an importer's imports from every origin) plus, for a supplier question, the reconciled sources'
-- exports to the importer (BACI stores a flow once, as the exporter's), summed per product at a level.
-- $1 as of (NULL: everything); $2..$3 and $4..$5 key ranges (an empty range has $4 > $5); $6 the importer whose
-- reconciled exports-to rows are read (NULL: none); $7, $8 a product the lines must lie inside (code, digits; NULL:
-- every line; digits 7: one commodity, code its commodities.id); $9 the level in digits (2, 4 or 6) the lines are
-- summed to. A commodity line (digits 7: a classification of its own, e.g. FAO's) keeps its own level and name: it is
-- never inside an HS line, never summed to a chapter or heading. $10 a month (1–12; NULL: whole years): only the
-- periods that end by it count (a year in progress against the same months of the year before).
-- Rules, so that nothing is counted twice:
--   * each key's latest vintage as of the date (as visible_latest);
--   * a line inside a coarser stored line of the same source, reporter, partner, flow and period is left out
--     (a Comtrade file holding chapters and their headings describes the same trade twice): the coarsest lines count;
--   * per line and year, the annual figure where one is stored, else the shortest periods stored (months, not the
--     quarters that contain them); month_mask says which months of the year the lines cover (bit 0 = January);
--   * through a month ($10): the shortest periods that end by it; a line-year with none of them keeps its annual
--     figure (its mask whole: it cannot be cut, and the caller must see that), and periods that end later drop out.
WITH picked AS (
    SELECT 1 AS branch, release_id, key, value_usd, quantity, detail, published FROM records WHERE key BETWEEN $2 AND $3
    UNION ALL
    SELECT 2, release_id, key, value_usd, quantity, detail, published FROM records WHERE key BETWEEN $4 AND $5
    UNION ALL
    SELECT 3, release_id, key, value_usd, quantity, detail, published FROM records
    WHERE $6 IS NOT NULL AND record_partner(key) = $6 AND record_flow(key) = {Flow.Export} AND record_reporter(key) <> $6
),
scoped AS (
    SELECT p.*, l.source, record_public(p.published, l.vintage, p.key, g.lag_days) AS effective_published
    FROM picked p
    JOIN live_releases() l USING (release_id)
    LEFT JOIN sources g ON g.source = l.source
    WHERE p.branch < 3 OR l.source IN ({Sources.Reconciled})
),
latest AS (
    SELECT source, key,
           arg_max({'value_usd': value_usd, 'quantity': quantity, 'detail': detail, 'release_id': release_id}, (effective_published, release_id)) AS r,
           list(DISTINCT release_id) AS held
    FROM scoped
    WHERE $1 IS NULL OR effective_published <= $1
    GROUP BY source, key
),
lines AS (
    SELECT source,
           key >> {Key.Product.Bits} AS total_key,
           record_reporter(key) AS reporter,
           record_partner(key) AS partner,
           record_flow(key) AS flow,
           record_year(key) AS year,
           record_start_month(key) AS start_month,
           record_months(key) AS months,
           record_product_code(key) AS code,
           record_product_digits(key) AS digits,
           r.value_usd, r.quantity, r.release_id, held,
           CAST((r.detail >> {Detail.Unit.Shift}) & {Detail.Unit.Mask} AS SMALLINT) AS unit_id,
           CAST(r.detail >> {Detail.Classification.Shift} AS SMALLINT) AS classification_id
    FROM latest
    WHERE record_product_digits(key) > 0
),
-- The coarser lines a finer one may lie inside: HS chapters and headings (a commodity is never inside an HS line).
parents AS (
    SELECT DISTINCT source, total_key, digits, code FROM lines WHERE digits IN (2, 4)
),
-- Each line's chapter and heading (NULL where the line is not finer than them), so that the lines inside a stored
-- coarser line drop out through two equality anti-joins rather than a join on an inequality.
placed AS (
    SELECT *,
           CASE WHEN digits IN (4, 6) THEN code // CAST(pow(10, digits - 2) AS INTEGER) END AS chapter,
           CASE WHEN digits = 6 THEN code // 100 END AS heading
    FROM lines
),
roots AS (
    SELECT l.* EXCLUDE (chapter, heading),
           -- The product at the level asked ($9): a finer HS line's code cut to it; a coarser line, or a commodity, its own.
           CAST(CASE WHEN l.digits < 7 AND l.digits > $9 THEN l.code // CAST(pow(10, l.digits - $9) AS INTEGER) ELSE l.code END AS INTEGER) AS product_code,
           CAST(CASE WHEN l.digits = 7 THEN 7 ELSE least(l.digits, $9) END AS UTINYINT) AS product_digits,
           -- The months of the year the line covers, bit 0 = January.
           CAST(((CAST(1 AS INTEGER) << CAST(l.months AS INTEGER)) - 1) << (CAST(l.start_month AS INTEGER) - 1) AS INTEGER) AS mask
    FROM placed l
    ANTI JOIN parents c ON c.source = l.source AND c.total_key = l.total_key AND c.digits = 2 AND c.code = l.chapter
    ANTI JOIN parents h ON h.source = l.source AND h.total_key = l.total_key AND h.digits = 4 AND h.code = l.heading
    WHERE $7 IS NULL
       OR ($8 = 7 AND l.digits = 7 AND l.code = $7)
       OR ($8 < 7 AND l.digits BETWEEN $8 AND 6 AND l.code // CAST(pow(10, l.digits - $8) AS INTEGER) = $7)
),
-- Per line and year, which periods count: the annual figure where one is stored, else the shortest periods.
chosen AS (
    SELECT source, reporter, partner, flow, year, code, digits,
           CASE WHEN $10 IS NOT NULL AND bool_or(months < 12 AND start_month + months - 1 <= $10)
                THEN min(months) FILTER (WHERE months < 12 AND start_month + months - 1 <= $10)
                WHEN bool_or(months = 12) THEN 12
                ELSE min(months) END AS months
    FROM roots
    GROUP BY ALL
),
periods AS (
    SELECT roots.* FROM roots SEMI JOIN chosen USING (source, reporter, partner, flow, year, code, digits, months)
    WHERE $10 IS NULL OR months = 12 OR start_month + months - 1 <= $10
),
-- Every release holding a visible revision of a product's lines in a year, with the months it holds, whichever
-- periods count and whichever revision is summed: how far each file reaches (ProductYear.HeldBy).
held_months AS (
    SELECT source, reporter, partner, flow, year, product_code, product_digits, holder, CAST(bit_or(mask) AS INTEGER) AS month_mask
    FROM (SELECT *, unnest(held) AS holder FROM roots)
    GROUP BY ALL
),
held_by AS (
    SELECT source, reporter, partner, flow, year, product_code, product_digits,
           list(CAST(holder AS INTEGER) ORDER BY holder) AS held_releases,
           list(month_mask ORDER BY holder) AS held_months
    FROM held_months
    GROUP BY ALL
),
summed AS (
SELECT source, reporter, partner, flow, year, product_code, product_digits,
       m.name AS commodity,
       CASE WHEN digits = 7 THEN c.name END AS commodity_classification,
       u.name AS unit,
       sum(value_usd) AS value_usd,
       sum(quantity) FILTER (WHERE unit_id <> 0 AND quantity IS NOT NULL) AS quantity,
       coalesce(sum(value_usd) FILTER (WHERE unit_id <> 0 AND quantity > 0), 0) AS quantified_usd,
       count(*) AS lines,
       count(*) FILTER (WHERE unit_id <> 0 AND quantity = 0 AND value_usd > 0) AS zero_quantity_lines,
       CAST(bit_or(mask) AS INTEGER) AS month_mask,
       list(DISTINCT CAST(release_id AS INTEGER) ORDER BY CAST(release_id AS INTEGER)) AS releases
FROM periods
LEFT JOIN units u ON u.id = periods.unit_id
LEFT JOIN commodities m ON periods.digits = 7 AND m.id = periods.code
LEFT JOIN classifications c ON periods.digits = 7 AND c.id = periods.classification_id
GROUP BY ALL
)
SELECT summed.*, held_by.held_releases, held_by.held_months
FROM summed
LEFT JOIN held_by USING (source, reporter, partner, flow, year, product_code, product_digits)
ORDER BY source, reporter, partner, flow, year, product_digits, product_code, unit NULLS FIRST;
