-- Product lines of one period in two editions of a classification (HS 1992 and HS 2017 lines of one BACI year, H4 and
-- H5 lines of one Comtrade reporter-year): the store takes each key's latest line and sums a period's lines, so
-- lines of two editions would be summed together, and a product renumbered between editions would count twice.
-- A period's lines are of one source, reporter, partner, flow and period (a total's key, key >> {Key.Product.Bits}).
-- The new release's lines clash with another edition in the release itself or in a live release of the same source.
-- An edition is the classification's id (0: not known, e.g. a renamed BACI file); commodity lines (digits 7) have a
-- classification of their own and are never summed into totals, so they are left out.
-- $1 the new release, $2 its source. The first clashes by line; the store's side bounded to the new lines' key range,
-- so that a one-pair file reads only that pair's row groups.
WITH mine AS (
    SELECT key >> {Key.Product.Bits} AS total_key,
           CAST(detail >> {Detail.Classification.Shift} AS SMALLINT) AS edition,
           min(source_line) AS line,
           arg_min(key, source_line) AS first_key
    FROM records
    WHERE release_id = $1 AND record_product_digits(key) BETWEEN 1 AND 6
    GROUP BY ALL
),
bounds AS (
    SELECT min(total_key) << {Key.Product.Bits} AS lo, ((max(total_key) + 1) << {Key.Product.Bits}) - 1 AS hi FROM mine
),
theirs AS (
    SELECT r.key >> {Key.Product.Bits} AS total_key,
           CAST(r.detail >> {Detail.Classification.Shift} AS SMALLINT) AS edition,
           min(r.release_id) AS release_id
    FROM records r
    JOIN live_releases() l USING (release_id)
    WHERE l.source = $2 AND r.release_id <> $1 AND record_product_digits(r.key) BETWEEN 1 AND 6
      AND r.key BETWEEN (SELECT lo FROM bounds) AND (SELECT hi FROM bounds)
    GROUP BY ALL
),
clashes AS (
    SELECT m.line, m.first_key, m.edition, t.edition AS other_edition, t.release_id AS other_release
    FROM mine m JOIN theirs t ON t.total_key = m.total_key AND t.edition <> m.edition
    UNION ALL
    SELECT m.line, m.first_key, m.edition, o.edition, NULL
    FROM mine m JOIN mine o ON o.total_key = m.total_key AND o.edition <> m.edition AND o.line < m.line
)
SELECT c.line, {columns},
       e.name AS edition, oe.name AS other_edition, c.other_release, rl.file_name AS other_file, o.line AS other_line
FROM clashes c
LEFT JOIN classifications e ON e.id = c.edition
LEFT JOIN classifications oe ON oe.id = c.other_edition
LEFT JOIN releases rl ON rl.release_id = c.other_release
LEFT JOIN mine o ON c.other_release IS NULL AND o.total_key = c.first_key >> {Key.Product.Bits} AND o.edition = c.other_edition
ORDER BY c.line, c.first_key, c.other_release NULLS FIRST
LIMIT 5;
