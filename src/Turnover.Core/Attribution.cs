namespace Turnover.Core;

/// <summary>How surely a figure quoted by a page is the named publisher's statistics.</summary>
public enum Attribution : byte
{
    /// <summary>The page names the publisher as the figure's source ("according to Russia's customs", "our data").</summary>
    Explicit = 1,

    /// <summary>An official stated it without naming the agency; it agrees with that side's statistics, not the other's.</summary>
    Probable = 2,
}
