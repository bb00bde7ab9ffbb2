namespace Turnover.Store;

/// <summary>The last verdict recorded for a watched claim or target, so the next judgement can say what changed.</summary>
/// <param name="Subject">What was judged: <c>claim ID</c> or <c>target NAME</c>.</param>
/// <param name="Verdict">The verdict's name.</param>
public sealed record WatchedVerdict(string Subject, string Verdict)
{
    /// <summary>The stored figure judged on, US dollars; null when none.</summary>
    public decimal? FigureUsd { get; init; }

    /// <summary>The growth rate compared, percent; null when none.</summary>
    public decimal? GrowthPercent { get; init; }

    /// <summary>The model's probability (0–1) of the target today; null when no model ran or the outcome is known.</summary>
    public double? Probability { get; init; }

    /// <summary>The newest release stored when the verdict was given (0 for none).</summary>
    public int LastRelease { get; init; }

    /// <summary>When it was recorded (UTC; set by the store).</summary>
    public DateTimeOffset RecordedAt { get; init; }
}
