using Turnover.Core;
using Turnover.Ingest.Baci;
using Turnover.Ingest.Comtrade;
using Turnover.Ingest.Fao;
using Turnover.Ingest.Fcs;
using Turnover.Ingest.Gacc;
using Turnover.Ingest.Imf;
using Turnover.Ingest.Mapped;
using Turnover.Ingest.National;
using Turnover.Ingest.Wind;

namespace Turnover.Ingest;

/// <summary>Every reader, in the order <c>--format auto</c> tries them (most specific layouts first).</summary>
public static class TradeReaders
{
    /// <summary>All readers.</summary>
    public static IReadOnlyList<ITradeReader> All { get; } =
    [
        new ComtradeReader(),
        new ImfReader(),
        new GaccReader(),
        new FcsReader(),
        new FaoReader(),
        new CensusReader(),
        new KosisReader(),
        new BaciReader(),
        new WindReader(),
        new MappedCsvReader(),
    ];

    /// <summary>The format names accepted by <c>--format</c>, plus "auto".</summary>
    public static IReadOnlyList<string> FormatNames { get; } = ["auto", .. All.Select(r => r.Format)];

    /// <summary>The reader for a format name, or null.</summary>
    public static ITradeReader? ByFormat(string format) =>
        All.FirstOrDefault(r => string.Equals(r.Format, format, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first reader that recognises the sample; the mapped reader never guesses (it needs a mapping).</summary>
    public static ITradeReader? Detect(FileSample sample) =>
        All.Where(r => r.Format != "mapped").FirstOrDefault(r => r.Recognises(sample));

    /// <summary>
    /// Streams <paramref name="reader"/>'s records, never letting a fault of the input escape: a path that is not a
    /// readable regular file, and any exception <see cref="InputFault.Is"/> recognises (corrupt or cut gzip, a row
    /// over Sep's 16 MiB limit, undecodable text, an I/O error mid-read), becomes one <see cref="IngestError"/>
    /// naming the file and the line reached, and the records end; so does gzip data that ends before its trailer
    /// says (cut short). The file is then rejected whole, like any defect.
    /// </summary>
    /// <remarks>
    /// Exceptions that are not faults of the input (bugs) still propagate. With <see cref="IngestOptions.Published"/>
    /// the release's vintage becomes that date and no record is dated later (GivenPublicationDate.cs).
    /// </remarks>
    public static IEnumerable<TradeRecord> ReadSafely(ITradeReader reader, ReadContext context)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(context);
        if (InputFile.Problem(context.Path) is { } problem)
        {
            context.Error(0, string.Empty, problem);
            return [];
        }

        return GivenPublicationDate.Apply(Guarded(reader, context), context);
    }

    private static IEnumerable<TradeRecord> Guarded(ITradeReader reader, ReadContext context)
    {
        IEnumerator<TradeRecord>? records = null;
        try
        {
            while (true)
            {
                TradeRecord record;
                try
                {
                    records ??= reader.Read(context).GetEnumerator();
                    if (!records.MoveNext())
                    {
                        ReportTruncation(context);
                        yield break;
                    }

                    record = records.Current;
                }
                catch (Exception ex) when (InputFault.Is(ex))
                {
                    Report(ex, context);
                    yield break;
                }

                yield return record;
            }
        }
        finally
        {
            DisposeQuietly(records, context);
        }
    }

    private static void Report(Exception fault, ReadContext context)
    {
        var (line, message) = Locate(fault, context.Reached);
        context.Error(line, string.Empty, message);
    }

    /// <summary>The line a fault of the input is placed on (0: the whole file), and what it means.</summary>
    /// <param name="fault">An exception for which <see cref="InputFault.Is"/> is true.</param>
    /// <param name="reached">The stream the fault came from, as far as it got; null when none was opened.</param>
    internal static (long Line, string Message) Locate(Exception fault, CountingStream? reached)
    {
        // Sep reads ahead of the header it checks, so a header fault is placed on the first line, not where reading got to.
        var line = fault switch
        {
            CorruptGzipException corrupt => corrupt.Line,
            ArgumentException => 1,
            _ => reached is null ? 0 : reached.LineBreaks + 1,
        };
        return (line, InputFault.Describe(fault, reached?.Gzip == true));
    }

    private static void ReportTruncation(ReadContext context)
    {
        if (context.Reached is { Truncation: { } truncation } reached)
        {
            context.Error(reached.LineBreaks + 1, string.Empty, truncation);
        }
    }

    private static void DisposeQuietly(IEnumerator<TradeRecord>? records, ReadContext context)
    {
        try
        {
            records?.Dispose();
        }
        catch (Exception ex) when (InputFault.Is(ex))
        {
            // Disposing runs the reader's finally blocks, which may read on (a trailing check); the first fault wins.
            if (!context.HasErrors)
            {
                Report(ex, context);
            }
        }
    }
}
