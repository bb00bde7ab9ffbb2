using System.Runtime.ExceptionServices;
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
        var (result, origin, yearless) = reading.Result;
        if (!result.Success)
        {
            return Failure.BadInput(result.Error!);
        }

        var date = result.ArticleDate ?? request.Today;
        var claims = result.Claims;
        var checkedClaims = new CheckedClaim[claims.Count];
        if (claims.Count < ParallelFrom || _shared is not null)
        {
            var checker = new ClaimChecker(_shared ?? StoreReads.Memoised(_store), request, date);
            for (var i = 0; i < claims.Count; i++)
            {
                checkedClaims[i] = checker.Check(claims[i], claims);
            }
        }
        else
        {
            // A second handle on the store, so that the threads' different questions are read two at a time.
            using var readers = new StoreReaders<ITradeStore>(_store, store => store.SecondReader());
            var reads = StoreReads.Memoised(readers);
            CheckInParallel(claims, checkedClaims, () => new ClaimChecker(reads, request, date));
        }

        return new ClaimCheckAnswer(date, origin, request.Today, result.Language, checkedClaims, ClaimThresholds.Default) { YearlessDateline = yearless };
    }

    /// <summary>
    /// From this many claims (a long text's), they are judged on several threads, each with a checker of its own over
    /// the shared, thread-safe reads (<see cref="StoreReads.Memoised(StoreReaders{ITradeStore})"/>) over two handles on the store: each question is
    /// read once as before, two different ones at a time, and the model runs of different targets run side by side.
    /// </summary>
    internal const int ParallelFrom = 256;

    // Each claim's check depends only on the claim, the text's claims and the reads, which give the same answer whichever
    // thread asks first; the answers are kept in the text's order. What a check throws is thrown as the sequential loop
    // would have: the exception of the first claim in the text's order that threw.
    private static void CheckInParallel(IReadOnlyList<StatedClaim> claims, CheckedClaim[] checkedClaims, Func<ClaimChecker> newChecker)
    {
        var failures = new ExceptionDispatchInfo?[claims.Count];
        Parallel.For(0, claims.Count, newChecker, (i, _, checker) =>
        {
            try
            {
                checkedClaims[i] = checker.Check(claims[i], claims);
            }
            catch (Exception e)
            {
                failures[i] = ExceptionDispatchInfo.Capture(e);
            }

            return checker;
        }, static _ => { });
        Array.Find(failures, f => f is not null)?.Throw();
    }
}
