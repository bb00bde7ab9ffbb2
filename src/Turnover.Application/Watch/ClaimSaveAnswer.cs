using Turnover.Store;

namespace Turnover.Application;

/// <summary>The claims of a text as judged, and what saving them did.</summary>
/// <param name="Answer">The judgement, as <see cref="ClaimCheckQuery"/> gives it.</param>
/// <param name="Saved">The article's id and how many claims were new.</param>
public sealed record ClaimSaveAnswer(ClaimCheckAnswer Answer, SaveResult Saved);
