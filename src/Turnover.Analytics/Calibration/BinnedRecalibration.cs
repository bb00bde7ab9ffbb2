namespace Turnover.Analytics.Calibration;

/// <summary>
/// A recalibration of stated probabilities read off a reliability table: per bin of the stated probability, the
/// share met, shrunk towards the bin's mean stated probability as if <see cref="DefaultPriorCases"/> more cases had
/// come true as stated, made non-decreasing (pool-adjacent-violators), and joined linearly between the bins' mean
/// stated probabilities (beyond the first and last, shifted by their gap). Identity when every bin's share met is its
/// mean stated.
/// </summary>
public sealed class BinnedRecalibration
{
    /// <summary>How many cases' worth of "as stated" each bin is shrunk towards (not tuned: the reliability goal's 30).</summary>
    public const double DefaultPriorCases = 30;

    private readonly double[] _stated;
    private readonly double[] _mapped;

    private BinnedRecalibration(double[] stated, double[] mapped) => (_stated, _mapped) = (stated, mapped);

    /// <summary>The knots: each non-empty bin's mean stated probability and what it maps to (ascending in both).</summary>
    public IReadOnlyList<(double Stated, double Mapped)> Knots => [.. _stated.Zip(_mapped)];

    /// <summary>p′ for a stated <paramref name="stated"/> (0–1); NaN stays NaN.</summary>
    public double Apply(double stated)
    {
        if (double.IsNaN(stated) || _stated.Length == 0)
        {
            return stated;
        }

        if (stated <= _stated[0])
        {
            return Math.Clamp(stated + (_mapped[0] - _stated[0]), 0, 1);
        }

        if (stated >= _stated[^1])
        {
            return Math.Clamp(stated + (_mapped[^1] - _stated[^1]), 0, 1);
        }

        var i = 1;
        while (_stated[i] < stated)
        {
            i++;
        }

        var t = (stated - _stated[i - 1]) / (_stated[i] - _stated[i - 1]);
        return _mapped[i - 1] + (t * (_mapped[i] - _mapped[i - 1]));
    }

    /// <summary>The map learnt from <paramref name="cases"/> in <paramref name="bins"/> equal bins (NaN stated left out).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bins"/> or <paramref name="priorCases"/> is not positive.</exception>
    public static BinnedRecalibration Fit(IEnumerable<(double Stated, bool Met)> cases, int bins = 10, double priorCases = DefaultPriorCases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(priorCases);
        var table = CalibrationScores.Reliability(cases.Where(c => !double.IsNaN(c.Stated)), bins).Where(b => b.Cases > 0).ToList();
        // Pool adjacent violators on the shrunk shares, each block weighted by its cases plus the prior.
        var blocks = new List<(double Weight, double Value, int Bins)>();
        foreach (var bin in table)
        {
            var weight = bin.Cases + priorCases;
            blocks.Add((weight, ((bin.Observed * bin.Cases) + (bin.MeanStated * priorCases)) / weight, 1));
            while (blocks.Count > 1 && blocks[^2].Value > blocks[^1].Value)
            {
                var (last, before) = (blocks[^1], blocks[^2]);
                blocks.RemoveRange(blocks.Count - 2, 2);
                var merged = last.Weight + before.Weight;
                blocks.Add((merged, ((last.Value * last.Weight) + (before.Value * before.Weight)) / merged, last.Bins + before.Bins));
            }
        }

        var mapped = blocks.SelectMany(b => Enumerable.Repeat(b.Value, b.Bins)).ToArray();
        return new BinnedRecalibration([.. table.Select(b => b.MeanStated)], mapped);
    }
}
