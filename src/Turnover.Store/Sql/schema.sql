-- Turnover store schema. Every statement is idempotent: a writable open of a store whose schema version (store_meta)
-- is older, or whose schema fingerprint differs, re-runs it harmlessly. Raise TradeStore.CurrentSchemaVersion
-- (TradeStore.Schema.cs) with every change here. Placeholders (a dotted name in braces) are filled from C# before it runs
-- (Internal/SqlText.cs): flow and derivation codes, the record key's and detail's bit layout, the reconciled sources.
CREATE TABLE IF NOT EXISTS store_meta (
    name  VARCHAR PRIMARY KEY,          -- schema_version; schema (a fingerprint of this text as run and the sources);
                                        -- countries (a fingerprint of the country catalogue)
    value VARCHAR NOT NULL
);

CREATE SEQUENCE IF NOT EXISTS release_ids START 1;

-- A release is a file's bytes read one way: identity_hash (ReleaseReading.Identity) covers the bytes and every input
-- that changes the values (format, mapping, rates...), listed in release_reading. The same bytes read another way are
-- a new release, so content_hash (the bytes' SHA-256) is not unique. Stores of schema 4 and older had content_hash
-- UNIQUE: TradeStore.Migrate rebuilds the table (migrate_v4.sql); their releases keep identity_hash NULL (reading not
-- recorded). A retracted release (retracted_at set) keeps its records for audit, but no query reads them: queries
-- join live_releases(), never releases.
CREATE TABLE IF NOT EXISTS releases (
    release_id        INTEGER PRIMARY KEY,
    source            VARCHAR NOT NULL,      -- sources.source: Gacc, Comtrade, ...
    format            VARCHAR NOT NULL,      -- reader format: gacc, comtrade, ...
    dataset           VARCHAR NOT NULL,
    file_name         VARCHAR NOT NULL,
    content_hash      VARCHAR NOT NULL,
    vintage           DATE,                  -- publication date where the file states it
    ingested_at       TIMESTAMP NOT NULL,
    rows_read         BIGINT NOT NULL,
    rows_stored       BIGINT NOT NULL,
    note              VARCHAR NOT NULL,
    identity_hash     VARCHAR UNIQUE,
    retracted_at      TIMESTAMP,
    retraction_reason VARCHAR,
    conversion_from   VARCHAR,               -- ISO 4217 code the values were converted from; NULL: published in USD
    conversion_rates  VARCHAR,               -- the exchange-rate file used (name only); NULL: not recorded
    updated_on        DATE                   -- the day the file says its figures were last updated (Wind's Update row), not a publication date
);

-- Schema 7 made a release's currency conversion fields of its own (before, only its note said it): older stores get
-- the columns here, and TradeStore.Migrate fills them from the notes.
ALTER TABLE releases ADD COLUMN IF NOT EXISTS conversion_from VARCHAR;
ALTER TABLE releases ADD COLUMN IF NOT EXISTS conversion_rates VARCHAR;
-- Schema 17: older stores' releases have no such day (NULL).
ALTER TABLE releases ADD COLUMN IF NOT EXISTS updated_on DATE;

-- How each release was read: its ReleaseReading components in order (bytes, format, mapping, rates, ...).
CREATE TABLE IF NOT EXISTS release_reading (
    release_id  INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    name        VARCHAR NOT NULL,
    label       VARCHAR NOT NULL,
    fingerprint VARCHAR NOT NULL
);

-- The releases every answer reads: all but the retracted. A table macro, not a view, so that it always has every
-- column of releases (a view keeps the columns it was created with).
CREATE OR REPLACE MACRO live_releases() AS TABLE SELECT * FROM releases WHERE retracted_at IS NULL;

-- One row per stored figure, packed so a ten-million-row load appends seven fixed-width columns and no text
-- (per-row strings and narrow columns were most of the load time). Read it through record_rows or the
-- record_* macros below, never by bit-twiddling in queries. No keys or indexes: bulk appends stay fast, and
-- duplicate keys are checked per release while loading (Internal/DuplicateScreen.cs).
CREATE TABLE IF NOT EXISTS records (
    release_id  INTEGER NOT NULL,
    -- (reporter, partner, flow, year, start_month, months, product_digits, product_code), most significant first,
    -- so one reporter-partner pair is one contiguous key range (Internal/RecordKey.cs defines the layout):
    -- reporter 10 bits | partner 10 | flow 3 | year - 1900 9 | start_month 4 | months 4 | product_digits 3 | product_code 20
    key         BIGINT NOT NULL,
    value_usd   DECIMAL(18, 2) NOT NULL,
    quantity    DOUBLE,
    -- derivation (bits 0-7) | units.id (bits 8-19, 0 = no quantity) | classifications.id (bits 20-30, 0 = unknown)
    -- (Internal/RecordDetail.cs defines the layout)
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

-- Commodities of classifications that are not the HS (FAO's fishery commodities), known by name (schema 12): a record
-- of one has product digits 7 (Core's Product.CommodityDigits) and this table's id as its product code. Never summed
-- into HS chapters or headings, and never a pair's total. Empty in older stores.
CREATE TABLE IF NOT EXISTS commodities (
    id   SMALLINT PRIMARY KEY,
    name VARCHAR NOT NULL UNIQUE
);

CREATE OR REPLACE MACRO record_reporter(k) AS CAST(k >> {Key.Reporter.Shift} AS SMALLINT);
CREATE OR REPLACE MACRO record_partner(k) AS CAST((k >> {Key.Partner.Shift}) & {Key.Partner.Mask} AS SMALLINT);
CREATE OR REPLACE MACRO record_flow(k) AS CAST((k >> {Key.Flow.Shift}) & {Key.Flow.Mask} AS UTINYINT);
CREATE OR REPLACE MACRO record_year(k) AS CAST(((k >> {Key.Year.Shift}) & {Key.Year.Mask}) + {Key.YearBase} AS SMALLINT);
CREATE OR REPLACE MACRO record_start_month(k) AS CAST((k >> {Key.StartMonth.Shift}) & {Key.StartMonth.Mask} AS UTINYINT);
CREATE OR REPLACE MACRO record_months(k) AS CAST((k >> {Key.Months.Shift}) & {Key.Months.Mask} AS UTINYINT);
CREATE OR REPLACE MACRO record_product_digits(k) AS CAST((k >> {Key.ProductDigits.Shift}) & {Key.ProductDigits.Mask} AS UTINYINT);
CREATE OR REPLACE MACRO record_product_code(k) AS CAST(k & {Key.ProductCode.Mask} AS INTEGER);
CREATE OR REPLACE MACRO record_derivation(d) AS CAST(d & {Detail.Derivation.Mask} AS UTINYINT);
-- The period fields of a key (year, start month, months) as one number: equal exactly when the periods are.
CREATE OR REPLACE MACRO record_period(k) AS CAST((k >> {Key.Months.Shift}) & ((1 << ({Key.Year.Bits} + {Key.StartMonth.Bits} + {Key.Months.Bits})) - 1) AS INTEGER);
-- The edition of a product line (its classification's id, 0: not known); NULL for a total or a commodity line, which
-- are never summed with product lines of an edition.
CREATE OR REPLACE MACRO record_edition(k, d) AS
    CASE WHEN record_product_digits(k) BETWEEN 1 AND 6 THEN CAST(d >> {Detail.Classification.Shift} AS SMALLINT) END;
-- The first key of a reporter-partner pair; the pair's keys are [pair_key(a, b), pair_key(a, b) + {Key.PairLast}].
CREATE OR REPLACE MACRO pair_key(reporter, partner) AS (CAST(reporter AS BIGINT) << {Key.Reporter.Shift}) | (CAST(partner AS BIGINT) << {Key.Partner.Shift});

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
LEFT JOIN units u ON u.id = (r.detail >> {Detail.Unit.Shift}) & {Detail.Unit.Mask}
LEFT JOIN classifications c ON c.id = r.detail >> {Detail.Classification.Shift};

-- Which reporters and periods each release's records are of, and in which editions (schema 13): a handful of rows per
-- release, written with its records, so that a load asks whether it can clash with an edition (Sql/edition_clashes.sql)
-- or revise a figure (TradeStore.DateRevisions) without scanning the store's records. Older stores are filled from
-- their records when they open (migrate_v12.sql).
CREATE TABLE IF NOT EXISTS release_periods (
    release_id INTEGER NOT NULL,
    reporter   SMALLINT NOT NULL,
    period     INTEGER NOT NULL,   -- record_period(key)
    edition    SMALLINT            -- record_edition(key, detail)
);

-- Each release's product lines counted per level key (a total's key and the product level, key >> {Key.ProductDigits.Shift})
-- and publication date (schema 14), and their values summed (schema 15): a few tens of thousands of rows per BACI year
-- against its ten million lines, written with its records after their dates are final (TradeStore.Load), so that
-- coverage of every pair (every_visible_total_count), a pair's coverage and its totals (visible_pair_totals) read
-- this instead of the records. Written in level-key order (each release's rows; the whole
-- table when a store is migrated), so that zone maps narrow a pair's key ranges. Older stores are filled from their
-- records when they open (migrate_v13.sql, run again for schema 14 stores to add the sums).
CREATE TABLE IF NOT EXISTS release_levels (
    release_id INTEGER NOT NULL,
    level_key  BIGINT NOT NULL,
    published  DATE,
    lines      BIGINT NOT NULL,
    value_usd  DECIMAL(38, 2)            -- sum(records.value_usd), as visible_totals sums them; NULL only mid-migration
);

ALTER TABLE release_levels ADD COLUMN IF NOT EXISTS value_usd DECIMAL(38, 2);

-- The keys a release shares with an earlier live release of its source, per level key and the two releases' rows of
-- release_levels (schema 16): written by the later release's load for every pair of their rows at a level both hold
-- (shared = 0 where they hold none in common), with both sides' values over the shared keys. Keys are distinct
-- within a release, so a level two releases hold has their lines less the shared ones as its distinct keys, and
-- coverage of every pair (every_visible_total_count) counts a revised year without reading its records. A level of
-- three releases or more, or of two whose pairs are not all here (a store revised before schema 16), is counted
-- from the records as before.
CREATE TABLE IF NOT EXISTS release_overlaps (
    release_id       INTEGER NOT NULL,   -- the later release (the one whose load counted)
    other_release_id INTEGER NOT NULL,   -- the earlier one
    level_key        BIGINT NOT NULL,
    published        DATE,               -- the later release's row of release_levels
    other_published  DATE,               -- the earlier release's row
    shared           BIGINT NOT NULL,
    value_usd        DECIMAL(38, 2) NOT NULL,   -- the later release's values of the shared keys
    other_value_usd  DECIMAL(38, 2) NOT NULL    -- the earlier release's
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

-- Growth rates as the publisher printed them (percent, against the same period a year earlier), one per release,
-- reporter, partner, flow and period: shown beside the rates computed from rounded levels, and the evidence that
-- tells a wrong level (schema v7). published as for records; evidence the page or file:line of the kept report.
CREATE TABLE IF NOT EXISTS published_rates (
    release_id  INTEGER NOT NULL,
    reporter    SMALLINT NOT NULL,
    partner     SMALLINT NOT NULL,
    flow        UTINYINT NOT NULL,
    year        SMALLINT NOT NULL,
    start_month UTINYINT NOT NULL,
    months      UTINYINT NOT NULL,
    rate_pct    DECIMAL(9, 3) NOT NULL,
    published   DATE,
    source_line BIGINT NOT NULL,
    evidence    VARCHAR NOT NULL
);

-- Reports of one published rate that disagree beyond rounding with the rate kept (as discrepancies for values).
CREATE TABLE IF NOT EXISTS rate_disagreements (
    release_id      INTEGER NOT NULL,
    reporter        SMALLINT NOT NULL,
    partner         SMALLINT NOT NULL,
    flow            UTINYINT NOT NULL,
    period          VARCHAR NOT NULL,
    chosen_pct      DECIMAL(9, 3) NOT NULL,
    chosen_evidence VARCHAR NOT NULL,
    other_pct       DECIMAL(9, 3) NOT NULL,
    other_evidence  VARCHAR NOT NULL,
    reason          VARCHAR NOT NULL
);

-- Figures as pages stated them, with their words (news-sourced tables: Russia's side of Russia-China trade), one
-- row per row of the file (schema v10). start_month and months are NULL where the page gave only an approximate span;
-- value_usd NULL for a rate-only row, rate_pct NULL where no rate was stated; attribution an Attribution name.
CREATE TABLE IF NOT EXISTS stated_figures (
    release_id       INTEGER NOT NULL,
    reporter         SMALLINT NOT NULL,
    partner          SMALLINT NOT NULL,
    flow             UTINYINT NOT NULL,
    year             SMALLINT NOT NULL,
    start_month      UTINYINT,
    months           UTINYINT,
    value_usd        DECIMAL(18, 2),
    rate_pct         DECIMAL(9, 3),
    coverage         VARCHAR NOT NULL,
    attribution      VARCHAR NOT NULL,
    attribution_note VARCHAR NOT NULL,
    evidence         VARCHAR NOT NULL,
    quote            VARCHAR NOT NULL,
    source_line      BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS skipped_rows (
    release_id INTEGER NOT NULL,
    reason     VARCHAR NOT NULL,
    row_count  BIGINT NOT NULL
);

-- Targets a user registered with 'turnover target add'. The bundled data/targets.json is never rewritten: what a
-- user adds lives with the figures it is judged on. Countries by trade code; metric and basis by their enum names.
CREATE TABLE IF NOT EXISTS user_targets (
    name           VARCHAR PRIMARY KEY,
    first_country  SMALLINT NOT NULL,
    second_country SMALLINT NOT NULL,
    metric         VARCHAR NOT NULL,
    amount_usd     DECIMAL(18, 2) NOT NULL,
    basis          VARCHAR NOT NULL,
    from_year      SMALLINT NOT NULL,
    deadline_year  SMALLINT NOT NULL,
    baseline_year  SMALLINT,
    announced_by   VARCHAR NOT NULL,
    announced_on   DATE NOT NULL,
    source         VARCHAR NOT NULL,
    note           VARCHAR NOT NULL,
    added_at       TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS countries (
    code      SMALLINT PRIMARY KEY,
    name      VARCHAR NOT NULL,
    full_name VARCHAR NOT NULL,
    iso2      VARCHAR,
    iso3      VARCHAR
);

-- Every source as Core's SourceCatalog declares it, one row each: TradeStore.SyncSources rewrites the table from the
-- catalogue whenever this schema runs (a new store, an upgrade, a changed catalogue), so no source lacks its row.
-- lag_days: days after a period's end when a source's figures are public, where neither the record nor its release
-- says (documented approximations, README "As of a date"). Valuations are ValuationBasis names. Replaces source_lags
-- (schema 6 and older).
CREATE TABLE IF NOT EXISTS sources (
    source            VARCHAR PRIMARY KEY,   -- the code releases.source holds
    kind              UTINYINT NOT NULL,     -- SourceKind value
    name              VARCHAR NOT NULL,
    reader_format     VARCHAR NOT NULL,
    lag_days          INTEGER NOT NULL,
    exports_valuation VARCHAR NOT NULL,
    imports_valuation VARCHAR NOT NULL,
    reconciled        BOOLEAN NOT NULL,
    converts_currency BOOLEAN NOT NULL
);

-- When a record became public: its own date, else its release's vintage, else the end of its period (from the key)
-- plus the source's lag.
CREATE OR REPLACE MACRO record_public(published, vintage, k, lag_days) AS
    coalesce(published, vintage,
             CAST(make_date(record_year(k), record_start_month(k), 1) + to_months(record_months(k)) - INTERVAL 1 DAY
                  + to_days(lag_days) AS DATE));

-- Published rates visible on a date, one per (source, reporter, partner, flow, period): the same rules as records
-- (visible_latest): public by its own date, else its release's vintage, else the period's end plus the source's lag;
-- the latest published (latest release on a tie). One reporter-partner pair in both directions, or every pair
-- (pair_a NULL). The one place that decides which rates count: extend it, not its callers.
CREATE OR REPLACE MACRO visible_published_rates(as_of, pair_a, pair_b) AS TABLE
WITH scoped AS (
    SELECT p.*, l.source, l.vintage, l.ingested_at,
           coalesce(p.published, l.vintage,
                    CAST(make_date(p.year, p.start_month, 1) + to_months(p.months) - INTERVAL 1 DAY + to_days(coalesce(g.lag_days, 0)) AS DATE))
               AS effective_published
    FROM published_rates p
    JOIN live_releases() l USING (release_id)
    LEFT JOIN sources g ON g.source = l.source
    WHERE pair_a IS NULL OR (p.reporter = pair_a AND p.partner = pair_b) OR (p.reporter = pair_b AND p.partner = pair_a)
)
SELECT source, reporter, partner, flow, year, start_month, months,
       arg_max(rate_pct, (effective_published, release_id)) AS rate_pct,
       arg_max(published, (effective_published, release_id)) AS published,
       arg_max(source_line, (effective_published, release_id)) AS source_line,
       arg_max(evidence, (effective_published, release_id)) AS evidence,
       arg_max(release_id, (effective_published, release_id)) AS release_id
FROM scoped
WHERE as_of IS NULL OR effective_published <= as_of
GROUP BY source, reporter, partner, flow, year, start_month, months;

-- The records of one reporter-partner pair in both directions, or every record (pair_a NULL). Each direction is its
-- own range scan so that zone maps skip the other row groups (DuckDB does not prune on an OR of ranges).
CREATE OR REPLACE MACRO pair_records(pair_a, pair_b) AS TABLE
SELECT release_id, key, value_usd, quantity, detail, published, source_line FROM records
WHERE pair_a IS NULL
UNION ALL
SELECT release_id, key, value_usd, quantity, detail, published, source_line FROM records
WHERE key BETWEEN pair_key(pair_a, pair_b) AND pair_key(pair_a, pair_b) + {Key.PairLast}
UNION ALL
SELECT release_id, key, value_usd, quantity, detail, published, source_line FROM records
WHERE key BETWEEN pair_key(pair_b, pair_a) AND pair_key(pair_b, pair_a) + {Key.PairLast} AND pair_a <> pair_b;

-- Records visible on a date, one per (source, key) = (source, reporter, partner, flow, period, product): the one
-- published last (record_public: its own date, its release's vintage, else the lag estimate; the latest release on a
-- tie), still packed; pair_a/pair_b as in pair_records. Not the order of ingestion: an older undated file stored
-- after a dated revision must not win. The latest of each key is an arg_max (a hash aggregate, several
-- milliseconds cheaper on a pair query than QUALIFY row_number() over the same partitions), and keys are decoded
-- only by the macros below: planning, not running, is most of a pair query's time.
CREATE OR REPLACE MACRO visible_latest(as_of, pair_a, pair_b) AS TABLE
WITH scoped AS (
    SELECT r.*, l.source, l.vintage, l.ingested_at, record_public(r.published, l.vintage, r.key, g.lag_days) AS effective_published
    FROM pair_records(pair_a, pair_b) r
    JOIN live_releases() l USING (release_id)
    LEFT JOIN sources g ON g.source = l.source
)
SELECT source, key,
       arg_max({'release_id': release_id, 'value_usd': value_usd, 'quantity': quantity, 'detail': detail,
                'published': published, 'source_line': source_line, 'vintage': vintage,
                'effective_published': effective_published},
               (effective_published, release_id)) AS r
FROM scoped
WHERE as_of IS NULL OR effective_published <= as_of
GROUP BY source, key;

-- Every visible record (every product), decoded: for inspection and ad-hoc SQL.
CREATE OR REPLACE MACRO visible_records(as_of, pair_a, pair_b) AS TABLE
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
FROM visible_latest(as_of, pair_a, pair_b);

-- Whether a level of product lines may stand for the all-goods total: a published total (digits 0) always; the lines
-- of a reconciled dataset (BACI, which lists every product a pair traded) at any level; any other source's lines only
-- as HS2 chapters, at least 90 of the 97: a download of a few headings (e.g. Thailand's imports of HS 8542 alone) is
-- not the pair's trade, and it cannot be told from a complete HS4 or HS6 breakdown by counting lines. The reconciled
-- list comes from SourceCatalog (Core).
CREATE OR REPLACE MACRO summable_level(source, digits, lines) AS
    digits = 0 OR source IN ({Sources.Reconciled}) OR (digits = 2 AND lines >= 90);

-- All-goods totals visible on a date, one per (source, reporter, partner, flow, period), for one pair (pair_a, pair_b
-- as in pair_records): what series and year-to-date read. The published total (product digits 0) where one is
-- visible; otherwise the sum of the product lines of the coarsest level present (HS2, else HS4, else HS6) that
-- summable_level accepts. Levels are
-- never added together: a file holding both chapters and headings (Comtrade's isAggregate rows) describes the same
-- trade twice. Vintages are resolved per product first (visible_latest), then summed, so a revised line replaces its
-- earlier vintage inside the sum. lines is 0 for a published total, else the number of lines summed; product_digits
-- is the level summed (0 = published). The key's low 23 bits are the product, so key >> 20 is a total's key plus
-- the product level (a "level key") and key >> 23 the total's (RecordKey.cs: the code's 20 bits, then the digits' 3;
-- written below as placeholders): two small hash aggregates on integers, decoded once
-- at the end. Exact for every pair too, but taking each key's latest vintage over a whole store is slow (10 M BACI
-- lines: 12 s, 2 GB): coverage of every pair uses every_visible_total_count.
CREATE OR REPLACE MACRO visible_totals(as_of, pair_a, pair_b) AS TABLE
WITH levels AS (
    SELECT source, key >> {Key.ProductDigits.Shift} AS level_key, sum(r.value_usd) AS value_usd, count(*) AS lines
    FROM visible_latest(as_of, pair_a, pair_b)
    GROUP BY source, key >> {Key.ProductDigits.Shift}
),
chosen AS (
    SELECT source, (level_key >> {Key.ProductDigits.Bits}) << {Key.Product.Bits} AS key,
           arg_min({'value_usd': value_usd, 'lines': lines, 'digits': level_key & {Key.ProductDigits.Mask}}, level_key) AS t
    FROM levels
    WHERE summable_level(source, level_key & {Key.ProductDigits.Mask}, lines)
    GROUP BY source, level_key >> {Key.ProductDigits.Bits}
)
SELECT source,
       record_reporter(key) AS reporter,
       record_partner(key) AS partner,
       record_flow(key) AS flow,
       record_year(key) AS year,
       record_start_month(key) AS start_month,
       record_months(key) AS months,
       CAST(t.digits AS UTINYINT) AS product_digits,
       CAST(CASE WHEN t.digits = 0 THEN 0 ELSE t.lines END AS BIGINT) AS lines,
       t.value_usd
FROM chosen;

-- One pair's rows of release_levels (pair_a, pair_b as in pair_records), every release's. Each direction its own range
-- scan, as in pair_records: the table is in level-key order, so zone maps prune each (an OR of the two ranges read two
-- whole row groups, 7 ms more at 250 M lines).
CREATE OR REPLACE MACRO pair_release_rows(pair_a, pair_b) AS TABLE
SELECT * FROM release_levels
WHERE level_key BETWEEN pair_key(pair_a, pair_b) >> {Key.ProductDigits.Shift} AND (pair_key(pair_a, pair_b) + {Key.PairLast}) >> {Key.ProductDigits.Shift}
UNION ALL
SELECT * FROM release_levels
WHERE level_key BETWEEN pair_key(pair_b, pair_a) >> {Key.ProductDigits.Shift} AND (pair_key(pair_b, pair_a) + {Key.PairLast}) >> {Key.ProductDigits.Shift}
  AND pair_a <> pair_b;

-- One pair's rows of release_levels per source and level, as visible on a date: their lines and values summed over
-- the live releases, and whether several releases hold the level (revised).
CREATE OR REPLACE MACRO pair_release_levels(as_of, pair_a, pair_b) AS TABLE
SELECT l.source, p.level_key, sum(p.value_usd) AS value_usd, sum(p.lines) AS lines, min(p.release_id) <> max(p.release_id) AS revised
FROM pair_release_rows(pair_a, pair_b) p
JOIN live_releases() l USING (release_id)
LEFT JOIN sources g ON g.source = l.source
WHERE as_of IS NULL OR record_public(p.published, l.vintage, p.level_key << {Key.ProductDigits.Shift}, g.lag_days) <= as_of
GROUP BY l.source, p.level_key;

-- How one pair's revised levels (held by several live releases, on any date) can be summed: per level, how many
-- releases hold it, and whether release_overlaps counted every pair of their rows. A pair whose revised levels are
-- each of two releases, every pair counted, is read by counted_pair_totals without its records (TradeStore.PairRevisions).
CREATE OR REPLACE MACRO pair_revisions(pair_a, pair_b) AS TABLE
WITH parts AS (
    SELECT l.source, p.release_id, p.level_key, p.published
    FROM pair_release_rows(pair_a, pair_b) p
    JOIN live_releases() l USING (release_id)
),
revised AS (
    SELECT source, level_key, count(*) AS releases, max(n_rows) * min(n_rows) AS pairs
    FROM (SELECT source, level_key, release_id, count(*) AS n_rows FROM parts GROUP BY ALL)
    GROUP BY source, level_key
    HAVING count(*) > 1
),
counted AS (
    SELECT n.source, n.level_key, count(*) AS pairs
    FROM parts n
    JOIN release_overlaps o ON o.release_id = n.release_id AND o.level_key = n.level_key AND o.published IS NOT DISTINCT FROM n.published
    JOIN parts e ON e.source = n.source AND e.level_key = o.level_key AND e.release_id = o.other_release_id AND e.published IS NOT DISTINCT FROM o.other_published
    SEMI JOIN revised r ON r.source = n.source AND r.level_key = n.level_key
    GROUP BY ALL
)
SELECT r.source, r.level_key, r.releases, r.releases = 2 AND coalesce(c.pairs, 0) = r.pairs AS counted
FROM revised r
LEFT JOIN counted c USING (source, level_key);

-- visible_totals for one pair, from release_levels: the same rows, without reading the pair's records where one release
-- holds a level's visible lines (nearly always). A pair's records lie in every release that holds it, two key ranges
-- in each (50 row groups for China-Russia in a store of 25 BACI years: 32 ms of a 55 ms series at 250 M lines), its
-- level keys in two ranges of a table a two-hundredth the size. Keys are distinct within a release, so there each
-- key's latest visible vintage is its only visible line, and the release's sum (per publication date, filtered as of
-- the date) is the sum visible_totals takes. A level whose visible lines come from several releases (a revision) takes
-- each key's latest vintage from the records before summing, as visible_latest does; when no level is revised the
-- empty semi join ends that scan at once. Its lines are those visible_total_counts counts, so a pair's coverage reads
-- this too. bench/README.md has the figures.
CREATE OR REPLACE MACRO visible_pair_totals(as_of, pair_a, pair_b) AS TABLE
WITH per_release AS (
    SELECT * FROM pair_release_levels(as_of, pair_a, pair_b)
),
-- Filtered to the revised levels before taking each key's latest vintage, so that the aggregate sees their lines only.
revised AS (
    SELECT source, key >> {Key.ProductDigits.Shift} AS level_key, sum(value_usd) AS value_usd, count(*) AS lines
    FROM (
        SELECT l.source, r.key, arg_max(r.value_usd, (record_public(r.published, l.vintage, r.key, g.lag_days), r.release_id)) AS value_usd
        FROM pair_records(pair_a, pair_b) r
        JOIN live_releases() l USING (release_id)
        LEFT JOIN sources g ON g.source = l.source
        SEMI JOIN (SELECT source, level_key FROM per_release WHERE revised) x ON x.source = l.source AND x.level_key = r.key >> {Key.ProductDigits.Shift}
        WHERE as_of IS NULL OR record_public(r.published, l.vintage, r.key, g.lag_days) <= as_of
        GROUP BY l.source, r.key
    )
    GROUP BY ALL
),
levels AS (
    SELECT source, level_key, value_usd, lines FROM per_release WHERE NOT revised
    UNION ALL
    SELECT source, level_key, value_usd, lines FROM revised
),
chosen AS (
    SELECT source, (level_key >> {Key.ProductDigits.Bits}) << {Key.Product.Bits} AS key,
           arg_min({'value_usd': value_usd, 'lines': lines, 'digits': level_key & {Key.ProductDigits.Mask}}, level_key) AS t
    FROM levels
    WHERE summable_level(source, level_key & {Key.ProductDigits.Mask}, lines)
    GROUP BY source, level_key >> {Key.ProductDigits.Bits}
)
SELECT source,
       record_reporter(key) AS reporter,
       record_partner(key) AS partner,
       record_flow(key) AS flow,
       record_year(key) AS year,
       record_start_month(key) AS start_month,
       record_months(key) AS months,
       CAST(t.digits AS UTINYINT) AS product_digits,
       CAST(CASE WHEN t.digits = 0 THEN 0 ELSE t.lines END AS BIGINT) AS lines,
       t.value_usd
FROM chosen;

-- visible_pair_totals without its revised-levels branch, whose planning costs a third of a pair query (6 of 19 ms):
-- exact only for a pair none of whose levels two live releases hold, which TradeStore.PairHasRevisions checks first.
CREATE OR REPLACE MACRO unrevised_pair_totals(as_of, pair_a, pair_b) AS TABLE
WITH chosen AS (
    SELECT source, (level_key >> {Key.ProductDigits.Bits}) << {Key.Product.Bits} AS key,
           arg_min({'value_usd': value_usd, 'lines': lines, 'digits': level_key & {Key.ProductDigits.Mask}}, level_key) AS t
    FROM pair_release_levels(as_of, pair_a, pair_b)
    WHERE summable_level(source, level_key & {Key.ProductDigits.Mask}, lines)
    GROUP BY source, level_key >> {Key.ProductDigits.Bits}
)
SELECT source,
       record_reporter(key) AS reporter,
       record_partner(key) AS partner,
       record_flow(key) AS flow,
       record_year(key) AS year,
       record_start_month(key) AS start_month,
       record_months(key) AS months,
       CAST(t.digits AS UTINYINT) AS product_digits,
       CAST(CASE WHEN t.digits = 0 THEN 0 ELSE t.lines END AS BIGINT) AS lines,
       t.value_usd
FROM chosen;

-- visible_pair_totals for a pair whose revised levels are each held by two releases whose load counted every pair of
-- their rows (pair_revisions): a level's lines and values are its rows' sums less what the later release shares with
-- the earlier one (release_overlaps), counted once, so taken off once; of the shared keys' values, the one taken off is
-- the one visible_totals does not take (its latest by publication, then release: the earlier publication, or the
-- earlier release on a tie). No records are read.
CREATE OR REPLACE MACRO counted_pair_totals(as_of, pair_a, pair_b) AS TABLE
WITH parts AS (
    SELECT l.source, p.release_id, p.level_key, p.published, p.lines, p.value_usd,
           record_public(p.published, l.vintage, p.level_key << {Key.ProductDigits.Shift}, g.lag_days) AS public
    FROM pair_release_rows(pair_a, pair_b) p
    JOIN live_releases() l USING (release_id)
    LEFT JOIN sources g ON g.source = l.source
    WHERE as_of IS NULL OR record_public(p.published, l.vintage, p.level_key << {Key.ProductDigits.Shift}, g.lag_days) <= as_of
),
shared AS (
    SELECT n.source, n.level_key, sum(o.shared) AS lines,
           sum(CASE WHEN n.public >= e.public THEN o.other_value_usd ELSE o.value_usd END) AS value_usd
    FROM parts n
    JOIN release_overlaps o ON o.release_id = n.release_id AND o.level_key = n.level_key AND o.published IS NOT DISTINCT FROM n.published
    JOIN parts e ON e.source = n.source AND e.level_key = o.level_key AND e.release_id = o.other_release_id AND e.published IS NOT DISTINCT FROM o.other_published
    GROUP BY ALL
),
levels AS (
    SELECT p.source, p.level_key, sum(p.value_usd) - coalesce(any_value(s.value_usd), 0) AS value_usd, sum(p.lines) - coalesce(any_value(s.lines), 0) AS lines
    FROM parts p
    LEFT JOIN shared s USING (source, level_key)
    GROUP BY p.source, p.level_key
),
chosen AS (
    SELECT source, (level_key >> {Key.ProductDigits.Bits}) << {Key.Product.Bits} AS key,
           arg_min({'value_usd': value_usd, 'lines': lines, 'digits': level_key & {Key.ProductDigits.Mask}}, level_key) AS t
    FROM levels
    WHERE summable_level(source, level_key & {Key.ProductDigits.Mask}, lines)
    GROUP BY source, level_key >> {Key.ProductDigits.Bits}
)
SELECT source,
       record_reporter(key) AS reporter,
       record_partner(key) AS partner,
       record_flow(key) AS flow,
       record_year(key) AS year,
       record_start_month(key) AS start_month,
       record_months(key) AS months,
       CAST(t.digits AS UTINYINT) AS product_digits,
       CAST(CASE WHEN t.digits = 0 THEN 0 ELSE t.lines END AS BIGINT) AS lines,
       t.value_usd
FROM chosen;

-- The totals of visible_totals without their values (what coverage needs), for one pair: each level's visible lines
-- counted as distinct keys, which is what taking each key's latest vintage first would count.
CREATE OR REPLACE MACRO visible_total_counts(as_of, pair_a, pair_b) AS TABLE
WITH levels AS (
    SELECT l.source, r.key >> {Key.ProductDigits.Shift} AS level_key, count(DISTINCT r.key) AS lines
    FROM pair_records(pair_a, pair_b) r
    JOIN live_releases() l USING (release_id)
    LEFT JOIN sources g ON g.source = l.source
    WHERE as_of IS NULL OR record_public(r.published, l.vintage, r.key, g.lag_days) <= as_of
    GROUP BY ALL
)
SELECT source,
       record_reporter(key) AS reporter,
       record_partner(key) AS partner,
       record_flow(key) AS flow,
       record_year(key) AS year,
       record_start_month(key) AS start_month,
       record_months(key) AS months,
       CAST(digits AS UTINYINT) AS product_digits,
       CAST(CASE WHEN digits = 0 THEN 0 ELSE lines END AS BIGINT) AS lines
FROM (
    SELECT source, (level_key >> {Key.ProductDigits.Bits}) << {Key.Product.Bits} AS key, min(level_key) & {Key.ProductDigits.Mask} AS digits,
           arg_min(lines, level_key) AS lines
    FROM levels
    WHERE summable_level(source, level_key & {Key.ProductDigits.Mask}, lines)
    GROUP BY source, level_key >> {Key.ProductDigits.Bits}
);

-- visible_total_counts over every record, cheaply: a distinct count of 10 M keys takes 1.7 s on one core (and taking
-- each key's latest vintage, as visible_totals does, 12 s and 2 GB). Keys are distinct within a release, so where one
-- release holds a level's visible lines (nearly always) they are counted per release without looking at single keys,
-- from release_levels (grouping the records themselves took 2.2-2.4 s for every pair of a 100-million-line store).
-- A level two releases hold (a revision) is their lines less the keys they share, as the later one's load counted them
-- (release_overlaps), when it counted every pair of their visible rows; any other level held by several releases counts
-- its distinct keys from the records (a revised 10 M-line year took 5.6 s so). Not used for one pair: its second scan
-- costs more to plan (~5 ms) than a pair's distinct count costs to run.
CREATE OR REPLACE MACRO every_visible_total_count(as_of) AS TABLE
WITH parts AS (
    -- published stays in the group: a record's own publication date decides when it is visible.
    SELECT l.source, p.release_id, p.level_key, p.published, p.lines
    FROM release_levels p
    JOIN live_releases() l USING (release_id)
    LEFT JOIN sources g ON g.source = l.source
    WHERE as_of IS NULL OR record_public(p.published, l.vintage, p.level_key << {Key.ProductDigits.Shift}, g.lag_days) <= as_of
),
per_release AS (
    SELECT source, level_key, sum(lines) AS lines, min(release_id) <> max(release_id) AS revised
    FROM parts
    GROUP BY source, level_key
),
revised_parts AS (
    SELECT p.* FROM parts p SEMI JOIN (SELECT source, level_key FROM per_release WHERE revised) x USING (source, level_key)
),
-- Levels of exactly two releases, and how many pairs of their rows the overlaps must cover: one row of one times
-- the rows of the other (a release has one row per publication date at a level).
two_releases AS (
    SELECT source, level_key, max(n_rows) * min(n_rows) AS pairs
    FROM (SELECT source, level_key, release_id, count(*) AS n_rows FROM revised_parts GROUP BY ALL)
    GROUP BY source, level_key
    HAVING count(*) = 2
),
shared_keys AS (
    SELECT n.source, n.level_key, sum(o.shared) AS shared, count(*) AS pairs
    FROM revised_parts n
    JOIN release_overlaps o ON o.release_id = n.release_id AND o.level_key = n.level_key AND o.published IS NOT DISTINCT FROM n.published
    JOIN revised_parts e ON e.source = n.source AND e.level_key = o.level_key AND e.release_id = o.other_release_id AND e.published IS NOT DISTINCT FROM o.other_published
    GROUP BY n.source, n.level_key
),
counted AS (
    SELECT p.source, p.level_key, p.lines - o.shared AS lines
    FROM per_release p
    JOIN two_releases t USING (source, level_key)
    JOIN shared_keys o USING (source, level_key)
    WHERE o.pairs = t.pairs
),
-- The filter comes before the distinct count so that it only sees the lines of revised levels not counted above
-- (usually none: the empty join then ends the scan).
revised AS (
    SELECT l.source, r.key >> {Key.ProductDigits.Shift} AS level_key, count(DISTINCT r.key) AS lines
    FROM records r
    JOIN live_releases() l USING (release_id)
    LEFT JOIN sources g ON g.source = l.source
    SEMI JOIN (SELECT source, level_key FROM per_release WHERE revised
               EXCEPT SELECT source, level_key FROM counted) x ON x.source = l.source AND x.level_key = r.key >> {Key.ProductDigits.Shift}
    WHERE as_of IS NULL OR record_public(r.published, l.vintage, r.key, g.lag_days) <= as_of
    GROUP BY ALL
),
levels AS (
    SELECT source, level_key, lines FROM per_release WHERE NOT revised
    UNION ALL
    SELECT source, level_key, lines FROM counted
    UNION ALL
    SELECT source, level_key, lines FROM revised
)
SELECT source,
       record_reporter(key) AS reporter,
       record_partner(key) AS partner,
       record_flow(key) AS flow,
       record_year(key) AS year,
       record_start_month(key) AS start_month,
       record_months(key) AS months,
       CAST(digits AS UTINYINT) AS product_digits,
       CAST(CASE WHEN digits = 0 THEN 0 ELSE lines END AS BIGINT) AS lines
FROM (
    SELECT source, (level_key >> {Key.ProductDigits.Bits}) << {Key.Product.Bits} AS key, min(level_key) & {Key.ProductDigits.Mask} AS digits,
           arg_min(lines, level_key) AS lines
    FROM levels
    WHERE summable_level(source, level_key & {Key.ProductDigits.Mask}, lines)
    GROUP BY source, level_key >> {Key.ProductDigits.Bits}
);

-- Replaced by visible_latest and visible_totals above; stores opened before keep no stale macro.
DROP MACRO TABLE IF EXISTS visible_rows;
-- Replaced by sources (schema 7).
DROP TABLE IF EXISTS source_lags;

-- Schema 11: parts of a reported total (Comtrade read with --include-breakdowns): one row per breakdown row of a file,
-- by customs procedure, mode of transport and second partner, each a code and the file's description ('C00', '0' and
-- '0' where the row is not broken down by that dimension). key is the total's key (the records layout), so a total
-- and its parts share it; they live apart so that every query over records reads totals only and never adds a total
-- to its parts. Few rows (a breakdown download is small), so plain columns. Stores of schema 10 get the empty table.
CREATE TABLE IF NOT EXISTS breakdowns (
    release_id     INTEGER NOT NULL,
    key            BIGINT NOT NULL,
    customs_code   VARCHAR NOT NULL,
    customs_desc   VARCHAR NOT NULL,
    transport_code VARCHAR NOT NULL,
    transport_desc VARCHAR NOT NULL,
    partner2_code  VARCHAR NOT NULL,
    partner2_desc  VARCHAR NOT NULL,
    value_usd      DECIMAL(18, 2) NOT NULL,
    quantity       DOUBLE,
    quantity_unit  VARCHAR,
    source_line    BIGINT NOT NULL
);

-- Breakdown rows visible on a date for one pair (pair_a, pair_b as in pair_records), one per (source, key, customs,
-- transport, partner2): the latest published, by the records' rule (record_public; the latest release on a tie),
-- with the visible total of the same source and key beside it (total_usd NULL where no total row is visible: a total
-- is never derived from its parts, which need not add up to it).
CREATE OR REPLACE MACRO visible_breakdowns(as_of, pair_a, pair_b) AS TABLE
WITH scoped AS (
    SELECT b.*, l.source, record_public(NULL, l.vintage, b.key, g.lag_days) AS effective_published
    FROM breakdowns b
    JOIN live_releases() l USING (release_id)
    LEFT JOIN sources g ON g.source = l.source
    WHERE (b.key BETWEEN pair_key(pair_a, pair_b) AND pair_key(pair_a, pair_b) + {Key.PairLast})
       OR (b.key BETWEEN pair_key(pair_b, pair_a) AND pair_key(pair_b, pair_a) + {Key.PairLast})
),
latest AS (
    SELECT source, key, customs_code, transport_code, partner2_code,
           arg_max({'customs_desc': customs_desc, 'transport_desc': transport_desc, 'partner2_desc': partner2_desc,
                    'value_usd': value_usd, 'quantity': quantity, 'quantity_unit': quantity_unit,
                    'source_line': source_line, 'release_id': release_id},
                   (effective_published, release_id)) AS b
    FROM scoped
    WHERE as_of IS NULL OR effective_published <= as_of
    GROUP BY source, key, customs_code, transport_code, partner2_code
)
SELECT x.source,
       record_reporter(x.key) AS reporter,
       record_partner(x.key) AS partner,
       record_flow(x.key) AS flow,
       record_year(x.key) AS year,
       record_start_month(x.key) AS start_month,
       record_months(x.key) AS months,
       record_product_code(x.key) AS product_code,
       record_product_digits(x.key) AS product_digits,
       x.customs_code, x.b.customs_desc, x.transport_code, x.b.transport_desc, x.partner2_code, x.b.partner2_desc,
       x.b.value_usd, x.b.quantity, x.b.quantity_unit, x.b.source_line, x.b.release_id,
       t.r.value_usd AS total_usd
FROM latest x
LEFT JOIN visible_latest(as_of, pair_a, pair_b) t ON t.source = x.source AND t.key = x.key;

-- Schema 8: what 'turnover claims --save' keeps, so that every later ingest (and 'turnover watch') judges the claims
-- again. An article is kept whole: judging a claim again reads the article again (a claim can take its year from
-- another sentence), with the date and language it was saved with. Stores of schema 7 get the empty tables here.
CREATE SEQUENCE IF NOT EXISTS saved_article_ids START 1;
CREATE SEQUENCE IF NOT EXISTS saved_claim_ids START 1;

CREATE TABLE IF NOT EXISTS saved_articles (
    article_id   INTEGER PRIMARY KEY,
    source       VARCHAR NOT NULL,          -- the file name, or what --source said
    article_date DATE NOT NULL,
    language     VARCHAR NOT NULL,          -- as asked: Auto, English, Russian, Chinese
    text_hash    VARCHAR NOT NULL,          -- SHA-256 of the text: the same text saved again is the same article
    text         VARCHAR NOT NULL,
    saved_at     TIMESTAMP NOT NULL,
    UNIQUE (source, article_date, text_hash)
);

-- One row per claim as extracted. A claim is the same claim when its article's source and date, its sentence, the span
-- of its figure (the amount, else the growth rate, else the sentence), its kind and its flow are: saving an article twice
-- adds nothing (kind and flow tell apart two claims of one sentence without a figure, e.g. two rankings).
CREATE TABLE IF NOT EXISTS saved_claims (
    claim_id     INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL,
    source       VARCHAR NOT NULL,
    article_date DATE NOT NULL,
    sentence     VARCHAR NOT NULL,
    span_start   INTEGER NOT NULL,
    span_length  INTEGER NOT NULL,
    kind         VARCHAR NOT NULL,          -- Fact, Projection, Target, Ranking
    reporter     SMALLINT,                  -- countries.code, as the text names them
    partner      SMALLINT,
    flow         VARCHAR NOT NULL,          -- Turnover, Exports, Imports
    period       VARCHAR,                   -- the period as resolved (2022, 2022-01..11), NULL when none
    amount       VARCHAR,                   -- the number as written ("$190 billion")
    amount_usd   DECIMAL(18, 2),
    bound        VARCHAR,                   -- Exact, About, MoreThan, ...
    growth_pct   DECIMAL(9, 3),
    language     VARCHAR NOT NULL,          -- the language the sentence was read in
    saved_at     TIMESTAMP NOT NULL,
    UNIQUE (source, article_date, sentence, span_start, span_length, kind, flow)
);

-- The last verdict recorded for each watched subject ('claim ID' or 'target NAME'), so that the next judgement can
-- say what changed. figure_usd is the stored figure judged on, growth_pct the growth rate compared, probability the
-- model's chance of a target today; last_release the newest release the verdict saw.
CREATE TABLE IF NOT EXISTS watched_verdicts (
    subject      VARCHAR PRIMARY KEY,
    verdict      VARCHAR NOT NULL,
    figure_usd   DECIMAL(38, 2),            -- a year's total of figures stored with --accept-outliers may pass 10^16
    growth_pct   DECIMAL(38, 3),            -- computed from levels: from a tiny base, any size
    probability  DOUBLE,
    last_release INTEGER NOT NULL,
    recorded_at  TIMESTAMP NOT NULL
);
