namespace Turnover.Analytics.Targets;

/// <summary>
/// How often the targets a method gave about this probability were met in the target backtest (README, "The default
/// method"): a measurement shown beside the probability, never applied to it.
/// </summary>
/// <param name="Set">Which series were scored: "pooled", "pairs" or "lines".</param>
/// <param name="FromPct">The bin's lower edge, percent (included).</param>
/// <param name="ToPct">Its upper edge, percent (excluded, but for 100).</param>
/// <param name="Targets">Targets stated in the bin.</param>
/// <param name="Met">Of them, met.</param>
/// <param name="MeanStatedPct">The mean of their stated probabilities, percent.</param>
/// <param name="Measured">The day of the run.</param>
public sealed record MeasuredReliability(string Set, int FromPct, int ToPct, int Targets, int Met, double MeanStatedPct, DateOnly Measured)
{
    /// <summary>The share met, percent.</summary>
    public double ObservedPct => Targets == 0 ? double.NaN : 100.0 * Met / Targets;
}
