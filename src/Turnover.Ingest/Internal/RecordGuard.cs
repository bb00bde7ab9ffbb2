using Turnover.Core;

namespace Turnover.Ingest.Internal;

/// <summary>
/// Refuses a file that gives no record at all, so it is never stored as an empty release; runs after every reader.
/// (A gzip input cut short is found while it is read: <see cref="CountingStream"/>.)
/// </summary>
/// <remarks>
/// An empty or header-only file is a download that went wrong. A file whose every row is skipped on purpose (only
/// partner groups, only breakdowns, only growth rates) is refused too: storing it would record a release that holds
/// nothing and would hide that the wrong extract was downloaded; the message lists what was skipped and why.
/// </remarks>
internal static class RecordGuard
{
    /// <summary>Streams <paramref name="records"/>, then reports an error when none came out and nothing else was wrong.</summary>
    public static IEnumerable<TradeRecord> RequireAny(IEnumerable<TradeRecord> records, ReadContext context)
    {
        var any = false;
        foreach (var record in records)
        {
            any = true;
            yield return record;
        }

        RequireAny(any, context);
    }

    /// <summary>
    /// The check of <see cref="RequireAny(IEnumerable{TradeRecord}, ReadContext)"/> for a reader that counts its own
    /// records: one iterator less for every record of a ten-million-line file (BACI).
    /// </summary>
    public static void RequireAny(bool any, ReadContext context)
    {
        if (any || context.HasErrors)
        {
            return;
        }

        if (context.RowsRead == 0)
        {
            context.Error(0, string.Empty, "the file has no data rows (empty, or a header only): nothing to store");
            return;
        }

        var reasons = string.Join("; ", context.Skipped.Select(s => $"{s.Key}: {s.Value}"));
        context.Error(0, string.Empty, $"none of the {context.RowsRead} data row(s) gives a record to store"
            + (reasons.Length > 0 ? $" (skipped: {reasons})" : string.Empty));
    }
}
