using Turnover.Analytics.Targets;
using Turnover.Core.Targets;

namespace Turnover.Application;

/// <summary>
/// A projection or target judged as a target is: as of the article's date (only what was published by then, with the
/// model's probability) and today (the outcome).
/// </summary>
/// <param name="Target">The target it was judged as: a registered one it matches, or one made from the claim.</param>
/// <param name="Registered">True when <see cref="Target"/> is a registered target.</param>
/// <param name="AsOfArticle">The verdict on the article's date.</param>
/// <param name="Today">The verdict today.</param>
public sealed record TargetOutlook(Target Target, bool Registered, TargetReport AsOfArticle, TargetReport Today)
{
    /// <summary>The figure that settled it today: the year-to-date value when it was met, or the deadline year's value when missed; null while open.</summary>
    public ClaimEvidence? Outcome { get; init; }
}
