namespace Turnover.Store;

/// <summary>What an export wrote, read back from the file itself.</summary>
/// <param name="Rows">Records written.</param>
/// <param name="ReleaseIds">The releases the records come from, in order.</param>
/// <param name="Pairs">Distinct reporter-partner pairs (each direction counts once per reporter).</param>
/// <param name="FirstYear">The earliest year written; null when nothing was.</param>
/// <param name="LastYear">The latest year written; null when nothing was.</param>
public sealed record ExportedFile(long Rows, IReadOnlyList<int> ReleaseIds, long Pairs, int? FirstYear, int? LastYear);
