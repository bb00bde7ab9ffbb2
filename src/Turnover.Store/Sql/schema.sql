-- Turnover store schema. Every statement is idempotent: opening an existing file re-runs it harmlessly.
CREATE SEQUENCE IF NOT EXISTS release_ids START 1;

CREATE TABLE IF NOT EXISTS releases (
    release_id   INTEGER PRIMARY KEY,
    source       VARCHAR NOT NULL,      -- SourceKind name: Gacc, Comtrade, ...
    format       VARCHAR NOT NULL,      -- reader format: gacc, comtrade, ...
    dataset      VARCHAR NOT NULL,
    file_name    VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL UNIQUE,
    vintage      DATE,                  -- publication date where the file states it
    ingested_at  TIMESTAMP NOT NULL,
    rows_read    BIGINT NOT NULL,
    rows_stored  BIGINT NOT NULL,
    note         VARCHAR NOT NULL
);

-- One row per stored figure, packed so a ten-million-row load appends seven fixed-width columns and no text
-- (per-row strings and narrow columns were most of the load time). Read it through record_rows or the
-- record_* macros below, never by bit-twiddling in queries. No keys or indexes: bulk appends stay fast, and
-- duplicate keys are checked per release while loading (Internal/DuplicateScreen.cs).
CREATE TABLE IF NOT EXISTS records (
    release_id  INTEGER NOT NULL,
    -- (reporter, partner, flow, year, start_month, months, product_digits, product_code), most significant first,
    -- so one reporter-partner pair is one contiguous key range (Internal/RecordKey.cs has the layout):
    -- reporter 10 bits | partner 10 | flow 3 | year - 1900 9 | start_month 4 | months 4 | product_digits 3 | product_code 20
    key         BIGINT NOT NULL,
    value_usd   DECIMAL(18, 2) NOT NULL,
    quantity    DOUBLE,
    -- derivation (bits 0-7) | units.id (bits 8-19, 0 = no quantity) | classifications.id (bits 20-30, 0 = unknown)
    detail      INTEGER NOT NULL,
    published   DATE,
    source_line BIGINT NOT NULL
);

-- The few distinct HS editions (HS92, H5, ...) and quantity units (kg, u, ...) records refer to by id.
CREATE TABLE IF NOT EXISTS classifications (
    id   SMALLINT PRIMARY KEY,
    name VARCHAR NOT NULL UNIQUE
);

CREATE TABLE IF NOT EXISTS units (
    id   SMALLINT PRIMARY KEY,
    name VARCHAR NOT NULL UNIQUE
);

CREATE OR REPLACE MACRO record_reporter(k) AS CAST(k >> 53 AS SMALLINT);
CREATE OR REPLACE MACRO record_partner(k) AS CAST((k >> 43) & 1023 AS SMALLINT);
CREATE OR REPLACE MACRO record_flow(k) AS CAST((k >> 40) & 7 AS UTINYINT);
CREATE OR REPLACE MACRO record_year(k) AS CAST(((k >> 31) & 511) + 1900 AS SMALLINT);
CREATE OR REPLACE MACRO record_start_month(k) AS CAST((k >> 27) & 15 AS UTINYINT);
CREATE OR REPLACE MACRO record_months(k) AS CAST((k >> 23) & 15 AS UTINYINT);
CREATE OR REPLACE MACRO record_product_digits(k) AS CAST((k >> 20) & 7 AS UTINYINT);
CREATE OR REPLACE MACRO record_product_code(k) AS CAST(k & 1048575 AS INTEGER);
CREATE OR REPLACE MACRO record_derivation(d) AS CAST(d & 255 AS UTINYINT);
-- The first key of a reporter-partner pair; the pair's keys are [pair_key(a, b), pair_key(a, b) + 2^43).
CREATE OR REPLACE MACRO pair_key(reporter, partner) AS (CAST(reporter AS BIGINT) << 53) | (CAST(partner AS BIGINT) << 43);

-- The records with every field decoded, as the columns were before packing: for inspection and ad-hoc SQL.
CREATE OR REPLACE VIEW record_rows AS
SELECT r.release_id,
       record_reporter(r.key) AS reporter,
       record_partner(r.key) AS partner,
       record_flow(r.key) AS flow,
       record_year(r.key) AS year,
       record_start_month(r.key) AS start_month,
       record_months(r.key) AS months,
       record_product_code(r.key) AS product_code,
       record_product_digits(r.key) AS product_digits,
       c.name AS classification,
       r.value_usd,
       r.quantity,
       u.name AS quantity_unit,
       record_derivation(r.detail) AS derivation,
       r.published,
       r.source_line,
       r.key
FROM records r
LEFT JOIN units u ON u.id = (r.detail >> 8) & 4095
LEFT JOIN classifications c ON c.id = r.detail >> 20;

CREATE TABLE IF NOT EXISTS discrepancies (
    release_id      INTEGER NOT NULL,
    reporter        SMALLINT NOT NULL,
    partner         SMALLINT NOT NULL,
    flow            UTINYINT NOT NULL,
    period          VARCHAR NOT NULL,
    chosen_usd      DECIMAL(18, 2) NOT NULL,
    chosen_evidence VARCHAR NOT NULL,
    other_usd       DECIMAL(18, 2) NOT NULL,
    other_evidence  VARCHAR NOT NULL,
    reason          VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS skipped_rows (
    release_id INTEGER NOT NULL,
    reason     VARCHAR NOT NULL,
    row_count  BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS countries (
    code      SMALLINT PRIMARY KEY,
    name      VARCHAR NOT NULL,
    full_name VARCHAR NOT NULL,
    iso2      VARCHAR,
    iso3      VARCHAR
);

-- Days after a period's end when a source's figures are public, where neither the record nor its release says.
-- Documented approximations (README, "As of a date"): China's customs releases around the 7th-14th of the next
-- month; the US Census about five weeks after the month; KOSIS mid next month; IMF, Comtrade and BACI much later.
CREATE TABLE IF NOT EXISTS source_lags (
    source   VARCHAR PRIMARY KEY,
    lag_days INTEGER NOT NULL
);
INSERT OR REPLACE INTO source_lags VALUES
    ('Gacc', 14), ('UsCensus', 36), ('Kosis', 15), ('Imf', 90), ('Comtrade', 180), ('Baci', 540), ('Mapped', 0);

-- Records visible on a date, one per (source, key) = (source, reporter, partner, flow, period, product): the latest
-- vintage (latest release on a tie). pair_a/pair_b (both NULL = all pairs) select the pair's two key ranges before
-- anything else, each as its own range scan so that zone maps skip the other row groups (DuckDB does not prune on an
-- OR of ranges); totals_only keeps all-goods records (product digits 0) in the scan, before deduplication, which a
-- filter on the result cannot do. The latest vintage of each key is an arg_max (a hash aggregate, several
-- milliseconds cheaper on a pair query than QUALIFY row_number() over the same partitions), and the key is decoded
-- after it: planning, not running, is most of a pair query's time.
CREATE OR REPLACE MACRO visible_rows(as_of, pair_a, pair_b, totals_only) AS TABLE
WITH keyed AS (
    SELECT release_id, key, value_usd, quantity, detail, published, source_line FROM records
    WHERE pair_a IS NULL
      AND (NOT totals_only OR (key >> 20) & 7 = 0)
    UNION ALL
    SELECT release_id, key, value_usd, quantity, detail, published, source_line FROM records
    WHERE key BETWEEN pair_key(pair_a, pair_b) AND pair_key(pair_a, pair_b) + 8796093022207
      AND (NOT totals_only OR (key >> 20) & 7 = 0)
    UNION ALL
    SELECT release_id, key, value_usd, quantity, detail, published, source_line FROM records
    WHERE key BETWEEN pair_key(pair_b, pair_a) AND pair_key(pair_b, pair_a) + 8796093022207 AND pair_a <> pair_b
      AND (NOT totals_only OR (key >> 20) & 7 = 0)
),
scoped AS (
    SELECT r.*, l.source, l.vintage, l.ingested_at,
           coalesce(r.published, l.vintage,
                    CAST(make_date(record_year(r.key), record_start_month(r.key), 1) + to_months(record_months(r.key))
                         - INTERVAL 1 DAY + to_days(g.lag_days) AS DATE)) AS effective_published
    FROM keyed r
    JOIN releases l USING (release_id)
    LEFT JOIN source_lags g ON g.source = l.source
),
latest AS (
    SELECT source, key,
           arg_max({'release_id': release_id, 'value_usd': value_usd, 'quantity': quantity, 'detail': detail,
                    'published': published, 'source_line': source_line, 'vintage': vintage,
                    'effective_published': effective_published},
                   (coalesce(vintage, CAST(ingested_at AS DATE)), release_id)) AS r
    FROM scoped
    WHERE as_of IS NULL OR effective_published <= as_of
    GROUP BY source, key
)
SELECT r.release_id,
       record_reporter(key) AS reporter,
       record_partner(key) AS partner,
       record_flow(key) AS flow,
       record_year(key) AS year,
       record_start_month(key) AS start_month,
       record_months(key) AS months,
       record_product_code(key) AS product_code,
       record_product_digits(key) AS product_digits,
       r.value_usd, r.quantity, record_derivation(r.detail) AS derivation, r.published, r.source_line,
       source, r.vintage, r.effective_published
FROM latest;

-- Every product, or all-goods totals only (what series, year-to-date and coverage read).
CREATE OR REPLACE MACRO visible_records(as_of, pair_a, pair_b) AS TABLE
SELECT * FROM visible_rows(as_of, pair_a, pair_b, false);

CREATE OR REPLACE MACRO visible_totals(as_of, pair_a, pair_b) AS TABLE
SELECT * FROM visible_rows(as_of, pair_a, pair_b, true);
