using Turnover.Claims;

namespace Turnover.Application;

/// <summary>One claim of a text: what it states, the query it became, the evidence and the verdict.</summary>
/// <param name="Stated">What the text states.</param>
/// <param name="Question">The query; null when the claim could not become one (see <see cref="Missing"/>).</param>
/// <param name="Verdict">The verdict.</param>
public sealed record CheckedClaim(StatedClaim Stated, ClaimQuestion? Question, ClaimVerdict Verdict)
{
    /// <summary>The stored figures compared with (levels and growth); null when none were.</summary>
    public ClaimEvidence? Evidence { get; init; }

    /// <summary>For a projection or target with an amount and a year: the verdicts as of the article and today.</summary>
    public TargetOutlook? Outlook { get; init; }

    /// <summary>For a growth projection: what had been published for its period by the article's date (the latest year-to-date figure).</summary>
    public ClaimEvidence? AsOfArticle { get; init; }

    /// <summary>How the claim was read beyond its sentence, e.g. a year taken from another sentence of the text that gives the same figure.</summary>
    public IReadOnlyList<ClaimNote> Notes { get; init; } = [];

    /// <summary>
    /// For <see cref="ClaimVerdict.NotVerifiable"/>: what is missing, as facts the renderers word; else null. Null too
    /// for a projection or target judged as a target (<see cref="Outlook"/>): its verdict today says why it is not settled.
    /// </summary>
    public UnverifiableReason? Missing { get; init; }

    /// <summary>Where the user can look for what is missing (the store's contents), which each host words; null when nowhere.</summary>
    public FailureHint? MissingHint { get; init; }
}
