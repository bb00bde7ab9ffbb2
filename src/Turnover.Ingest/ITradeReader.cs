using Turnover.Core;

namespace Turnover.Ingest;

/// <summary>Reads one file layout into <see cref="TradeRecord"/>s, streaming.</summary>
public interface ITradeReader
{
    /// <summary>The name used by <c>--format</c> (comtrade, baci, imf, gacc, census, kosis, mapped…).</summary>
    string Format { get; }

    /// <summary>The publisher family the records belong to.</summary>
    SourceKind Source { get; }

    /// <summary>True when the file looks like this layout (from its name and first bytes); used by <c>--format auto</c>.</summary>
    bool Recognises(FileSample sample);

    /// <summary>
    /// Streams the records. Defects go to <see cref="ReadContext.Error"/> (the file is then rejected whole);
    /// rows deliberately left out go to <see cref="ReadContext.Skip"/> with a reason.
    /// </summary>
    IEnumerable<TradeRecord> Read(ReadContext context);
}
