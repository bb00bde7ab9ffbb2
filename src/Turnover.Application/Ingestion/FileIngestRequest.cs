using Turnover.Ingest;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>One file to read into the store.</summary>
/// <param name="Path">The file.</param>
/// <param name="Format">A reader's format name, or "auto" to detect it from the file's first bytes.</param>
/// <param name="Options">How to read it: mapping, exchange rates, breakdowns, publication date.</param>
public sealed record FileIngestRequest(string Path, string Format, IngestOptions Options)
{
    /// <summary>How to store it: whether implausible figures are accepted.</summary>
    public LoadOptions Load { get; init; }

    /// <summary>How the host names the format choice in the failure of a layout it cannot recognise ("--format" on the command line); null says it in words.</summary>
    public string? FormatParameter { get; init; }

    /// <summary>How the host names the mapping file in a failure about it ("--mapping" on the command line); null says "mapping".</summary>
    public string? MappingParameter { get; init; }

    /// <summary>How the host names the FAO quantity file parameter in messages (the CLI's "--quantities"); null for "quantities".</summary>
    public string? QuantitiesParameter { get; init; }

    /// <summary>Called as the file is read with the bytes and the rows read so far; null for none.</summary>
    public Action<long, long>? Progress { get; init; }
}
