using Turnover.Analytics.Calibration;

namespace Turnover.Analytics.Tests.Calibration;

/// <summary>The shape of the probability maps: monotone, the identity on a calibrated history, a pull where it was too sure.</summary>
public sealed class RecalibrationMapTests
{
    /// <summary>Stated probabilities uniform on 0–1, each met with probability <paramref name="truth"/>(stated); seeded.</summary>
    private static List<(double Stated, bool Met)> History(Func<double, double> truth, int count = 20_000, int seed = 5)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => random.NextDouble()).Select(p => (p, random.NextDouble() < truth(p)))];
    }

    private static double Logit(double p) => Math.Log(p / (1 - p));

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    private static readonly double[] s_grid = [.. Enumerable.Range(0, 101).Select(i => i / 100.0)];

    [Fact]
    public void When_the_history_is_calibrated_then_the_logistic_map_is_near_the_identity()
    {
        var map = LogisticRecalibration.Fit(History(p => p));

        Assert.InRange(map.Intercept, -0.06, 0.06);
        Assert.InRange(map.Slope, 0.94, 1.06);
        Assert.All(new[] { 0.05, 0.3, 0.5, 0.8, 0.95 }, p => Assert.InRange(map.Apply(p), p - 0.02, p + 0.02));
    }

    [Fact]
    public void When_the_history_was_too_sure_then_the_logistic_map_pulls_the_ends_in_and_stays_monotone()
    {
        // What happened: logit halved and raised by 0.3, as on the energy lines (too sure at both ends, met more often):
        // stated 2% came true 16% of the time, 98% 90%.
        var map = LogisticRecalibration.Fit(History(p => Sigmoid(0.3 + (0.5 * Logit(p)))));

        Assert.InRange(map.Slope, 0.45, 0.55);
        Assert.InRange(map.Intercept, 0.22, 0.38);
        Assert.True(map.Apply(0.02) > 0.1 && map.Apply(0.98) < 0.93);
        Assert.All(s_grid.Zip(s_grid.Skip(1)), pair => Assert.True(map.Apply(pair.First) <= map.Apply(pair.Second)));
    }

    [Fact]
    public void When_nothing_is_known_then_both_maps_are_the_identity()
    {
        var logistic = LogisticRecalibration.Fit([]);
        var binned = BinnedRecalibration.Fit([]);

        Assert.Equal(LogisticRecalibration.Identity, logistic);
        Assert.All(s_grid, p => Assert.Equal(p, binned.Apply(p), 12));
    }

    [Fact]
    public void When_the_history_is_calibrated_then_the_binned_map_is_near_the_identity()
    {
        var map = BinnedRecalibration.Fit(History(p => p));

        Assert.All(s_grid, p => Assert.InRange(map.Apply(p), p - 0.03, p + 0.03));
    }

    [Fact]
    public void When_the_shares_met_go_up_and_down_then_the_binned_map_is_still_monotone_and_shrunk()
    {
        // A zig-zag truth: bins alternately met far more and far less often than stated.
        var map = BinnedRecalibration.Fit(History(p => ((int)(p * 10) % 2 == 0) ? Math.Min(1, p + 0.3) : Math.Max(0, p - 0.3), count: 2_000));

        Assert.All(s_grid.Zip(s_grid.Skip(1)), pair => Assert.True(map.Apply(pair.First) <= map.Apply(pair.Second) + 1e-12, $"{pair}"));
        Assert.All(map.Knots.Zip(map.Knots.Skip(1)), k => Assert.True(k.First.Mapped <= k.Second.Mapped));
    }

    [Fact]
    public void When_a_bin_has_few_cases_then_it_moves_only_part_of_the_way()
    {
        // Ten cases stated 5%, all met: shrunk as if 30 more had come true at 5%, (10 + 30 × 0.05) / 40.
        var map = BinnedRecalibration.Fit([.. Enumerable.Repeat((0.05, true), 10)]);

        Assert.Equal((10 + (30 * 0.05)) / 40, map.Apply(0.05), 12);
    }
}
