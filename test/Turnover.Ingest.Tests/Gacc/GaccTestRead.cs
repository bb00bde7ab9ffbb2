using Turnover.Core;
using Turnover.Ingest.Gacc;

namespace Turnover.Ingest.Tests.Gacc;

/// <summary>Reads a file with the GACC reader and keeps what the context collected.</summary>
internal sealed class GaccTestRead
{
    private GaccTestRead(ReadContext context, List<TradeRecord> records)
    {
        Context = context;
        Records = records;
    }

    public ReadContext Context { get; }

    public List<TradeRecord> Records { get; }

    public static GaccTestRead Of(string path, IngestOptions? options = null)
    {
        var context = new ReadContext(path, options ?? new IngestOptions());
        var records = new GaccReader().Read(context).ToList();
        return new GaccTestRead(context, records);
    }

    public TradeRecord Single(Flow flow, Period period) => Records.Single(r => r.Flow == flow && r.Period == period);

    public string ErrorsText => string.Join(Environment.NewLine, Context.Errors);
}
