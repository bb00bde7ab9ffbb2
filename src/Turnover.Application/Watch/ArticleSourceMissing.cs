namespace Turnover.Application;

/// <summary>An article to save was given no source (<see cref="RequestParameter.ArticleSource"/>): nothing says where it came from.</summary>
public sealed record ArticleSourceMissing : FailureReason;
