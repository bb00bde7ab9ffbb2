using System.Globalization;
using System.Runtime.ExceptionServices;
using Turnover.Core;
using Turnover.Store.ClickHouse.Internal;
using Turnover.Store.Internal;

namespace Turnover.Store.ClickHouse;

public sealed partial class ClickHouseTradeStore
{
    private static readonly string[] s_recordColumns = ["release_id", "key", "value_usd", "quantity", "detail", "published", "source_line"];

    private static readonly Dictionary<string, string> s_recordTypes = new(StringComparer.Ordinal)
    {
        ["release_id"] = "Int32",
        ["key"] = "Int64",
        ["value_usd"] = "Decimal(18, 2)",
        ["quantity"] = "Nullable(Float64)",
        ["detail"] = "Int32",
        ["published"] = "Nullable(Date)",
        ["source_line"] = "Int64",
    };

    /// <inheritdoc />
    public int? FindRelease(string contentHash)
    {
        ArgumentNullException.ThrowIfNull(contentHash);
        var rows = _server.Rows($"SELECT min(release_id), count() FROM {Tables.Releases} WHERE content_hash = {SqlLiteral.Of(contentHash)}");
        return rows[0][1] == "0" ? null : int.Parse(rows[0][0]!, CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public ReleaseMatch? FindRelease(ReleaseReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return FindMatch(reading);
    }

    /// <inheritdoc />
    public LoadResult Load(string contentHash, IEnumerable<TradeRecord> records, Func<ReleaseOutcome> complete, CancellationToken cancellationToken = default) =>
        Load(ReleaseReading.OfBytes(string.Empty, contentHash), records, complete, new LoadOptions(), cancellationToken);

    /// <summary>
    /// Stores a whole file or nothing: the records are staged under a new release id (inserted, but named by no query),
    /// checked, and published by inserting the release's row last. A failure before that row (the server going away
    /// included) leaves the release absent; the next writable open or ingest sweeps the staged rows, and running the
    /// ingest again stores it.
    /// </summary>
    /// <remarks>
    /// As the DuckDB store: quantity units and HS editions are kept, a file mixing two editions of a classification in
    /// one period is refused (<see cref="LoadStatus.RejectedMixedEditions"/>), and an undated file's figures that an
    /// earlier live release of the source already held count from the day stored (the store's clock), and implausible
    /// figures refuse the file unless <see cref="LoadOptions.AcceptOutliers"/>; breakdowns are kept apart from the totals;
    /// a commodity outside the HS (FAO's) is keyed by the id of its name in <c>commodities</c> (schema 6).
    /// </remarks>
    /// <exception cref="StoreException">The server failed; nothing is published.</exception>
    /// <exception cref="InvalidOperationException">A record field is outside the stored key's range, or the store is read-only; nothing is published.</exception>
    public LoadResult Load(ReleaseReading reading, IEnumerable<TradeRecord> records, Func<ReleaseOutcome> complete, LoadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(complete);
        RequireWritable();

        var match = FindMatch(reading);
        if (AlreadyHeld.Result(match) is { } held)
        {
            return held;
        }

        SweptRecords += Sweep();
        var releaseId = NextReleaseId();
        try
        {
            var classifications = ReadCodes(Tables.Classifications, RecordAppender.MaxClassificationId);
            var units = ReadCodes(Tables.Units, RecordAppender.MaxUnitId);
            var commodities = ReadCodes(Tables.Commodities, short.MaxValue);
            var staging = new StagedRecords(releaseId, classifications, units, commodities);
            _server.Insert(Tables.Records, s_recordColumns, s_recordTypes, staging.Rows(records, cancellationToken), cancellationToken);
            if (staging.Failure is { } failure)
            {
                ExceptionDispatchInfo.Throw(failure);
            }

            var outcome = complete();
            if (outcome.Release is null)
            {
                DropStaged(releaseId);
                return new LoadResult(LoadStatus.RejectedByReader, 0, 0, []);
            }

            var duplicates = staging.KeysDistinct ? [] : FindDuplicates(releaseId);
            duplicates.AddRange(staging.Breakdowns.Duplicates);
            if (duplicates.Count > 0)
            {
                DropStaged(releaseId);
                return new LoadResult(LoadStatus.RejectedDuplicateKeys, 0, 0, duplicates);
            }

            NotePeriods(releaseId);
            var sameSource = LiveReleases(outcome.Release.Source);
            var sameSourceIds = sameSource.Select(l => l.Summary.Id).ToList();
            if (MayClash(releaseId, sameSourceIds))
            {
                var editions = classifications.Known.Concat(classifications.New).ToDictionary(c => c.Id, c => c.Name);
                var clashes = FindEditionClashes(releaseId, sameSourceIds, editions, sameSource.ToDictionary(l => l.Summary.Id, l => l.Summary.FileName));
                if (clashes.Count > 0)
                {
                    // The staged records and their release_periods rows.
                    Sweep();
                    return new LoadResult(LoadStatus.RejectedMixedEditions, 0, 0, []) { EditionClashes = clashes };
                }
            }

            // Compared with the stored figures of only the releases sharing a reporter-period: a new year compares none.
            var sharers = SharingPeriods(releaseId, sameSourceIds);
            var outliers = FindOutliers(releaseId, sharers);
            if (outliers.Count > 0 && (!options.AcceptOutliers || outliers.Any(o => o.BeyondStore)))
            {
                Sweep();
                return new LoadResult(LoadStatus.RejectedOutliers, 0, 0, []) { Outliers = outliers };
            }

            if (outliers.Count > 0)
            {
                outcome = outcome with { Release = outcome.Release with { Note = OutlierScreen.AcceptedNote(outcome.Release.Note, outliers.Count) } };
            }

            var parts = InsertBreakdowns(releaseId, staging.Breakdowns);
            outcome = outcome with { Release = outcome.Release with { Note = BreakdownNote.Append(outcome.Release.Note, parts) } };
            outcome = DateRevisions(releaseId, outcome, sameSource);
            NoteLevels(releaseId);
            NoteOverlaps(releaseId, sharers);
            SaveNewCodes(Tables.Classifications, classifications);
            SaveNewCodes(Tables.Units, units);
            SaveNewCodes(Tables.Commodities, commodities);
            Publish(releaseId, outcome, staging.Count, reading);
            return new LoadResult(LoadStatus.Stored, releaseId, staging.Count, []) { Match = match, Outliers = outliers, Breakdowns = parts };
        }
        catch (Exception ex)
        {
            Unstage();
            if (ex is StoreException store && !store.Message.StartsWith("storing failed", StringComparison.Ordinal))
            {
                throw new StoreException($"storing failed, nothing was published: {store.Message}", store);
            }

            throw;
        }
    }

    // Best effort: with the server gone this fails too, and the sweep of the next open or ingest removes the rows.
    // Only a sweep, never a drop by id: had the release row been written before the failure (an answer lost on the
    // way back), its release is published and must stay.
    private void Unstage()
    {
        try
        {
            Sweep();
        }
        catch (StoreException)
        {
        }
    }

    // One past every id any table holds (each server's level counts too), so an id whose staged rows are still there
    // is never reused before the sweep.
    private int NextReleaseId()
    {
        var sql = string.Join(" UNION ALL ", new[] { Tables.Releases, Tables.Records }.Concat(Tables.Evidence)
            .Select(t => $"SELECT max(release_id) AS id FROM {t}"));
        var max = _server.Rows($"SELECT max(id) FROM ({sql})")[0][0];
        var levels = _shards.Servers.Select(s => s.Rows($"SELECT max(release_id) FROM {Tables.LocalLevels}")[0][0]);
        return new[] { max }.Concat(levels).Max(m => m is null ? 0 : int.Parse(m, CultureInfo.InvariantCulture)) + 1;
    }

    private List<DuplicateKey> FindDuplicates(int releaseId)
    {
        // As the DuckDB store: the first 20 clashing keys by first line, then by key, each with its two earliest lines.
        var clashes = _server.Rows($"""
            SELECT key, arrayElement(arraySort(groupArray(source_line)), 1) AS first_line, arrayElement(arraySort(groupArray(source_line)), 2) AS second_line
            FROM {Tables.Records} WHERE release_id = {SqlLiteral.Of(releaseId)}
            GROUP BY key HAVING count() > 1
            ORDER BY first_line, key LIMIT 20
            """);
        return [.. clashes.Select(r => new DuplicateKey(
            long.Parse(r[1]!, CultureInfo.InvariantCulture), long.Parse(r[2]!, CultureInfo.InvariantCulture),
            KeyFields.Of(long.Parse(r[0]!, CultureInfo.InvariantCulture)).Describe()))];
    }

    // The small tables first, the release row last: until it exists no query names the release.
    private void Publish(int releaseId, ReleaseOutcome outcome, long stored, ReleaseReading reading)
    {
        var release = outcome.Release!;
        var id = SqlLiteral.Of(releaseId);
        var components = reading.Components.Select((c, i) =>
        {
            // The bytes' label is the file name the release was stored under.
            var label = c.Name == ReleaseReading.BytesName && c.Label.Length == 0 ? release.FileName : c.Label;
            return $"({id}, {SqlLiteral.Of(i)}, {SqlLiteral.Of(c.Name)}, {SqlLiteral.Of(label)}, {SqlLiteral.Of(c.Fingerprint)})";
        }).ToList();
        if (components.Count > 0)
        {
            _server.Execute($"INSERT INTO {Tables.ReleaseReading} VALUES {string.Join(", ", components)}");
        }

        if (outcome.Skipped.Count > 0)
        {
            _server.Execute($"INSERT INTO {Tables.SkippedRows} VALUES {string.Join(", ", outcome.Skipped.Select(s => $"({id}, {SqlLiteral.Of(s.Key)}, {SqlLiteral.Of(s.Value)})"))}");
        }

        if (outcome.Discrepancies.Count > 0)
        {
            _server.Execute($"INSERT INTO {Tables.Discrepancies} VALUES {string.Join(", ", outcome.Discrepancies.Select((d, i) =>
                $"({id}, {SqlLiteral.Of(i)}, {SqlLiteral.Of(d.Reporter.Code)}, {SqlLiteral.Of(d.Partner.Code)}, {SqlLiteral.Of((int)d.Flow)}, {SqlLiteral.Of(d.Period.ToString())}, "
                + $"{SqlLiteral.OfMoney(d.ChosenUsd)}, {SqlLiteral.Of(d.ChosenEvidence)}, {SqlLiteral.OfMoney(d.OtherUsd)}, {SqlLiteral.Of(d.OtherEvidence)}, {SqlLiteral.Of(d.Reason)})"))}");
        }

        InsertRates(releaseId, outcome);
        InsertStatedFigures(releaseId, outcome);
        InsertReleaseRow(
            new ReleaseSummary(
                releaseId, release.Source, outcome.Format, release.Dataset, release.FileName, release.ContentHash, release.Vintage,
                _clock.GetUtcNow().UtcDateTime, outcome.RowsRead, stored, release.Note)
            { Conversion = release.Conversion, UpdatedOn = release.UpdatedOn },
            reading.Identity,
            revision: 0);
    }

    /// <summary>A release's records as insert rows, packed as the DuckDB store packs them, with its duplicate screen.</summary>
    private sealed class StagedRecords(int releaseId, StoredCodes classifications, StoredCodes units, StoredCodes commodities)
    {
        private readonly DuplicateScreen _screen = new();

        public long Count { get; private set; }

        public bool KeysDistinct => _screen.Clean;

        // A failure of the reader or of a record, kept to be thrown as itself: the driver would wrap it as a serialisation error.
        public Exception? Failure { get; private set; }

        /// <summary>The records that are parts of a total (<see cref="TradeRecord.Breakdown"/>): not inserted into records.</summary>
        public BreakdownRows Breakdowns { get; } = new();

        public IEnumerable<object[]> Rows(IEnumerable<TradeRecord> records, CancellationToken cancellationToken)
        {
            using var each = records.GetEnumerator();
            while (Next(each, cancellationToken) is { } row)
            {
                Count++;
                yield return row;
            }
        }

        private object[]? Next(IEnumerator<TradeRecord> each, CancellationToken cancellationToken)
        {
            try
            {
                while (true)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!each.MoveNext())
                    {
                        return null;
                    }

                    if (Row(each.Current) is { } row)
                    {
                        return row;
                    }
                }
            }
            catch (Exception ex)
            {
                Failure = ex;
                return null;
            }
        }

        // Null for a part of a total, kept apart as the DuckDB store keeps it.
        private object[]? Row(in TradeRecord record)
        {
            // A commodity's key holds the id of its name (commodities), as the DuckDB store's RecordPipeline packs it.
            var key = record.Product.IsCommodity
                ? RecordKey.Pack(in record, commodities.Table.IdOf(record.Product.Name))
                : RecordKey.Pack(in record);
            if (record.Breakdown is not null)
            {
                Breakdowns.Add(key, in record);
                return null;
            }

            _screen.Add(key);
            return
            [
                releaseId, key, record.ValueUsd, record.Quantity is { } q ? q.Amount : DBNull.Value,
                RecordDetail.Pack((int)record.Derivation, record.Quantity is { } unit ? units.Table.IdOf(unit.Unit) : 0, classifications.Table.IdOf(record.Product.Classification)),
                record.Published is { } published ? published.ToDateTime(TimeOnly.MinValue) : DBNull.Value,
                record.SourceLine,
            ];
        }
    }
}
