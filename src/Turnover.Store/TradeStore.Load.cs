using DuckDB.NET.Data;
using Turnover.Core;
using Turnover.Store.Internal;

namespace Turnover.Store;

public sealed partial class TradeStore
{
    // DuckDB's share of a load's memory. With the reader, the batches and DuckDB's own overheads the process stayed
    // at 310 MiB for 10 M grouped rows (390 MiB for 30 M) and 510 MiB when the duplicate check had to spill.
    private const string LoadMemoryLimit = "256MB";

    /// <summary>
    /// At most this many of a release's lines per key range when a load compares them with the store's (revision
    /// dating, the unit check): a whole revised BACI year joined at once ran out of the load's memory in a 100 M-line
    /// store. Tests set it low to run the statements over many ranges.
    /// </summary>
    internal int LoadRangeLines { get; set; } = 1_000_000;

    /// <summary>The release already holding a file with this content hash (however it was read), if any.</summary>
    /// <exception cref="StoreException">The file is damaged.</exception>
    public int? FindRelease(string contentHash) =>
        Reading(() => Scalar<int?>("SELECT min(release_id) FROM releases WHERE content_hash = ?", contentHash));

    /// <summary>
    /// False only when no release, live or retracted, was stored under this file name: a re-ingest is then unlikely, and
    /// <see cref="Load(Func{ReleaseReading}, IEnumerable{TradeRecord}, Func{ReleaseOutcome}, LoadOptions, CancellationToken)"/>
    /// may hash the file beside the load.
    /// </summary>
    /// <param name="fileName">The file's name, without its folder.</param>
    /// <exception cref="StoreException">The file is damaged.</exception>
    public bool MayHoldFile(string fileName) =>
        Reading(() => Scalar<bool>("SELECT count(*) > 0 FROM releases WHERE file_name = ?", fileName));

    /// <summary>
    /// What the store already holds of these bytes: the same reading (live or retracted), a release stored before
    /// readings were recorded, or the bytes read another way; null when the bytes are new.
    /// </summary>
    /// <exception cref="StoreException">The file is damaged.</exception>
    public ReleaseMatch? FindRelease(ReleaseReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return Reading(() => FindMatch(reading));
    }

    /// <summary>
    /// Stores a whole file or nothing: records are appended inside one transaction while the reader streams them
    /// (parsing on one core, appending on the other), then <paramref name="complete"/> tells whether the reader
    /// accepted the file; duplicate keys are ruled out while streaming, or checked set-based before committing.
    /// </summary>
    /// <param name="contentHash">SHA-256 of the file; a second load of the same bytes adds nothing.</param>
    /// <param name="records">The reader's record stream.</param>
    /// <param name="complete">Called once the stream is exhausted: the release to record, or a rejection.</param>
    /// <param name="cancellationToken">Cancels the load; nothing is stored.</param>
    /// <exception cref="StoreException">The database failed, or a value does not fit its column; nothing is stored.</exception>
    /// <exception cref="InvalidOperationException">
    /// A record has a field outside what the store can hold (a reader bug), or the store was opened read-only; nothing is stored.
    /// </exception>
    public LoadResult Load(string contentHash, IEnumerable<TradeRecord> records, Func<ReleaseOutcome> complete, CancellationToken cancellationToken = default) =>
        Load(ReleaseReading.OfBytes(string.Empty, contentHash), records, complete, new LoadOptions(), cancellationToken);

    /// <summary>
    /// Stores a whole file read one way, or nothing (see the other overload). The same reading twice adds nothing; the
    /// same bytes read another way are a new release (<see cref="LoadResult.Match"/>). Figures implausible for
    /// trade between two countries reject the file unless <see cref="LoadOptions.AcceptOutliers"/>.
    /// </summary>
    /// <param name="reading">The bytes and how they were read: the release's identity.</param>
    /// <param name="records">The reader's record stream.</param>
    /// <param name="complete">Called once the stream is exhausted: the release to record, or a rejection.</param>
    /// <param name="options">Whether outliers are stored anyway.</param>
    /// <param name="cancellationToken">Cancels the load; nothing is stored.</param>
    /// <exception cref="StoreException">The database failed, or a value does not fit its column; nothing is stored.</exception>
    /// <exception cref="InvalidOperationException">
    /// A record has a field outside what the store can hold (a reader bug), or the store was opened read-only; nothing is stored.
    /// </exception>
    public LoadResult Load(ReleaseReading reading, IEnumerable<TradeRecord> records, Func<ReleaseOutcome> complete, LoadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(complete);
        RequireWritable();

        var match = FindMatch(reading);
        return AlreadyHeld.Result(match) ?? Load(reading, match, null, records, complete, options, cancellationToken);
    }

    /// <summary>
    /// Stores a whole file read one way, or nothing, while its identity is still being computed: <paramref name="reading"/>
    /// (hashing the file) runs on a thread of its own as the records stream, and the load stops as soon as it shows
    /// the store already holds the reading (<see cref="LoadStatus.AlreadyIngested"/>, <see cref="LoadStatus.AlreadyRetracted"/>).
    /// Otherwise as the overload given the reading.
    /// </summary>
    /// <param name="reading">Computes the bytes' hash and how they were read; called once, on another thread.</param>
    /// <param name="records">The reader's record stream.</param>
    /// <param name="complete">Called once the stream is exhausted and <paramref name="reading"/> has returned.</param>
    /// <param name="options">Whether outliers are stored anyway.</param>
    /// <param name="cancellationToken">Cancels the load; nothing is stored.</param>
    /// <exception cref="StoreException">The database failed, or a value does not fit its column; nothing is stored.</exception>
    /// <exception cref="InvalidOperationException">
    /// A record has a field outside what the store can hold (a reader bug), or the store was opened read-only; nothing is stored.
    /// </exception>
    /// <remarks>Whatever <paramref name="reading"/> throws is rethrown as it was thrown; nothing is stored.</remarks>
    public LoadResult Load(Func<ReleaseReading> reading, IEnumerable<TradeRecord> records, Func<ReleaseOutcome> complete, LoadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(complete);
        RequireWritable();

        // Hashing a 330 MB BACI year took 0.3 s before its first line was read; beside the load it costs the same CPU
        // but no serial time. A re-ingest still ends about when the hash does (the first batches are rolled back).
        return Load(new PendingReading(reading, HeldReadings.Read(this)), records, complete, options, cancellationToken);
    }

    // Tests hand in the pending reading to see when it is known.
    internal LoadResult Load(PendingReading pending, IEnumerable<TradeRecord> records, Func<ReleaseOutcome> complete, LoadOptions options, CancellationToken cancellationToken = default) =>
        Load(null, null, pending, records, complete, options, cancellationToken);

    // Exactly one of known (its match already found) and pending.
    private LoadResult Load(
        ReleaseReading? known, ReleaseMatch? match, PendingReading? pending, IEnumerable<TradeRecord> records, Func<ReleaseOutcome> complete, LoadOptions options,
        CancellationToken cancellationToken)
    {
        try
        {
            // Appending needs little memory (full row groups go to disk as they fill); the duplicate check on a file
            // the screen could not clear needs a hash table of every key, which this bound makes spill to disk. An
            // in-memory store keeps its rows in that memory, so it is not bounded.
            using var memory = Path == ":memory:" ? null : new TemporarySetting(this, "memory_limit", LoadMemoryLimit);
            using var transaction = _connection.BeginTransaction();
            var releaseId = NextReleaseId();
            var classifications = CodeTable.Read(this, "classifications", RecordAppender.MaxClassificationId);
            var units = CodeTable.Read(this, "units", RecordAppender.MaxUnitId);
            var commodities = CodeTable.Read(this, "commodities", short.MaxValue);
            var pipeline = new RecordPipeline(classifications, units, commodities);
            var stored = Append(releaseId, pipeline, records, pending is null ? static () => false : pending.ShouldStop, cancellationToken);
            var reading = known ?? pending!.Wait();
            if (pending is not null)
            {
                match = FindMatch(reading);
                if (AlreadyHeld.Result(match) is { } held)
                {
                    transaction.Rollback();
                    return held;
                }
            }

            if (pipeline.StoppedEarly)
            {
                throw new InvalidOperationException("The load stopped early for a reading the store does not hold (HeldReadings and FindMatch disagree).");
            }

            var outcome = complete();
            if (outcome.Release is null)
            {
                transaction.Rollback();
                return new LoadResult(LoadStatus.RejectedByReader, 0, 0, []);
            }

            var duplicates = pipeline.KeysDistinct ? [] : FindDuplicates(releaseId);
            duplicates.AddRange(pipeline.Breakdowns.Duplicates);
            if (duplicates.Count > 0)
            {
                transaction.Rollback();
                return new LoadResult(LoadStatus.RejectedDuplicateKeys, 0, 0, duplicates);
            }

            // The new classifications' names first (rolled back with the rest), so that a clash names both editions.
            classifications.SaveNew(this);
            NotePeriods(releaseId, pipeline.Tally);
            var clashes = MayClash(releaseId, outcome.Release.Source) ? FindEditionClashes(releaseId, outcome.Release.Source) : [];
            if (clashes.Count > 0)
            {
                transaction.Rollback();
                return new LoadResult(LoadStatus.RejectedMixedEditions, 0, 0, []) { EditionClashes = clashes };
            }

            // The live releases of the source that can share a key with this one: the outlier screen and the overlaps ask.
            var sharers = PeriodSharers(releaseId, SourceCatalog.Of(outcome.Release.Source).Code);
            var outliers = OutlierScreen.Find(this, releaseId, outcome.Release.Source, pipeline.Tally, sharers, LoadRangeLines);
            if (outliers.Count > 0 && (!options.AcceptOutliers || outliers.Any(o => o.BeyondStore)))
            {
                transaction.Rollback();
                return new LoadResult(LoadStatus.RejectedOutliers, 0, 0, []) { Outliers = outliers };
            }

            units.SaveNew(this);
            commodities.SaveNew(this);
            var note = outliers.Count == 0 ? outcome.Release.Note : OutlierScreen.AcceptedNote(outcome.Release.Note, outliers.Count);
            var parts = InsertBreakdowns(releaseId, pipeline.Breakdowns);
            note = BreakdownNote.Append(note, parts);
            var (undated, redated) = DateRevisions(releaseId, outcome with { Release = outcome.Release with { Note = note } }, pipeline.Tally);
            var (revised, redatedOwn) = DateDatedRevisions(releaseId, undated, pipeline.Tally);
            NoteLevels(releaseId, redated || redatedOwn ? null : pipeline.Tally);
            NoteOverlaps(releaseId, sharers, pipeline.Tally);
            InsertRelease(releaseId, revised, stored, reading);
            DateRevisedRates(releaseId, SourceCatalog.Of(outcome.Release.Source).Code);
            transaction.Commit();
            _sourcesWithRates = null;
            _pairRevisions = null;
            return new LoadResult(LoadStatus.Stored, releaseId, stored, []) { Match = match, Outliers = outliers, Breakdowns = parts };
        }
        catch (DuckDBException ex)
        {
            throw new StoreException($"storing failed, nothing was stored: {ex.Message}", ex);
        }
    }

    // One past the largest id a release row holds, read inside the load's transaction. The release_ids sequence is not
    // used: DuckDB does not roll a sequence back with the transaction, so every refused file used up an id and the next
    // stored release had a gap before it. Writes to a store are serial (one connection; DuckDB's file lock keeps other
    // processes out), so two loads never read the same maximum. Records whose release row is missing, the only rows
    // that could hold a larger id, are swept by the writable open every load needs (SweepDangling).
    private int NextReleaseId() => Scalar<int>("SELECT CAST(coalesce(max(release_id), 0) + 1 AS INTEGER) FROM releases");

    // DuckDB runs each appender flush as a query; with a second DuckDB thread the calling thread busy-polls for
    // the worker's task, taking the core the reader needs. One DuckDB thread while appending, restored after.
    private long Append(int releaseId, RecordPipeline pipeline, IEnumerable<TradeRecord> records, Func<bool> stopEarly, CancellationToken cancellationToken)
    {
        using var threads = new TemporarySetting(this, "threads", "1");
        using var appender = new RecordAppender(_connection, releaseId);
        return pipeline.Run(records, appender, stopEarly, cancellationToken);
    }

    private List<DuplicateKey> FindDuplicates(int releaseId)
    {
        // The first 20 clashing keys by first line, then by key (one line may clash on several keys, e.g. its exports
        // and imports, and the order must not vary between runs), each with its two earliest lines (equal if one line
        // gave both): a hash aggregate finds the keys, a join against those few keys the second line.
        var sql = $$"""
            WITH clashes AS (
                SELECT key, min(source_line) AS first_line
                FROM records WHERE release_id = $1
                GROUP BY key HAVING count(*) > 1
                ORDER BY first_line, key LIMIT 20
            )
            SELECT c.first_line, r.source_line AS second_line, {{DecodedKey.Columns("c.key")}}
            FROM clashes c
            JOIN records r ON r.key = c.key AND r.release_id = $1
            QUALIFY row_number() OVER (PARTITION BY c.key ORDER BY r.source_line) = 2
            ORDER BY c.first_line, c.key
            """;
        using var command = Command(sql, releaseId);
        using var reader = command.ExecuteReader();
        var key = DecodedKey.Of(reader);
        int firstLine = reader.Column("first_line"), secondLine = reader.Column("second_line");
        var duplicates = new List<DuplicateKey>();
        while (reader.Read())
        {
            duplicates.Add(new DuplicateKey(reader.GetInt64(firstLine), reader.GetInt64(secondLine), key.Describe(reader)));
        }

        return duplicates;
    }

    // A revision must not rewrite history. A release with no date of its own (no vintage: neither the file nor
    // --published gives one) that repeats a figure an earlier-stored release of the same source holds is a revision or
    // a re-issue; its copy of the figure, when the record has no date either, is known to exist only from the day it
    // was stored (the injected clock), so "as of" an earlier day keeps the earlier release's figure. Set-based, in the
    // load's transaction; skipped when the source has no earlier release. Retracted releases and other readings of the
    // same bytes do not count as earlier publications: a corrected reading of a file is that file, published when it
    // was. The note says how many were dated so.
    // An undated file's figures count from the period's end plus the source's lag. Where an earlier release of the
    // same source already holds a figure public by then, this one is its revision: it counts from today (the day it
    // was stored; or the day the file says it was updated, if earlier), or it would rewrite what was known before. Where the earlier figure was published later than this
    // one's lag date (a dated revision), this file is taken as the older publication and keeps the lag date; the
    // note says so and how to date it otherwise (--published).
    // Returns the outcome and whether any record's date was changed.
    private (ReleaseOutcome Outcome, bool Redated) DateRevisions(int releaseId, ReleaseOutcome outcome, LoadTally tally)
    {
        var release = outcome.Release!;
        var source = SourceCatalog.Of(release.Source).Code;
        var sharers = release.Vintage is null ? PeriodSharers(releaseId, source, release.ContentHash) : [];
        if (sharers.Count == 0)
        {
            return (outcome, false);
        }

        // A file that says when its figures were last updated (Wind's Update row) is known to hold them from that day,
        // not only from the day it was stored. An earlier-stored file that says it was updated later holds the newer
        // figures: this one is the older, its copies keep their lag date, and that file's become its revisions, from
        // the day it was updated (NewerFilesRevise), so the order the two were stored in decides nothing.
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        var day = release.UpdatedOn is { } updated && updated < today ? updated : today;
        var newer = release.UpdatedOn is { } own ? UpdatedAfter(sharers, own) : [];
        var earlier = sharers.Where(id => !newer.ContainsKey(id)).ToList();
        string NotNewer(string key, string low, string high) => newer.Count == 0 ? string.Empty
            : $"AND {key} NOT IN (SELECT key FROM records WHERE {ReleaseFilter("release_id", [.. newer.Keys])} AND key BETWEEN {low} AND {high})";

        // Range by range, and only the stored lines of the new release's undated keys: their public date (a date made
        // per row) was computed for every record of the source, 22 s for a revised 10 M-line year beside its original.
        // A stored figure with no date of its own nor of its release is public at the lag date itself: no date to make.
        var ranges = tally.KeyRanges(LoadRangeLines);
        long dated = 0, older = 0;
        foreach (var range in earlier.Count > 0 ? ranges : [])
        {
            using var update = Command(
                $"""
                UPDATE records SET published = $1
                WHERE release_id = $2 AND published IS NULL AND key BETWEEN $5 AND $6 {NotNewer("key", "$5", "$6")}
                  AND key IN (SELECT r.key FROM records r JOIN live_releases() l USING (release_id) LEFT JOIN sources g ON g.source = l.source
                              WHERE l.source = $3 AND l.content_hash <> $4 AND r.key BETWEEN $5 AND $6 AND {ReleaseFilter("r.release_id", earlier)}
                                AND r.key IN (SELECT key FROM records WHERE release_id = $2 AND published IS NULL AND key BETWEEN $5 AND $6)
                                AND (coalesce(r.published, l.vintage) IS NULL
                                     OR record_public(r.published, l.vintage, r.key, g.lag_days) <= record_public(NULL, NULL, r.key, g.lag_days)))
                """,
                day, releaseId, source, release.ContentHash, range.Low, range.High);
            dated += update.ExecuteNonQuery();
        }

        foreach (var range in earlier.Count > 0 ? ranges : [])
        {
            older += Scalar<long>(
                $"""
                SELECT count(DISTINCT n.key) FROM records n
                JOIN records r ON r.key = n.key JOIN live_releases() l ON l.release_id = r.release_id LEFT JOIN sources g ON g.source = l.source
                WHERE n.release_id = $1 AND n.published IS NULL AND l.source = $2 AND l.content_hash <> $3
                  AND n.key BETWEEN $4 AND $5 AND r.key BETWEEN $4 AND $5 AND {ReleaseFilter("r.release_id", earlier)}
                  {NotNewer("n.key", "$4", "$5")}
                """,
                releaseId, source, release.ContentHash, range.Low, range.High);
        }

        var revisedByNewer = NewerFilesRevise(releaseId, release, newer, ranges);
        var noted = RevisionNote.Add(outcome, dated, older, day);
        return (revisedByNewer > 0 ? RevisionNote.Older(noted, revisedByNewer, newer) : noted, dated > 0);
    }

    // The live releases among the sharers whose files say they were updated after the given day, with that day. Only
    // undated releases: one with a vintage counts from it, and is ordered by it.
    private Dictionary<int, DateOnly> UpdatedAfter(IReadOnlyList<int> sharers, DateOnly day)
    {
        using var command = Command(
            $"SELECT release_id, updated_on FROM live_releases() WHERE {ReleaseFilter("release_id", sharers)} AND vintage IS NULL AND updated_on > $1",
            day);
        using var reader = command.ExecuteReader();
        int release = reader.Column("release_id"), updated = reader.Column("updated_on");
        var newer = new Dictionary<int, DateOnly>();
        while (reader.Read())
        {
            newer[reader.GetInt32(release)] = DateOnly.FromDateTime(reader.GetDateTime(updated));
        }

        return newer;
    }

    // The figures of files updated later than the new one that it holds too, undated there, become those files'
    // revisions, from the day each was updated; their levels are counted again, and the overlaps counted with them
    // dropped (coverage then reads those levels from the records; the new release's load counts its own afresh).
    // Each such file's note says so. Returns how many figures were dated.
    private long NewerFilesRevise(int releaseId, Release release, Dictionary<int, DateOnly> newer, IReadOnlyList<LoadTally.KeyRange> ranges)
    {
        long total = 0;
        foreach (var (id, updated) in newer.OrderBy(n => n.Key))
        {
            long dated = 0;
            foreach (var range in ranges)
            {
                using var update = Command(
                    """
                    UPDATE records SET published = $1
                    WHERE release_id = $2 AND published IS NULL AND key BETWEEN $4 AND $5
                      AND key IN (SELECT key FROM records WHERE release_id = $3 AND key BETWEEN $4 AND $5)
                    """,
                    updated, id, releaseId, range.Low, range.High);
                dated += update.ExecuteNonQuery();
            }

            if (dated == 0)
            {
                continue;
            }

            Execute("DELETE FROM release_levels WHERE release_id = $1", id);
            NoteLevels(id, null);
            Execute("DELETE FROM release_overlaps WHERE release_id = $1 OR other_release_id = $1", id);
            Execute(
                "UPDATE releases SET note = note || $1 WHERE release_id = $2",
                RevisionNote.RevisedByOlder(dated, releaseId, release.FileName, release.UpdatedOn!.Value, updated),
                id);
            total += dated;
        }

        return total;
    }

    // The new release's lines per level key and publication date, counted and summed (release_levels), for coverage and
    // a pair's totals; after DateRevisions, which may change the dates: then summed again from the records, else as
    // summed while they streamed. In level-key order, as migrate_v13.sql writes the table, so that the zone maps of the
    // release's own segments narrow a pair's key ranges too.
    private void NoteLevels(int releaseId, LoadTally? streamed)
    {
        if (streamed is null)
        {
            Execute(
                $"""
                INSERT INTO release_levels (release_id, level_key, published, lines, value_usd)
                SELECT release_id, key >> {RecordKey.ProductDigitsShift} AS level_key, published, count(*), sum(value_usd) FROM records WHERE release_id = $1
                GROUP BY ALL
                ORDER BY level_key, published
                """,
                releaseId);
            return;
        }

        var epoch = new DateOnly(1970, 1, 1).DayNumber;
        using var appender = _connection.CreateAppender("release_levels");
        foreach (var level in streamed.Levels())
        {
            DateOnly? published = level.EpochDay is { } day ? DateOnly.FromDayNumber(epoch + day) : null;
            appender.CreateRow().AppendValue(releaseId).AppendValue(level.Level).AppendValue(published).AppendValue(level.Lines)
                .AppendValue((decimal)level.Cents / 100m).EndRow();
        }
    }

    private void InsertRelease(int releaseId, ReleaseOutcome outcome, long stored, ReleaseReading reading)
    {
        var release = outcome.Release!;
        // By name: the table has more columns than these (the retraction's, and any a later schema adds).
        Execute(
            """
            INSERT INTO releases (release_id, source, format, dataset, file_name, content_hash, vintage, ingested_at, rows_read, rows_stored, note, identity_hash,
                                  conversion_from, conversion_rates, updated_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            releaseId, SourceCatalog.Of(release.Source).Code, outcome.Format, release.Dataset, release.FileName, release.ContentHash,
            release.Vintage, _clock.GetUtcNow().UtcDateTime, outcome.RowsRead, stored, release.Note, reading.Identity,
            release.Conversion?.From.Code, release.Conversion?.RatesFile, release.UpdatedOn);
        for (var i = 0; i < reading.Components.Count; i++)
        {
            var component = reading.Components[i];
            // The bytes' label is the file name the release was stored under.
            var label = component.Name == ReleaseReading.BytesName && component.Label.Length == 0 ? release.FileName : component.Label;
            Execute("INSERT INTO release_reading VALUES (?, ?, ?, ?, ?)", releaseId, i, component.Name, label, component.Fingerprint);
        }
        foreach (var (reason, count) in outcome.Skipped)
        {
            Execute("INSERT INTO skipped_rows VALUES (?, ?, ?)", releaseId, reason, count);
        }

        foreach (var d in outcome.Discrepancies)
        {
            Execute(
                "INSERT INTO discrepancies VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                releaseId, (short)d.Reporter.Code, (short)d.Partner.Code, (byte)d.Flow, d.Period.ToString(),
                d.ChosenUsd, d.ChosenEvidence, d.OtherUsd, d.OtherEvidence, d.Reason);
        }

        InsertRates(releaseId, outcome);
        InsertStatedFigures(releaseId, outcome);
    }
}
