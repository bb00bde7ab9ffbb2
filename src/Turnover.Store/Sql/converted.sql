-- Which of one reporter's all-goods figures with one partner, from one source, as visible on a date, were converted
-- to US dollars from another currency (derivation CurrencyConverted), with their release's file name and
-- conversion (from which currency, with which rates file).
-- Parameters: $1 reporter, $2 partner, $3 source, $4 as_of (NULL = everything). Only a side's own rows: a
-- reconciled dataset (BACI) publishes in US dollars.
SELECT v.year, v.start_month, v.months, v.flow, v.release_id, l.file_name, l.conversion_from, l.conversion_rates
FROM visible_records(CAST($4 AS DATE), CAST($1 AS SMALLINT), CAST($2 AS SMALLINT)) v
JOIN live_releases() l USING (release_id)
WHERE v.source = $3 AND v.reporter = $1 AND v.partner = $2 AND v.product_digits = 0 AND v.derivation = {Derivation.CurrencyConverted}
  AND v.flow IN ({Flow.Export}, {Flow.Import}, {Flow.Turnover})
ORDER BY v.year, v.start_month, v.months, v.flow;
