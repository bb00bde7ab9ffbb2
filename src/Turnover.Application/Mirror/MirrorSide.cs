using Turnover.Core;

namespace Turnover.Application;

/// <summary>One country's statistics of the pair: who publishes them and how they value trade (SourceCatalog).</summary>
/// <param name="Country">The side.</param>
/// <param name="Source">Its publisher, or null when none of its statistics of the pair is stored.</param>
public sealed record MirrorSide(Country Country, SourceKind? Source)
{
    /// <summary>True when the side's statistics are stored.</summary>
    public bool Stored => Source is not null;
}
