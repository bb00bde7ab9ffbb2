using DuckDB.NET.Data;
using Turnover.Core;
using Turnover.Store.Internal;

namespace Turnover.Store;

public sealed partial class TradeStore
{
    // DuckDB's share of a load's memory. With the reader, the batches and DuckDB's own overheads the process stayed
    // at 310 MiB for 10 M grouped rows (390 MiB for 30 M) and 510 MiB when the duplicate check had to spill.
    private const string LoadMemoryLimit = "256MB";

    /// <summary>The release already holding a file with this content hash, if any.</summary>
    /// <exception cref="StoreException">The file is damaged.</exception>
    public int? FindRelease(string contentHash) =>
        Reading(() => Scalar<int?>("SELECT release_id FROM releases WHERE content_hash = ?", contentHash));

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
    public LoadResult Load(string contentHash, IEnumerable<TradeRecord> records, Func<ReleaseOutcome> complete, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(complete);
        RequireWritable();

        if (FindRelease(contentHash) is { } existing)
        {
            return new LoadResult(LoadStatus.AlreadyIngested, existing, 0, []);
        }

        try
        {
            // Appending needs little memory (full row groups go to disk as they fill); the duplicate check on a file
            // the screen could not clear needs a hash table of every key, which this bound makes spill to disk. An
            // in-memory store keeps its rows in that memory, so it is not bounded.
            using var memory = Path == ":memory:" ? null : new TemporarySetting(this, "memory_limit", LoadMemoryLimit);
            using var transaction = _connection.BeginTransaction();
            var releaseId = Scalar<int>("SELECT CAST(nextval('release_ids') AS INTEGER)");
            var classifications = CodeTable.Read(this, "classifications", RecordAppender.MaxClassificationId);
            var units = CodeTable.Read(this, "units", RecordAppender.MaxUnitId);
            var pipeline = new RecordPipeline(classifications, units);
            var stored = Append(releaseId, pipeline, records, cancellationToken);
            var outcome = complete();
            if (outcome.Release is null)
            {
                transaction.Rollback();
                return new LoadResult(LoadStatus.RejectedByReader, 0, 0, []);
            }

            var duplicates = pipeline.KeysDistinct ? [] : FindDuplicates(releaseId);
            if (duplicates.Count > 0)
            {
                transaction.Rollback();
                return new LoadResult(LoadStatus.RejectedDuplicateKeys, 0, 0, duplicates);
            }

            classifications.SaveNew(this);
            units.SaveNew(this);
            InsertRelease(releaseId, outcome, stored);
            transaction.Commit();
            return new LoadResult(LoadStatus.Stored, releaseId, stored, []);
        }
        catch (DuckDBException ex)
        {
            throw new StoreException($"storing failed, nothing was stored: {ex.Message}", ex);
        }
    }

    // DuckDB runs each appender flush as a query; with a second DuckDB thread the calling thread busy-polls for
    // the worker's task, taking the core the reader needs. One DuckDB thread while appending, restored after.
    private long Append(int releaseId, RecordPipeline pipeline, IEnumerable<TradeRecord> records, CancellationToken cancellationToken)
    {
        using var threads = new TemporarySetting(this, "threads", "1");
        using var appender = new RecordAppender(_connection, releaseId);
        return pipeline.Run(records, appender, cancellationToken);
    }

    private List<DuplicateKey> FindDuplicates(int releaseId)
    {
        // The first 20 clashing keys by first line, then by key (one line may clash on several keys, e.g. its exports
        // and imports, and the order must not vary between runs), each with its two earliest lines (equal if one line
        // gave both): a hash aggregate finds the keys, a join against those few keys the second line.
        const string sql = """
            WITH clashes AS (
                SELECT key, min(source_line) AS first_line
                FROM records WHERE release_id = $1
                GROUP BY key HAVING count(*) > 1
                ORDER BY first_line, key LIMIT 20
            )
            SELECT c.first_line, r.source_line,
                   record_reporter(c.key), record_partner(c.key), record_flow(c.key), record_year(c.key),
                   record_start_month(c.key), record_months(c.key), record_product_code(c.key), record_product_digits(c.key)
            FROM clashes c
            JOIN records r ON r.key = c.key AND r.release_id = $1
            QUALIFY row_number() OVER (PARTITION BY c.key ORDER BY r.source_line) = 2
            ORDER BY c.first_line, c.key
            """;
        using var command = Command(sql, releaseId);
        using var reader = command.ExecuteReader();
        var duplicates = new List<DuplicateKey>();
        while (reader.Read())
        {
            var key = DuplicateKeyText.Of(
                reader.GetInt16(2), reader.GetInt16(3), (Flow)reader.GetByte(4), Period.Span(reader.GetInt16(5), reader.GetByte(6), reader.GetByte(7)),
                reader.GetInt32(8), reader.GetByte(9));
            duplicates.Add(new DuplicateKey(reader.GetInt64(0), reader.GetInt64(1), key));
        }

        return duplicates;
    }

    private void InsertRelease(int releaseId, ReleaseOutcome outcome, long stored)
    {
        var release = outcome.Release!;
        Execute(
            "INSERT INTO releases VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            releaseId, release.Source.ToString(), outcome.Format, release.Dataset, release.FileName, release.ContentHash,
            release.Vintage, _clock.GetUtcNow().UtcDateTime, outcome.RowsRead, stored, release.Note);
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
    }
}
