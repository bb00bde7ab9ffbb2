-- Stores of schema 6 and older: an undated release stored after another release of the same source that already held
-- a figure public by the undated one's lag date is that figure's revision, and counts from the day it was stored
-- (TradeStore.DateRevisions does this on every load since schema 7; stores written before did not, or did it for
-- every overlap). Each release is compared with the releases stored before it, as at its load; dates this statement
-- sets are not seen by the releases after it, which compare with their predecessors' original dates. Figures that
-- already carry a date are left alone, so running it twice changes nothing.
UPDATE records SET published = CAST(b.ingested_at AS DATE)
FROM releases b
LEFT JOIN sources g ON g.source = b.source
WHERE records.release_id = b.release_id AND b.retracted_at IS NULL AND b.vintage IS NULL AND records.published IS NULL
  AND EXISTS (
      SELECT 1 FROM records e JOIN releases a ON a.release_id = e.release_id
      WHERE e.key = records.key AND a.source = b.source AND a.release_id < b.release_id AND a.content_hash <> b.content_hash
        AND a.retracted_at IS NULL
        AND record_public(e.published, a.vintage, e.key, g.lag_days) <= record_public(NULL, NULL, records.key, g.lag_days));
