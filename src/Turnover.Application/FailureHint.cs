namespace Turnover.Application;

/// <summary>
/// Where the user can look next after a failure: each host words it (the command line names a command, the web an
/// endpoint), so a use case's message names no host's commands.
/// </summary>
public enum FailureHint
{
    /// <summary>What the store holds: its pairs, coverage and releases.</summary>
    StoreContents,

    /// <summary>The releases stored, with their ids.</summary>
    Releases,

    /// <summary>The registered targets, with their names.</summary>
    Targets,

    /// <summary>How to remove a target added to the store.</summary>
    RemoveTarget,

    /// <summary>How a target's progress is checked: a target that is no year's value is measured there, not drawn.</summary>
    TargetCheck,
}
