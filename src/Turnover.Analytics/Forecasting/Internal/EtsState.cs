namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>
/// The state of an ETS model between two steps: level, trend and one seasonal state per position in the cycle.
/// Season[k] belongs to the steps t with t mod m = k; <see cref="Head"/> is the position of the coming step.
/// </summary>
internal sealed class EtsState
{
    public EtsState(int seasonLength)
    {
        Season = new double[Math.Max(1, seasonLength)];
    }

    public double Level { get; set; }

    public double Trend { get; set; }

    /// <summary>Seasonal states by position in the cycle (a single unused slot when the model has no season).</summary>
    public double[] Season { get; }

    /// <summary>Position in the cycle of the next step.</summary>
    public int Head { get; set; }

    public EtsState Clone()
    {
        var copy = new EtsState(Season.Length) { Level = Level, Trend = Trend, Head = Head };
        Season.CopyTo(copy.Season, 0);
        return copy;
    }

    /// <summary>Scales level, trend and (additive) seasonal states back from the optimiser's units.</summary>
    public EtsState Rescaled(double scale, bool additiveSeason)
    {
        var copy = Clone();
        copy.Level *= scale;
        copy.Trend *= scale;
        if (additiveSeason)
        {
            for (var k = 0; k < copy.Season.Length; k++)
            {
                copy.Season[k] *= scale;
            }
        }

        return copy;
    }
}
