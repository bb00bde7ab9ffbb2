-- Schema 12 and older had no release_periods: filled once from the records of every release (retracted ones too, so
-- that a release's rows stay complete whatever happens to it later).
DELETE FROM release_periods;
INSERT INTO release_periods
SELECT DISTINCT release_id, record_reporter(key), record_period(key), record_edition(key, detail) FROM records;
