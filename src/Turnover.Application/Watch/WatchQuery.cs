using Turnover.Claims;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>
/// Judges every saved claim (<c>turnover claims --save</c>) and every registered target again on the store as it
/// stands, compares each with its last recorded judgement and, when asked, records the new ones: <c>turnover
/// ingest</c> runs it after a release is stored, <c>turnover watch</c> on demand. A saved article is read again with
/// the date and language it was saved with, so its claims are judged exactly as <c>turnover claims</c> would judge them.
/// </summary>
public sealed class WatchQuery
{
    private readonly ITradeStore _store;
    private readonly StoreReads? _shared;

    /// <param name="store">The store (writable when the request records).</param>
    public WatchQuery(ITradeStore store) => _store = store;

    /// <param name="reads">Reads shared with the rest of a run (claims --save has just judged the text on them).</param>
    internal WatchQuery(StoreReads reads) => (_store, _shared) = (reads.Store, reads);

    /// <summary>Judges and compares; records when <see cref="WatchRequest.Record"/> is set.</summary>
    /// <returns>The report; <see cref="FailureKind.BadInput"/> when asked to record on a read-only store.</returns>
    public Outcome<WatchReport> Run(WatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var store = _store;
        if (request.Record && store.ReadOnly)
        {
            return Failure.Because(FailureKind.BadInput, new StoreOpenedReadOnly(store.Path, StoreWrite.RecordJudgements));
        }

        var before = store.WatchedVerdicts().ToDictionary(v => v.Subject, StringComparer.Ordinal);
        var releases = store.Releases().Where(r => r.Retraction is null).ToList();
        var last = WatchJudge.LastRelease(releases);
        var entries = new List<WatchEntry>();
        var claims = store.SavedClaims();
        // One set of reads for every article and target: their claims ask about the same pairs and dates, and a claim
        // that restates a registered target is the same check as the target's own.
        var reads = _shared ?? StoreReads.Memoised(store);
        foreach (var article in store.SavedArticles())
        {
            entries.AddRange(JudgeArticle(article, [.. claims.Where(c => c.ArticleId == article.Id)], request, reads));
        }

        var query = new TargetCheckQuery(reads);
        entries.AddRange(request.Targets.OrderBy(t => t.Name, StringComparer.Ordinal).Select(target =>
        {
            var report = query.Run(new TargetCheckRequest(target, request.Today) { Forecaster = request.Forecaster, Options = request.Options }).Reports[0];
            return new WatchEntry(WatchJudge.TargetSubject(target.Name), WatchJudge.Stored(WatchJudge.Of(report)), null) { Target = target, Report = report };
        }));
        entries = [.. entries.Select(e => Compared(e, before, releases))];
        if (request.Record)
        {
            store.RecordVerdicts([.. entries.Select(e => WatchJudge.ToRecord(e.Subject, e.Now, last))]);
        }

        return new WatchReport(request.Today, entries, request.Record);
    }

    /// <summary>Records the judgements of subjects that had none (what <c>claims --save</c> starts watching), leaving the others' as they were.</summary>
    internal static void RecordNew(ITradeStore store, IEnumerable<(string Subject, Judgement Judgement)> judged)
    {
        var last = WatchJudge.LastRelease(store.Releases());
        store.RecordVerdicts([.. judged.Select(j => WatchJudge.ToRecord(j.Subject, j.Judgement, last))]);
    }

    private static IEnumerable<WatchEntry> JudgeArticle(SavedArticle article, IReadOnlyList<SavedClaim> saved, WatchRequest request, StoreReads reads)
    {
        var check = new ClaimCheckQuery(reads).Run(new ClaimCheckRequest(article.Text, request.Today)
        {
            ArticleDate = article.ArticleDate,
            Language = Enum.TryParse<ClaimLanguage>(article.Language, out var language) ? language : ClaimLanguage.Auto,
            Rates = request.Rates,
            KnownTargets = request.Targets,
            Forecaster = request.Forecaster,
            Options = request.Options,
        });
        var judged = check.TryGetValue(out var answer) ? answer.Claims : [];
        foreach (var claim in saved)
        {
            var now = judged.FirstOrDefault(c => WatchJudge.Same(claim, c.Stated));
            yield return new WatchEntry(WatchJudge.ClaimSubject(claim.Id), now is null ? WatchJudge.NotRead : WatchJudge.Stored(WatchJudge.Of(now)), null)
            {
                Claim = claim,
                Checked = now,
            };
        }
    }

    private static WatchEntry Compared(WatchEntry entry, Dictionary<string, WatchedVerdict> before, List<ReleaseSummary> releases)
    {
        if (!before.TryGetValue(entry.Subject, out var recorded))
        {
            return entry;
        }

        var previous = WatchJudge.FromRecord(recorded);
        return entry with
        {
            Before = previous,
            Since = previous != entry.Now ? [.. releases.Where(r => r.Id > recorded.LastRelease).OrderBy(r => r.Id)] : [],
        };
    }
}
