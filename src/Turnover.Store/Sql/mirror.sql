-- Both sides' figures of one pair for the same flows and spans, as visible on a date ($5, NULL = everything): A ($1)
-- as reported to source $3, B ($2) as reported to source $4 (never a reconciled source: it is no side's statistics).
-- direction 1 = from A to B (A's exports, B's imports), 2 = from B to A (A's imports, B's exports), 3 = turnover.
-- Spans: full years, and January-to-month spans a side published as cumulatives (a year to date) in a year it has no
-- full-year figure of that flow (Russia's "Jan-Oct 2023": compared with the other side's same span, never with a
-- year; the longest such span of the year). A side's figure for a span: the one it published, else the sum of its single months when they cover the
-- span (China's combined January-February counts as two), else for turnover its exports plus imports of the span.
-- how: 0 published, 1 summed from months, 2 exports plus imports. Flow codes are placeholders (Internal/SqlText.cs).
WITH t AS (
    SELECT reporter, flow, year, start_month, months, value_usd
    FROM visible_totals(CAST($5 AS DATE), CAST($1 AS SMALLINT), CAST($2 AS SMALLINT))
    WHERE flow IN ({Flow.Export}, {Flow.Import}, {Flow.Turnover})
      AND ((reporter = $1 AND partner = $2 AND source = $3) OR (reporter = $2 AND partner = $1 AND source = $4))
),
o AS (
    SELECT reporter = $1 AS is_a,
           CASE WHEN flow = {Flow.Turnover} THEN 3 WHEN (reporter = $1) = (flow = {Flow.Export}) THEN 1 ELSE 2 END AS direction,
           year, start_month, months, value_usd
    FROM t
),
cumulative AS (SELECT is_a, direction, year, months, value_usd FROM o WHERE start_month = 1 AND months >= 2),
spans AS (
    SELECT DISTINCT year, 12 AS months FROM o
    UNION
    -- The longest such span of a side and flow in a year: the latest year to date it published.
    SELECT year, months FROM (
        SELECT c.year, c.months, max(c.months) OVER (PARTITION BY c.is_a, c.direction, c.year) AS longest
        FROM cumulative c
        ANTI JOIN (SELECT is_a, direction, year FROM cumulative WHERE months = 12) y USING (is_a, direction, year)
    )
    WHERE months = longest AND months < 12
),
singles AS (SELECT is_a, direction, year, start_month, months, value_usd FROM o WHERE months = 1),
monthly AS (
    SELECT * FROM singles
    UNION ALL
    SELECT c.is_a, c.direction, c.year, 1, 2, c.value_usd FROM cumulative c
    ANTI JOIN (SELECT is_a, direction, year FROM singles WHERE start_month <= 2) s USING (is_a, direction, year)
    WHERE c.months = 2
),
summed AS (
    SELECT m.is_a, m.direction, m.year, s.months, sum(m.value_usd) AS value_usd
    FROM monthly m JOIN spans s ON s.year = m.year AND m.start_month + m.months - 1 <= s.months
    GROUP BY m.is_a, m.direction, m.year, s.months
    HAVING sum(m.months) = s.months
),
levels AS (
    SELECT is_a, direction, year, months, value_usd, 0 AS how FROM cumulative SEMI JOIN spans USING (year, months)
    UNION ALL
    SELECT is_a, direction, year, months, value_usd, 1 FROM summed ANTI JOIN cumulative USING (is_a, direction, year, months)
),
complete AS (
    SELECT * FROM levels
    UNION ALL
    SELECT x.is_a, 3, x.year, x.months, x.value_usd + m.value_usd, 2
    FROM levels x
    JOIN levels m ON m.is_a = x.is_a AND m.year = x.year AND m.months = x.months AND m.direction = 2
    ANTI JOIN (SELECT is_a, year, months FROM levels WHERE direction = 3) p ON p.is_a = x.is_a AND p.year = x.year AND p.months = x.months
    WHERE x.direction = 1
),
-- A shorter span is shown only for a side that has no full year of the flow: the span it gave instead of a year.
shown AS (
    SELECT c.* FROM complete c
    ANTI JOIN (SELECT is_a, direction, year FROM complete WHERE months = 12) y
        ON c.months < 12 AND y.is_a = c.is_a AND y.direction = c.direction AND y.year = c.year
),
wanted AS (SELECT DISTINCT direction, year, months FROM shown)
SELECT w.year, w.months, w.direction,
       a.value_usd AS a_usd, CAST(a.how AS UTINYINT) AS a_how, b.value_usd AS b_usd, CAST(b.how AS UTINYINT) AS b_how
FROM wanted w
LEFT JOIN complete a ON a.is_a AND a.direction = w.direction AND a.year = w.year AND a.months = w.months
LEFT JOIN complete b ON NOT b.is_a AND b.direction = w.direction AND b.year = w.year AND b.months = w.months
ORDER BY 1, 2, 3;
