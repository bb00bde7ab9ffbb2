using DuckDB.NET.Data;
using Turnover.Store.Internal;

namespace Turnover.Store;

public sealed partial class TradeStore
{
    private const string ExportMemoryLimit = "512MB";

    /// <summary>
    /// Writes the stored figures of <paramref name="selection"/> to <paramref name="path"/> with DuckDB's own COPY
    /// (Sql/export.sql: each record as published, with its source, release and line; never a total summed here), then
    /// reads the file back for what it holds. Works on a read-only store. The file is written in place: the caller
    /// chooses a temporary path and moves it when the whole export succeeded.
    /// </summary>
    /// <param name="selection">Which figures.</param>
    /// <param name="path">The file to write (replaced if it exists).</param>
    /// <param name="format">Parquet or CSV.</param>
    /// <exception cref="StoreException">The export failed (the file cannot be written, the memory ran out, the store is damaged).</exception>
    public ExportedFile Export(ExportSelection selection, string path, ExportFileFormat format)
    {
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var (a, b) = selection.Pair is { } pair ? ((short?)pair.A.Code, (short?)pair.B.Code) : (null, null);
        // One pair's rows are few: they are written in key order. Every pair's are written as they come, since ordering
        // them would hold the whole store at once.
        var query = Sql("export") + (selection.Pair is null ? string.Empty : "\nORDER BY d.key, d.source, d.release_id");
        // COPY's target cannot be a parameter; the path is the one literal, quoted by SqlText.Literal. The caller's
        // path is already temporary, so DuckDB's own temporary file (left behind when the COPY fails) is not wanted.
        var options = format == ExportFileFormat.Parquet ? "FORMAT parquet, COMPRESSION zstd" : "FORMAT csv, HEADER true";
        var copy = $"COPY ({query}) TO {SqlText.Literal(path)} ({options}, USE_TMP_FILE false)";
        var read = format == ExportFileFormat.Parquet ? $"read_parquet({SqlText.Literal(path)})" : $"read_csv({SqlText.Literal(path)}, header = true)";
        try
        {
            // Bounded, DuckDB spills the choice of each figure's latest revision to disk (10 M BACI lines took 4.4 GB
            // of memory unbounded, with the rows ordered). An in-memory store keeps its rows in memory: not bounded.
            using var memory = Path == InMemory ? null : new TemporarySetting(this, "memory_limit", ExportMemoryLimit);
            using var order = selection.Pair is null ? new TemporarySetting(this, "preserve_insertion_order", "false") : null;
            Execute(copy, selection.AsOf, a, b, selection.FirstYear, selection.LastYear, selection.EveryRevision);
            return ReadBack(read);
        }
        catch (DuckDBException ex)
        {
            throw new StoreException(StoreMessages.ExportFailed(Path, ex.Message), ex);
        }
    }

    private ExportedFile ReadBack(string file)
    {
        using var command = Command(
            $"""
            SELECT count(*) AS rows, list(DISTINCT CAST(release_id AS INTEGER) ORDER BY CAST(release_id AS INTEGER)) AS releases,
                   count(DISTINCT (reporter_code, partner_code)) AS pairs,
                   min(CAST(year AS INTEGER)) AS first_year, max(CAST(year AS INTEGER)) AS last_year
            FROM {file}
            """);
        using var reader = command.ExecuteReader();
        int rows = reader.Column("rows"), releases = reader.Column("releases"), pairs = reader.Column("pairs");
        int firstYear = reader.Column("first_year"), lastYear = reader.Column("last_year");
        reader.Read();
        return new ExportedFile(
            reader.GetInt64(rows), reader.IsDBNull(releases) ? [] : reader.GetFieldValue<List<int>>(releases), reader.GetInt64(pairs),
            reader.IsDBNull(firstYear) ? null : reader.GetInt32(firstYear), reader.IsDBNull(lastYear) ? null : reader.GetInt32(lastYear));
    }
}
