-- Stores of schema 4 and older had releases.content_hash UNIQUE, which DuckDB cannot drop: TradeStore.Migrate renames
-- the old table to releases_v4, runs schema.sql (which creates the new one), then this, all in one transaction. By
-- name, so a column another migration added is carried over too. Their readings were not recorded: identity_hash
-- stays NULL and the ingest of the same bytes treats them as read the same way.
INSERT INTO releases BY NAME SELECT * FROM releases_v4;

DROP TABLE releases_v4;
