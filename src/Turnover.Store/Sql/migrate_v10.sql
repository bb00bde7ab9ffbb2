-- Schema 10 and older had no breakdowns table: a Comtrade file read with --include-breakdowns was stored only when no
-- total and its parts clashed, so its rows are totals, or parts stored as if they were totals (a file of breakdown
-- rows alone) whose customs procedure, transport mode and second partner were not kept. Which is which cannot be told
-- now: the rows stay as they were, and each such release says so and how to mend it (re-ingest the file).
UPDATE releases
SET note = note || ' Stored before schema 11 with breakdowns included: rows that were breakdowns (customs procedure, mode of transport, second partner) were kept as totals without those dimensions; retract this release and ingest the file again to keep them apart.'
WHERE release_id IN (SELECT release_id FROM release_reading WHERE name = 'breakdowns')
  AND note NOT LIKE '%Stored before schema 11 with breakdowns included%';
