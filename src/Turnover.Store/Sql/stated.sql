-- The figures one source's pages stated about a pair ($1, $2, both directions), as visible on a date ($4, NULL =
-- everything): public from the release's vintage, else the end of the span (of the year where the span is approximate)
-- plus the source's lag; a statement several releases hold (same page, span and flow) read from the latest, its first
-- line where that release holds it twice.
SELECT s.reporter, s.partner, s.flow, s.year, s.start_month, s.months, s.value_usd, s.rate_pct, s.coverage,
       s.attribution, s.attribution_note, s.evidence, s.quote, s.source_line
FROM stated_figures s
JOIN live_releases() l USING (release_id)
LEFT JOIN sources g ON g.source = l.source
WHERE l.source = $3
  AND ((s.reporter = $1 AND s.partner = $2) OR (s.reporter = $2 AND s.partner = $1))
  AND ($4 IS NULL OR coalesce(l.vintage,
        CAST(make_date(s.year, coalesce(s.start_month, 1), 1) + to_months(coalesce(s.months, 12)) - INTERVAL 1 DAY
             + to_days(coalesce(g.lag_days, 0)) AS DATE)) <= CAST($4 AS DATE))
QUALIFY row_number() OVER (PARTITION BY s.reporter, s.partner, s.flow, s.year, s.start_month, s.months, s.evidence ORDER BY s.release_id DESC, s.source_line) = 1
ORDER BY s.reporter, s.year, s.start_month NULLS LAST, s.months, s.source_line;
