-- visible_total_counts (schema.sql) for one pair, $2 and $3 in both directions, as visible on $1 (NULL = everything),
-- from release_levels instead of the pair's records, as every_visible_total_count does for every pair: coverage.sql's
-- {counts} for one pair (TradeStore.Queries.cs fills it in). A pair's records lie in every release that holds it, two
-- key ranges in each (50 row groups for China-Russia in a store of 25 BACI years); its level keys are two ranges of a
-- table a two-hundredth the size, kept in level-key order (bench/README.md has the figures). Keys are distinct within
-- a release, so a level whose visible lines all come from one release has as many visible keys as lines; only a level
-- held by several releases (a revision) counts its distinct keys from the records, and when no level is (nearly
-- always) the empty semi join ends that scan at once.
WITH per_release AS (
    SELECT l.source, p.level_key, sum(p.lines) AS lines, min(p.release_id) <> max(p.release_id) AS revised
    -- Each direction its own range scan, as in visible_pair_totals.
    FROM (SELECT * FROM release_levels
          WHERE level_key BETWEEN pair_key(CAST($2 AS SMALLINT), CAST($3 AS SMALLINT)) >> {Key.ProductDigits.Shift}
                              AND (pair_key(CAST($2 AS SMALLINT), CAST($3 AS SMALLINT)) + {Key.PairLast}) >> {Key.ProductDigits.Shift}
          UNION ALL
          SELECT * FROM release_levels
          WHERE level_key BETWEEN pair_key(CAST($3 AS SMALLINT), CAST($2 AS SMALLINT)) >> {Key.ProductDigits.Shift}
                              AND (pair_key(CAST($3 AS SMALLINT), CAST($2 AS SMALLINT)) + {Key.PairLast}) >> {Key.ProductDigits.Shift}
            AND CAST($2 AS SMALLINT) <> CAST($3 AS SMALLINT)) p
    JOIN live_releases() l USING (release_id)
    LEFT JOIN sources g ON g.source = l.source
    WHERE CAST($1 AS DATE) IS NULL OR record_public(p.published, l.vintage, p.level_key << {Key.ProductDigits.Shift}, g.lag_days) <= CAST($1 AS DATE)
    GROUP BY l.source, p.level_key
),
revised AS (
    SELECT l.source, r.key >> {Key.ProductDigits.Shift} AS level_key, count(DISTINCT r.key) AS lines
    FROM pair_records(CAST($2 AS SMALLINT), CAST($3 AS SMALLINT)) r
    JOIN live_releases() l USING (release_id)
    LEFT JOIN sources g ON g.source = l.source
    SEMI JOIN (SELECT source, level_key FROM per_release WHERE revised) x ON x.source = l.source AND x.level_key = r.key >> {Key.ProductDigits.Shift}
    WHERE CAST($1 AS DATE) IS NULL OR record_public(r.published, l.vintage, r.key, g.lag_days) <= CAST($1 AS DATE)
    GROUP BY ALL
),
levels AS (
    SELECT source, level_key, lines FROM per_release WHERE NOT revised
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
)
