using Turnover.Claims;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>
/// Reads the trade claims of a news text and checks each against the store: the query it became, the evidence
/// (figure, side, publisher, releases, difference) and a verdict; projections and targets as of the article's date
/// and today. Read-only: nothing is written to the store.
/// </summary>
public sealed class ClaimCheckQuery
{
    private readonly ITradeStore _store;
    private readonly StoreReads? _shared;

    /// <param name="store">The store to read (read-only is enough).</param>
    public ClaimCheckQuery(ITradeStore store) => _store = store;

    /// <param name="reads">Reads shared with the rest of a run (a watch judges several articles and the targets on one store).</param>
    internal ClaimCheckQuery(StoreReads reads) => (_store, _shared) = (reads.Store, reads);

    /// <summary>Checks every claim of <see cref="ClaimCheckRequest.Text"/>; a text without claims gives an empty list, not a failure.</summary>
    /// <returns>The answer; <see cref="FailureKind.BadInput"/> when the text is empty, binary or over the size limit.</returns>
    public Outcome<ClaimCheckAnswer> Run(ClaimCheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = new ExtractionOptions { Language = request.Language, ArticleDate = request.ArticleDate };
        var result = ClaimExtractor.Extract(request.Text, options);
        if (!result.Success)
        {
            return Failure.BadInput(result.Error!);
        }

        var origin = request.ArticleDate is not null ? ArticleDateOrigin.Given
            : result.ArticleDate is not null ? ArticleDateOrigin.Dateline
            : ArticleDateOrigin.AssumedToday;
        if (origin == ArticleDateOrigin.AssumedToday && result.Claims.Any(c => c.Period?.Resolution == PeriodResolution.Unresolved))
        {
            // Relative periods ("this year") need an anchor: today, as the answer says.
            result = ClaimExtractor.Extract(request.Text, options with { ArticleDate = request.Today });
        }

        var date = result.ArticleDate ?? request.Today;
        var checker = new ClaimChecker(_shared ?? StoreReads.Memoised(_store), request, date);
        return new ClaimCheckAnswer(date, origin, request.Today, result.Language, [.. result.Claims.Select(c => checker.Check(c, result.Claims))], ClaimThresholds.Default);
    }
}
