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
        return Judge(request, ClaimReading.Now(request));
    }

    /// <summary>Checks the claims of a text whose reading was started earlier (<see cref="ClaimReading.Start"/>); waits for it.</summary>
    /// <param name="request">The request the reading was started with, or a copy of it with the rates, targets, model or options added.</param>
    /// <param name="reading">The reading of the same text, language, article date and today.</param>
    /// <returns>As <see cref="Run(ClaimCheckRequest)"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="reading"/> is of another text, language, article date or today.</exception>
    public Outcome<ClaimCheckAnswer> Run(ClaimCheckRequest request, ClaimReading reading)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reading);
        return reading.IsFor(request) ? Judge(request, reading)
            : throw new ArgumentException("the reading was started for another text, language, article date or today", nameof(reading));
    }

    private Outcome<ClaimCheckAnswer> Judge(ClaimCheckRequest request, ClaimReading reading)
    {
        var (result, origin) = reading.Result;
        if (!result.Success)
        {
            return Failure.BadInput(result.Error!);
        }

        var date = result.ArticleDate ?? request.Today;
        var checker = new ClaimChecker(_shared ?? StoreReads.Memoised(_store), request, date);
        return new ClaimCheckAnswer(date, origin, request.Today, result.Language, [.. result.Claims.Select(c => checker.Check(c, result.Claims))], ClaimThresholds.Default);
    }
}
