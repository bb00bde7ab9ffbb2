namespace Turnover.Application;

/// <summary>No stored record matches an export's selection: no file is written.</summary>
/// <param name="Request">What was asked.</param>
public sealed record NothingToExport(ExportRequest Request) : FailureReason;
