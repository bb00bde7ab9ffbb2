namespace Turnover.Application;

/// <summary>An export's output path cannot be written: a folder, a missing folder, or no permission.</summary>
/// <param name="Path">The path as given.</param>
/// <param name="Problem">Which of these it is.</param>
public sealed record ExportPathUnusable(string Path, ExportPathProblem Problem) : FailureReason;
