namespace Turnover.Application;

/// <summary>The HS level product lines are summed to.</summary>
public enum ProductLevel
{
    /// <summary>HS2 chapters.</summary>
    Chapter = 2,

    /// <summary>HS4 headings.</summary>
    Heading = 4,

    /// <summary>HS6 subheadings (a line stored coarser stays at its own level).</summary>
    Product = 6,
}
