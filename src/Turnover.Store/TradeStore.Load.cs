using System.Buffers;
using System.Threading.Channels;
using DuckDB.NET.Data;
using Turnover.Core;

namespace Turnover.Store;

public sealed partial class TradeStore
{
    private const int BatchSize = 4096;

    /// <summary>The release already holding a file with this content hash, if any.</summary>
    public int? FindRelease(string contentHash) =>
        Scalar<int?>("SELECT release_id FROM releases WHERE content_hash = ?", contentHash);

    /// <summary>
    /// Stores a whole file or nothing: records are appended inside one transaction while the reader streams them
    /// (parsing on one core, appending on the other), then <paramref name="complete"/> tells whether the reader
    /// accepted the file; duplicate keys are checked set-based before committing.
    /// </summary>
    /// <param name="contentHash">SHA-256 of the file; a second load of the same bytes adds nothing.</param>
    /// <param name="records">The reader's record stream.</param>
    /// <param name="complete">Called once the stream is exhausted: the release to record, or a rejection.</param>
    /// <param name="cancellationToken">Cancels the load; nothing is stored.</param>
    /// <exception cref="StoreException">The database failed; nothing is stored.</exception>
    public LoadResult Load(string contentHash, IEnumerable<TradeRecord> records, Func<ReleaseOutcome> complete, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(complete);
        if (FindRelease(contentHash) is { } existing)
        {
            return new LoadResult(LoadStatus.AlreadyIngested, existing, 0, []);
        }

        try
        {
            using var transaction = _connection.BeginTransaction();
            var releaseId = Scalar<int>("SELECT CAST(nextval('release_ids') AS INTEGER)");
            var stored = AppendInParallel(releaseId, records, cancellationToken);
            var outcome = complete();
            if (outcome.Release is null)
            {
                transaction.Rollback();
                return new LoadResult(LoadStatus.RejectedByReader, 0, 0, []);
            }

            var duplicates = FindDuplicates(releaseId);
            if (duplicates.Count > 0)
            {
                transaction.Rollback();
                return new LoadResult(LoadStatus.RejectedDuplicateKeys, 0, 0, duplicates);
            }

            InsertRelease(releaseId, outcome, stored);
            transaction.Commit();
            return new LoadResult(LoadStatus.Stored, releaseId, stored, []);
        }
        catch (DuckDBException ex)
        {
            throw new StoreException($"storing failed, nothing was stored: {ex.Message}", ex);
        }
    }

    private long AppendInParallel(int releaseId, IEnumerable<TradeRecord> records, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<(TradeRecord[] Batch, int Count)>(new BoundedChannelOptions(8) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(() => Produce(records, channel.Writer, cancellationToken), cancellationToken);
        long stored = 0;
        using (var appender = _connection.CreateAppender("records"))
        {
            while (channel.Reader.WaitToReadAsync(cancellationToken).AsTask().GetAwaiter().GetResult())
            {
                while (channel.Reader.TryRead(out var item))
                {
                    for (var i = 0; i < item.Count; i++)
                    {
                        Append(appender, releaseId, in item.Batch[i]);
                    }

                    stored += item.Count;
                    ArrayPool<TradeRecord>.Shared.Return(item.Batch);
                }
            }
        }

        // Surfaces a reader exception (a bug, since readers report bad data as errors) with its own stack.
        producer.GetAwaiter().GetResult();
        return stored;
    }

    private static void Produce(IEnumerable<TradeRecord> records, ChannelWriter<(TradeRecord[], int)> writer, CancellationToken cancellationToken)
    {
        try
        {
            var batch = ArrayPool<TradeRecord>.Shared.Rent(BatchSize);
            var count = 0;
            foreach (var record in records)
            {
                batch[count++] = record;
                if (count == batch.Length)
                {
                    writer.WriteAsync((batch, count), cancellationToken).AsTask().GetAwaiter().GetResult();
                    batch = ArrayPool<TradeRecord>.Shared.Rent(BatchSize);
                    count = 0;
                }
            }

            writer.WriteAsync((batch, count), cancellationToken).AsTask().GetAwaiter().GetResult();
            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.Complete(ex);
            throw;
        }
    }

    private static void Append(DuckDBAppender appender, int releaseId, in TradeRecord r)
    {
        var row = appender.CreateRow()
            .AppendValue(releaseId)
            .AppendValue((short)r.Reporter.Code)
            .AppendValue((short)r.Partner.Code)
            .AppendValue((byte)r.Flow)
            .AppendValue((short)r.Period.Year)
            .AppendValue((byte)r.Period.StartMonth)
            .AppendValue((byte)r.Period.Months)
            .AppendValue(r.Product.Code)
            .AppendValue(r.Product.Digits)
            .AppendValue(r.Product.Classification)
            .AppendValue(r.ValueUsd);
        if (r.Quantity is { } quantity)
        {
            row = row.AppendValue(quantity.Amount).AppendValue(quantity.Unit);
        }
        else
        {
            row = row.AppendNullValue().AppendNullValue();
        }

        row.AppendValue((byte)r.Derivation)
            .AppendValue(r.Published)
            .AppendValue(r.SourceLine)
            .EndRow();
    }

    private List<DuplicateKey> FindDuplicates(int releaseId)
    {
        const string sql = """
            SELECT min(source_line), max(source_line),
                   printf('reporter %d, partner %d, flow %d, period %d/%d+%d, product %d/%d', reporter, partner, flow, year, start_month, months, product_code, product_digits)
            FROM records WHERE release_id = ?
            GROUP BY reporter, partner, flow, year, start_month, months, product_code, product_digits
            HAVING count(*) > 1
            ORDER BY 1 LIMIT 20
            """;
        using var command = Command(sql, releaseId);
        using var reader = command.ExecuteReader();
        var duplicates = new List<DuplicateKey>();
        while (reader.Read())
        {
            duplicates.Add(new DuplicateKey(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2)));
        }

        return duplicates;
    }

    private void InsertRelease(int releaseId, ReleaseOutcome outcome, long stored)
    {
        var release = outcome.Release!;
        Execute(
            "INSERT INTO releases VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            releaseId, release.Source.ToString(), outcome.Format, release.Dataset, release.FileName, release.ContentHash,
            release.Vintage, DateTime.UtcNow, outcome.RowsRead, stored, release.Note);
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
    }
}
