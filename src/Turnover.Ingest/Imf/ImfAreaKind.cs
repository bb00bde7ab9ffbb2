namespace Turnover.Ingest.Imf;

/// <summary>The kinds of IMF area code.</summary>
internal enum ImfAreaKind
{
    /// <summary>Not a known code.</summary>
    Unknown,

    /// <summary>A country (or a trade-statistics territory such as "Other Asia, nes").</summary>
    Country,

    /// <summary>The world total (G001, W00).</summary>
    World,

    /// <summary>A group of countries overlapping the others (G998 emerging economies, B0…).</summary>
    Group,
}
