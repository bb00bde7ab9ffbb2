using Turnover.Store;

namespace Turnover.Application;

/// <summary>
/// <c>turnover claims --save</c>: judges a text's claims, keeps the article and its claims in the store (an article
/// saved again adds nothing) and records their verdicts, and those of registered targets not yet watched, as the
/// ones later judgements are compared with (<see cref="WatchQuery"/>), judged as those will be.
/// </summary>
/// <param name="store">The store, opened writable.</param>
public sealed class ClaimSaving(ITradeStore store)
{
    /// <summary>Judges, saves and records.</summary>
    /// <returns>The answer (nothing saved for a text without claims); <see cref="FailureKind.BadInput"/> for a bad text (nothing saved), an empty source, or a read-only store.</returns>
    public Outcome<ClaimSaveAnswer> Run(ClaimSaveRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Source))
        {
            return Failure.Because(FailureKind.BadInput, new ArticleSourceMissing());
        }

        if (store.ReadOnly)
        {
            return Failure.Because(FailureKind.BadInput, new StoreOpenedReadOnly(store.Path, StoreWrite.SaveClaims));
        }

        // One set of reads for the judgement shown and the watch's: saving an article changes no figure they read.
        var reads = StoreReads.Memoised(store);
        var query = new ClaimCheckQuery(reads);
        var judged = request.Reading is { } reading ? query.Run(request.Check, reading) : query.Run(request.Check);
        return judged.Map(answer =>
        {
            if (answer.Claims.Count == 0)
            {
                // A text without claims gives nothing to watch: nothing is written.
                return new ClaimSaveAnswer(answer, default);
            }

            var check = request.Check;
            var article = new SavedArticle(request.Source.Trim(), answer.ArticleDate, check.Language.ToString(), check.Text);
            var saved = store.SaveArticle(article, [.. answer.Claims.Select(c => WatchJudge.ToSaved(c.Stated))]);
            var watch = new WatchQuery(reads).Run(request.Watch with { Record = false }).Value;
            WatchQuery.RecordNew(store, [.. watch.Entries.Where(e => e.Before is null).Select(e => (e.Subject, e.Now))]);
            return new ClaimSaveAnswer(answer, saved);
        });
    }
}
