namespace Turnover.Core;

/// <summary>How long a <see cref="Period"/> is.</summary>
public enum Granularity : byte
{
    /// <summary>One calendar month.</summary>
    Month = 1,

    /// <summary>A calendar quarter.</summary>
    Quarter = 3,

    /// <summary>A calendar year.</summary>
    Year = 12,

    /// <summary>
    /// Any other run of consecutive months inside one year: China's combined January–February release,
    /// or a year-to-date cumulative (January to month M).
    /// </summary>
    Span = 0,
}
