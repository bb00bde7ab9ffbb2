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

-- No keys or indexes: bulk appends stay fast, and duplicate keys are checked set-based per release.
CREATE TABLE IF NOT EXISTS records (
    release_id     INTEGER NOT NULL,
    reporter       SMALLINT NOT NULL,
    partner        SMALLINT NOT NULL,
    flow           UTINYINT NOT NULL,     -- Flow enum: 1 export, 2 import, 3 re-export, 4 re-import, 5 turnover-only
    year           SMALLINT NOT NULL,
    start_month    UTINYINT NOT NULL,
    months         UTINYINT NOT NULL,
    product_code   INTEGER NOT NULL,      -- 0 with product_digits 0 = all goods
    product_digits UTINYINT NOT NULL,
    classification VARCHAR,
    value_usd      DECIMAL(18, 2) NOT NULL,
    quantity       DOUBLE,
    quantity_unit  VARCHAR,
    derivation     UTINYINT NOT NULL,
    published      DATE,
    source_line    BIGINT NOT NULL
);

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

-- Records visible on a date, one per (source, reporter, partner, flow, period, product): the latest vintage.
-- pair_a/pair_b (both NULL = all pairs) filter before the window, so a pair query reads only its row groups.
CREATE OR REPLACE MACRO visible_records(as_of, pair_a, pair_b) AS TABLE
WITH scoped AS (
    SELECT r.*, l.source, l.vintage, l.ingested_at,
           coalesce(r.published, l.vintage,
                    CAST(make_date(r.year, r.start_month, 1) + to_months(r.months) - INTERVAL 1 DAY + to_days(g.lag_days) AS DATE)) AS effective_published
    FROM records r
    JOIN releases l USING (release_id)
    LEFT JOIN source_lags g ON g.source = l.source
    WHERE pair_a IS NULL
       OR (r.reporter = pair_a AND r.partner = pair_b)
       OR (r.reporter = pair_b AND r.partner = pair_a)
)
SELECT * EXCLUDE (ingested_at) FROM scoped
WHERE as_of IS NULL OR effective_published <= as_of
QUALIFY row_number() OVER (
    PARTITION BY source, reporter, partner, flow, year, start_month, months, product_code, product_digits
    ORDER BY coalesce(vintage, CAST(ingested_at AS DATE)) DESC, release_id DESC) = 1;
