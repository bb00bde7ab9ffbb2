using Turnover.Ingest.Baci;
using Turnover.Ingest.Comtrade;
using Turnover.Ingest.Gacc;
using Turnover.Ingest.Imf;
using Turnover.Ingest.Mapped;
using Turnover.Ingest.National;

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
        new CensusReader(),
        new KosisReader(),
        new BaciReader(),
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
}
