-- Schema 13 and older had no release_levels, schema 14 no sums in it: filled once from the records of every release
-- (retracted ones too, as for release_periods), after their dates were final, as a load writes it. In level-key order:
-- the table's zone maps then narrow a pair's two key ranges (pair_release_levels) to a row group or two, where unordered every pair's query read the whole table (250 M lines: 1.2 M rows).
DELETE FROM release_levels;
INSERT INTO release_levels (release_id, level_key, published, lines, value_usd)
SELECT release_id, key >> {Key.ProductDigits.Shift} AS level_key, published, count(*), sum(value_usd) FROM records
GROUP BY ALL
ORDER BY level_key, release_id, published;
