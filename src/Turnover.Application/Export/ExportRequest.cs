using Turnover.Core;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>What to export, and where.</summary>
/// <param name="OutputPath">The file to write; an existing file is replaced only once the new one is whole.</param>
/// <param name="Format">Parquet or CSV.</param>
public sealed record ExportRequest(string OutputPath, ExportFileFormat Format)
{
    /// <summary>One pair (both directions, both reporters); null for every pair.</summary>
    public CountryPair? Pair { get; init; }

    /// <summary>The years to write; neither bound for every year.</summary>
    public YearRange Years { get; init; }

    /// <summary>Only what was public by this date; null for everything stored.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Every revision of each figure, each with its release; false for the latest one (what answers read).</summary>
    public bool EveryRevision { get; init; }
}
