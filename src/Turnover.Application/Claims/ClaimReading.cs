using Turnover.Claims;

namespace Turnover.Application;

/// <summary>
/// The claims read from a request's text: the part of <see cref="ClaimCheckQuery"/> that needs no store. A caller that
/// has yet to open the store, load the exchange rates and list the targets can <see cref="Start"/> it first, so the
/// text is read on another thread meanwhile, and hand it to <see cref="ClaimCheckQuery.Run(ClaimCheckRequest, ClaimReading)"/>.
/// The answer, and any failure, are the same as from <see cref="ClaimCheckQuery.Run(ClaimCheckRequest)"/>: a text
/// that cannot be read (empty, binary, too long) is reported by the query, after whatever the caller reports first.
/// </summary>
public sealed class ClaimReading
{
    private readonly ClaimCheckRequest _request;
    private readonly Task<(ExtractionResult Result, ArticleDateOrigin Origin, string? YearlessDateline)> _read;

    private ClaimReading(ClaimCheckRequest request, Task<(ExtractionResult, ArticleDateOrigin, string?)> read) => (_request, _read) = (request, read);

    /// <summary>Starts reading the claims of <paramref name="request"/>'s text on a thread of the pool.</summary>
    /// <param name="request">
    /// The text, its language, its date and today; the store-dependent parts (rates, targets, model) may be added
    /// later, with <c>with</c>, before the request is run.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public static ClaimReading Start(ClaimCheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new ClaimReading(request, Task.Run(() => Read(request)));
    }

    /// <summary>Reads on the calling thread (what <see cref="ClaimCheckQuery.Run(ClaimCheckRequest)"/> does).</summary>
    internal static ClaimReading Now(ClaimCheckRequest request) => new(request, Task.FromResult(Read(request)));

    /// <summary>Whether this reading is of <paramref name="request"/>'s text, language, article date and today.</summary>
    internal bool IsFor(ClaimCheckRequest request) =>
        string.Equals(_request.Text, request.Text, StringComparison.Ordinal) && _request.Language == request.Language
        && _request.ArticleDate == request.ArticleDate && _request.Today == request.Today;

    /// <summary>
    /// The claims and where the article's date came from, once read (waits for them); the exception of the reading, if
    /// it threw, rethrown as it was.
    /// </summary>
    internal (ExtractionResult Result, ArticleDateOrigin Origin, string? YearlessDateline) Result => _read.GetAwaiter().GetResult();

    private static (ExtractionResult, ArticleDateOrigin, string?) Read(ClaimCheckRequest request)
    {
        var options = new ExtractionOptions { Language = request.Language, ArticleDate = request.ArticleDate };
        var result = ClaimExtractor.Extract(request.Text, options);
        if (!result.Success)
        {
            return (result, default, null);
        }

        var origin = request.ArticleDate is not null ? ArticleDateOrigin.Given
            : result.ArticleDate is not null ? ArticleDateOrigin.Dateline
            : ArticleDateOrigin.AssumedToday;
        var yearless = result.YearlessDateline;
        if (origin == ArticleDateOrigin.AssumedToday && result.Claims.Any(c => c.Period?.Resolution == PeriodResolution.Unresolved))
        {
            // Relative periods ("this year") need an anchor: today, as the answer says.
            result = ClaimExtractor.Extract(request.Text, options with { ArticleDate = request.Today });
        }

        return (result, origin, yearless);
    }
}
