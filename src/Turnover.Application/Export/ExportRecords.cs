using Turnover.Store;

namespace Turnover.Application;

/// <summary>
/// <c>turnover export</c>: the stored figures as published, for other tools (Parquet or CSV), each with its source,
/// release and line. The file is written beside the target under a temporary name and moved into place only when
/// whole, so a failed or interrupted export never leaves a half-written file under the name asked for.
/// </summary>
/// <param name="store">The store to read (read-only is enough).</param>
public sealed class ExportRecords(ITradeStore store)
{
    /// <summary>Writes the file.</summary>
    /// <returns>
    /// What was written; <see cref="FailureKind.BadInput"/> when the first year is after the last or the path cannot be
    /// written; <see cref="FailureKind.NoData"/> when no stored record matches (no file is written).
    /// </returns>
    public Outcome<ExportAnswer> Run(ExportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (ProductQuestion.Refusal(request.Years) is { } refusal)
        {
            return refusal;
        }

        if (request.Pair is { } pair && pair.A == pair.B)
        {
            return Failure.Because(FailureKind.BadInput, new SameCountryTwice(pair.A));
        }

        var path = Path.GetFullPath(request.OutputPath);
        if (Directory.Exists(path))
        {
            return Unusable(request, ExportPathProblem.IsFolder);
        }

        var folder = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(folder))
        {
            return Unusable(request, ExportPathProblem.FolderMissing);
        }

        var partial = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.partial");
        try
        {
            // Created first so that a folder that cannot be written to is told apart from a failed export.
            File.Create(partial).Dispose();
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            return Unusable(request, ExportPathProblem.NotWritable);
        }

        try
        {
            var selection = new ExportSelection(request.Pair, request.Years.From, request.Years.To, request.AsOf, request.EveryRevision);
            var written = store.Export(selection, partial, request.Format);
            if (written.Rows == 0)
            {
                return Failure.Because(FailureKind.NoData, new NothingToExport(request)) with { Hint = FailureHint.StoreContents };
            }

            File.Move(partial, path, overwrite: true);
            return new ExportAnswer(path, request.Format, new FileInfo(path).Length, request, written);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private static Failure Unusable(ExportRequest request, ExportPathProblem problem) =>
        Failure.Because(FailureKind.BadInput, new ExportPathUnusable(request.OutputPath, problem));
}
