using System.Runtime.CompilerServices;
using Turnover.Core;

namespace Turnover.Store.Internal;

/// <summary>
/// Up to one DuckDB vector of records, already in the columns of <c>records</c>: what the reader thread hands the
/// appending thread. Holding plain numbers rather than <see cref="TradeRecord"/>s (with their string and country
/// references) keeps the hand-over free of GC write barriers and moves the packing off the appending thread.
/// </summary>
internal sealed class RecordBatch
{
    /// <summary>Rows per batch: DuckDB's standard vector size, so one batch fills one data chunk.</summary>
    public const int Capacity = 2048;

    private static readonly int s_epochDay = new DateOnly(1970, 1, 1).DayNumber;

    public long[] Keys { get; } = new long[Capacity];

    /// <summary>value_usd as DECIMAL(18, 2) stores it: cents.</summary>
    public long[] Cents { get; } = new long[Capacity];

    public double[] Quantities { get; } = new double[Capacity];

    /// <summary>One validity bit per row, DuckDB's layout (bit set = not null).</summary>
    public ulong[] QuantityValid { get; } = new ulong[Capacity / 64];

    public int[] Details { get; } = new int[Capacity];

    /// <summary>Days since 1970-01-01, DuckDB's DATE.</summary>
    public int[] Published { get; } = new int[Capacity];

    public ulong[] PublishedValid { get; } = new ulong[Capacity / 64];

    public long[] Lines { get; } = new long[Capacity];

    public int Count { get; private set; }

    public bool IsFull => Count == Capacity;

    /// <summary>Packs one record into the next row.</summary>
    /// <exception cref="InvalidOperationException">A key field is out of range (see <see cref="RecordKey"/>).</exception>
    /// <exception cref="StoreException">The value does not fit DECIMAL(18, 2), or a code table is full.</exception>
    public void Add(in TradeRecord record, long key, CodeTable classifications, CodeTable units)
    {
        var row = Count;
        Keys[row] = key;
        Cents[row] = ToCents(record.ValueUsd, record.SourceLine);
        var unit = 0;
        if (record.Quantity is { } quantity)
        {
            Quantities[row] = quantity.Amount;
            SetValid(QuantityValid, row);
            unit = units.IdOf(quantity.Unit);
        }

        Details[row] = RecordDetail.Pack((int)record.Derivation, unit, classifications.IdOf(record.Product.Classification));
        if (record.Published is { } published)
        {
            Published[row] = published.DayNumber - s_epochDay;
            SetValid(PublishedValid, row);
        }

        Lines[row] = record.SourceLine;
        Count = row + 1;
    }

    /// <summary>Empties the batch for reuse.</summary>
    public void Clear()
    {
        Array.Clear(QuantityValid);
        Array.Clear(PublishedValid);
        Count = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SetValid(ulong[] validity, int row) => validity[row >> 6] |= 1UL << (row & 63);

    // DECIMAL(18, 2) is a long of cents. Whole dollars (all of BACI) skip decimal arithmetic; fractions of a cent
    // are truncated, as DuckDB.NET's appender did.
    private static long ToCents(decimal usd, long line)
    {
        const decimal dollarLimit = 10_000_000_000_000_000m; // DECIMAL(18, 2) holds 16 integer digits
        if (usd <= -dollarLimit || usd >= dollarLimit)
        {
            throw new StoreException($"storing failed, nothing was stored: the value {usd} on line {line} does not fit DECIMAL(18, 2).");
        }

        return usd.Scale == 0 ? (long)usd * 100 : decimal.ToInt64(decimal.Truncate(usd * 100m));
    }
}
