namespace Turnover.Application;

/// <summary>An output path cannot be written: a folder, a device or pipe, a missing folder, or no permission.</summary>
/// <param name="Path">The path as given.</param>
/// <param name="Problem">Which of these it is.</param>
public sealed record OutputPathUnusable(string Path, OutputPathProblem Problem) : FailureReason
{
    /// <summary>Where the path's symbolic link(s) lead, when the problem is there; null when the path is no link.</summary>
    public string? LinkTarget { get; init; }
}
