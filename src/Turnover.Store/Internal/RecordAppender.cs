using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace Turnover.Store.Internal;

/// <summary>
/// Appends <see cref="RecordBatch"/>es to the <c>records</c> table one native data chunk at a time: each column is
/// copied straight into the chunk's vector memory and DuckDB takes the chunk in one call.
/// </summary>
/// <remarks>
/// DuckDB.NET's row appender dispatches on every value (type switch, bounds check, a native call per string),
/// which cost about 1.3 µs a row at the old 16 columns, most of a ten-million-row load. Copying whole columns
/// costs nanoseconds a row; what remains is DuckDB's own work per column, hence the packed layout of
/// <c>Sql/schema.sql</c>. The layout written here must match it: the constructor checks every column's type, so a
/// schema change fails loudly instead of writing rows in the wrong shape.
/// </remarks>
internal sealed unsafe class RecordAppender : IDisposable
{
    /// <summary>The largest <c>units</c> id the <c>detail</c> column holds (bits 8–19).</summary>
    public const int MaxUnitId = (1 << RecordDetail.UnitBits) - 1;

    /// <summary>The largest <c>classifications</c> id the <c>detail</c> column holds (bits 20–30).</summary>
    public const int MaxClassificationId = (1 << RecordDetail.ClassificationBits) - 1;

    private const int ReleaseId = 0, Key = 1, ValueUsd = 2, Quantity = 3, Detail = 4, Published = 5, SourceLine = 6, ColumnCount = 7;

    private static readonly DuckDBType[] s_expected =
        [DuckDBType.Integer, DuckDBType.BigInt, DuckDBType.Decimal, DuckDBType.Double, DuckDBType.Integer, DuckDBType.Date, DuckDBType.BigInt];

    private readonly DuckDB.NET.Native.DuckDBAppender _appender;
    private readonly DuckDBDataChunk _chunk;
    private readonly int _releaseId;
    private bool _closed;

    public RecordAppender(DuckDBConnection connection, int releaseId)
    {
        if ((int)NativeMethods.Helpers.DuckDBVectorSize() < RecordBatch.Capacity)
        {
            throw new InvalidOperationException($"DuckDB's vector size {NativeMethods.Helpers.DuckDBVectorSize()} is below the batch size {RecordBatch.Capacity}.");
        }

        _releaseId = releaseId;
        if (NativeMethods.Appender.DuckDBAppenderCreate(connection.NativeConnection, null!, "records", out _appender) != DuckDBState.Success)
        {
            var message = LastError();
            _appender.Dispose();
            throw new StoreException($"storing failed, nothing was stored: cannot append to records: {message}");
        }

        var types = new DuckDBLogicalType[ColumnCount];
        try
        {
            CheckLayout(types);
            _chunk = NativeMethods.DataChunks.DuckDBCreateDataChunk(types.Select(t => t.DangerousGetHandle()).ToArray(), ColumnCount);
        }
        catch
        {
            _appender.Dispose();
            throw;
        }
        finally
        {
            foreach (var type in types)
            {
                type?.Dispose();
            }
        }
    }

    /// <summary>Copies a batch into the data chunk and hands it to DuckDB.</summary>
    /// <exception cref="StoreException">DuckDB refused the chunk.</exception>
    public void Append(RecordBatch batch)
    {
        var count = batch.Count;
        if (count == 0)
        {
            return;
        }

        Column<int>(ReleaseId, count).Fill(_releaseId);
        batch.Keys.AsSpan(0, count).CopyTo(Column<long>(Key, count));
        batch.Cents.AsSpan(0, count).CopyTo(Column<long>(ValueUsd, count));
        batch.Quantities.AsSpan(0, count).CopyTo(Column<double>(Quantity, count));
        batch.QuantityValid.AsSpan().CopyTo(Validity(Quantity));
        batch.Details.AsSpan(0, count).CopyTo(Column<int>(Detail, count));
        batch.Published.AsSpan(0, count).CopyTo(Column<int>(Published, count));
        batch.PublishedValid.AsSpan().CopyTo(Validity(Published));
        batch.Lines.AsSpan(0, count).CopyTo(Column<long>(SourceLine, count));
        NativeMethods.DataChunks.DuckDBDataChunkSetSize(_chunk, (ulong)count);
        if (NativeMethods.Appender.DuckDBAppendDataChunk(_appender, _chunk) != DuckDBState.Success)
        {
            ThrowLastError();
        }

        NativeMethods.DataChunks.DuckDBDataChunkReset(_chunk);
    }

    /// <summary>Flushes DuckDB's buffered rows and closes the appender; its rows join the open transaction.</summary>
    public void Close()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        if (NativeMethods.Appender.DuckDBAppenderClose(_appender) != DuckDBState.Success)
        {
            ThrowLastError();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _chunk.Dispose();
        _appender.Dispose();
    }

    // Vector memory is fetched per chunk: a reset chunk may hand out new buffers and clears the validity masks.
    private Span<T> Column<T>(int column, int count)
        where T : unmanaged =>
        new(NativeMethods.Vectors.DuckDBVectorGetData(NativeMethods.DataChunks.DuckDBDataChunkGetVector(_chunk, column)), count);

    private Span<ulong> Validity(int column)
    {
        var vector = NativeMethods.DataChunks.DuckDBDataChunkGetVector(_chunk, column);
        NativeMethods.Vectors.DuckDBVectorEnsureValidityWritable(vector);
        return new Span<ulong>(NativeMethods.Vectors.DuckDBVectorGetValidity(vector), RecordBatch.Capacity / 64);
    }

    private void CheckLayout(DuckDBLogicalType[] types)
    {
        var count = NativeMethods.Appender.DuckDBAppenderColumnCount(_appender);
        if (count != ColumnCount)
        {
            throw new InvalidOperationException($"The records table has {count} columns; the appender writes {ColumnCount}.");
        }

        for (var c = 0; c < ColumnCount; c++)
        {
            types[c] = NativeMethods.Appender.DuckDBAppenderColumnType(_appender, (ulong)c);
            var actual = NativeMethods.LogicalType.DuckDBGetTypeId(types[c]);
            var shapeOk = actual != DuckDBType.Decimal
                || (NativeMethods.LogicalType.DuckDBDecimalWidth(types[c]) == 18 && NativeMethods.LogicalType.DuckDBDecimalScale(types[c]) == 2);
            if (actual != s_expected[c] || !shapeOk)
            {
                throw new InvalidOperationException($"records column {c} is {actual}; the appender writes {s_expected[c]}.");
            }
        }
    }

    private void ThrowLastError() =>
        throw new StoreException($"storing failed, nothing was stored: appending records failed: {LastError()}");

    private string LastError()
    {
        using var error = NativeMethods.Appender.DuckDBAppenderErrorData(_appender);
        return NativeMethods.ErrorData.DuckDBErrorDataMessage(error);
    }
}
