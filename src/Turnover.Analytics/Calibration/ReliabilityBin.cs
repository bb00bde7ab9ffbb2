namespace Turnover.Analytics.Calibration;

/// <summary>The targets whose stated probability fell in one bin, and how often they were met.</summary>
/// <param name="From">Lower bound of the stated probability (inclusive), 0–1.</param>
/// <param name="To">Upper bound (exclusive, except 1 in the last bin).</param>
/// <param name="Cases">Targets in the bin.</param>
/// <param name="MeanStated">The mean stated probability in the bin; NaN when empty.</param>
/// <param name="Observed">The share met; NaN when empty.</param>
public sealed record ReliabilityBin(double From, double To, int Cases, double MeanStated, double Observed)
{
    /// <summary>Observed minus mean stated, in percentage points; NaN when empty. Positive: the model was too cautious.</summary>
    public double GapPoints => (Observed - MeanStated) * 100;
}
