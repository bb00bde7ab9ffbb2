using Turnover.Store;

namespace Turnover.Application;

/// <summary>
/// <c>turnover export</c>: the stored figures as published, for other tools (Parquet or CSV), each with its source,
/// release and line. The file is written through <see cref="OutputFile"/>: moved into place only when whole, so a failed
/// or interrupted export never leaves a half-written file under the name asked for.
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

        return OutputFile.Replace(request.OutputPath, partial =>
        {
            var path = Path.GetFullPath(request.OutputPath);
            var selection = new ExportSelection(request.Pair, request.Years.From, request.Years.To, request.AsOf, request.EveryRevision);
            var written = store.Export(selection, partial, request.Format);
            if (written.Rows == 0)
            {
                return Failure.Because(FailureKind.NoData, new NothingToExport(request)) with { Hint = FailureHint.StoreContents };
            }

            return Outcome.Of(new ExportAnswer(path, request.Format, new FileInfo(partial).Length, request, written));
        });
    }
}
