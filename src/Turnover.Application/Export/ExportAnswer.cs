using Turnover.Store;

namespace Turnover.Application;

/// <summary>An export that was written whole.</summary>
/// <param name="Path">The full path of the file written.</param>
/// <param name="Format">Its format.</param>
/// <param name="Bytes">Its size.</param>
/// <param name="Request">What was asked.</param>
/// <param name="Written">What the file holds, read back from it.</param>
public sealed record ExportAnswer(string Path, ExportFileFormat Format, long Bytes, ExportRequest Request, ExportedFile Written);
