-- Schema 13 and older had no release_levels: filled once from the records of every release (retracted ones too, as
-- for release_periods), after their dates were final, as a load writes it.
DELETE FROM release_levels;
INSERT INTO release_levels
SELECT release_id, key >> {Key.ProductDigits.Shift}, published, count(*) FROM records GROUP BY ALL;
