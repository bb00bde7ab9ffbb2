namespace Turnover.Core;

/// <summary>What to show of a bilateral pair, from the chosen reporter's side.</summary>
public enum Measure : byte
{
    /// <summary>Exports plus imports.</summary>
    Turnover,

    /// <summary>Reporter's exports to the partner.</summary>
    Exports,

    /// <summary>Reporter's imports from the partner.</summary>
    Imports,

    /// <summary>Exports minus imports.</summary>
    Balance,
}
