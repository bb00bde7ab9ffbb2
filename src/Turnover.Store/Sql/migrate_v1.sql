-- Stores written before records were packed (one column per field, text classification and unit) keep their rows:
-- TradeStore.Open renames the old table to records_v1, runs schema.sql, then this, all in one transaction.
INSERT INTO classifications
SELECT CAST(row_number() OVER (ORDER BY name) AS SMALLINT), name
FROM (SELECT DISTINCT classification AS name FROM records_v1 WHERE classification IS NOT NULL);

INSERT INTO units
SELECT CAST(row_number() OVER (ORDER BY name) AS SMALLINT), name
FROM (SELECT DISTINCT quantity_unit AS name FROM records_v1 WHERE quantity_unit IS NOT NULL);

INSERT INTO records
SELECT r.release_id,
       (CAST(r.reporter AS BIGINT) << {Key.Reporter.Shift}) | (CAST(r.partner AS BIGINT) << {Key.Partner.Shift})
         | (CAST(r.flow AS BIGINT) << {Key.Flow.Shift}) | (CAST(r.year - {Key.YearBase} AS BIGINT) << {Key.Year.Shift})
         | (CAST(r.start_month AS BIGINT) << {Key.StartMonth.Shift}) | (CAST(r.months AS BIGINT) << {Key.Months.Shift})
         | (CAST(r.product_digits AS BIGINT) << {Key.ProductDigits.Shift}) | (CAST(r.product_code AS BIGINT) << {Key.ProductCode.Shift}),
       r.value_usd,
       r.quantity,
       (CAST(r.derivation AS INTEGER) << {Detail.Derivation.Shift}) | (coalesce(CAST(u.id AS INTEGER), 0) << {Detail.Unit.Shift})
         | (coalesce(CAST(c.id AS INTEGER), 0) << {Detail.Classification.Shift}),
       r.published,
       r.source_line
FROM records_v1 r
LEFT JOIN units u ON u.name = r.quantity_unit
LEFT JOIN classifications c ON c.name = r.classification;

DROP TABLE records_v1;
