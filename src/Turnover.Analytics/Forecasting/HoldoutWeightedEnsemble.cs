using Turnover.Analytics.Forecasting.Internal;

namespace Turnover.Analytics.Forecasting;

/// <summary>
/// A combination of forecasters weighted by how well each forecast the series' own recent past: every member is
/// fitted without the last steps (a holdout as long as the horizon, at most a fifth of the series), scored by
/// its mean squared error there, and given a weight proportional to the inverse of that error (Bates and
/// Granger). The members are then refitted on the whole series; the point forecast is the weighted mean and the
/// sample paths a mixture with shares equal to the weights. Where the series is too short for a holdout, the
/// weights are equal and the note says so.
/// </summary>
public sealed class HoldoutWeightedEnsemble : IForecaster
{
    private readonly IForecaster[] _members;

    /// <summary>
    /// The default members: AICc-weighted ETS and Theta, the pair that forecast at least as well as R's
    /// <c>forecast::ets</c> on both the real and the synthetic benchmark (bench/forecast-compare).
    /// </summary>
    public HoldoutWeightedEnsemble()
        : this(EtsForecaster.AkaikeWeighted(), new ThetaForecaster())
    {
    }

    /// <summary>A combination of the given forecasters.</summary>
    /// <exception cref="ArgumentException"><paramref name="members"/> is empty or contains null.</exception>
    public HoldoutWeightedEnsemble(params IForecaster[] members)
    {
        _members = ForecastGuard.Members(members);
    }

    /// <summary>The combined forecasters.</summary>
    public IReadOnlyList<IForecaster> Members => _members;

    /// <inheritdoc />
    public string Name => "Weighted ensemble";

    /// <summary>The members' weights for <paramref name="series"/> and the note on how they were found.</summary>
    public (double[] Weights, IReadOnlyList<ForecastNote> Notes) Weigh(ModelSeries series, int horizon)
    {
        ArgumentNullException.ThrowIfNull(series);
        var k = _members.Length;
        var equal = Enumerable.Repeat(1.0 / k, k).ToArray();
        var holdout = Math.Min(horizon, series.Length / 5);
        var training = series.Length - holdout;
        var trainingObserved = series.Values.Take(training).Count(v => v is not null);
        var holdoutObserved = series.Values.Skip(training).Count(v => v is not null);
        if (k == 1 || holdout < 1 || holdoutObserved < Math.Max(1, series.SeasonLength / 2) || trainingObserved < 2 * Math.Max(series.SeasonLength, 2))
        {
            return (equal, k == 1 ? [] : [new ForecastNote(ForecastNoteKind.HoldoutTooShort)]);
        }

        var head = new ModelSeries(series.Values.Take(training).ToArray(), series.SeasonLength);
        var errors = new double[k];
        for (var i = 0; i < k; i++)
        {
            var mean = _members[i].Forecast(head, holdout, new ForecastOptions { Paths = 0 }).Mean;
            double sum = 0;
            for (var h = 0; h < holdout; h++)
            {
                if (series.Values[training + h] is { } actual)
                {
                    sum += (mean[h] - actual) * (mean[h] - actual);
                }
            }

            errors[i] = sum / holdoutObserved;
        }

        if (errors.Any(e => !double.IsFinite(e)))
        {
            return (equal, [new ForecastNote(ForecastNoteKind.HoldoutMemberFailed)]);
        }

        // A perfect holdout fit would take all the weight; a floor relative to the best keeps the others in.
        var floor = Math.Max(errors.Max() * 1e-9, double.Epsilon);
        var inverse = errors.Select(e => 1 / Math.Max(e, floor)).ToArray();
        var total = inverse.Sum();
        return (inverse.Select(w => w / total).ToArray(), []);
    }

    /// <inheritdoc />
    public Forecast Forecast(ModelSeries series, int horizon, ForecastOptions options)
    {
        ForecastGuard.Check(series, horizon, options);
        var (weights, weightNotes) = Weigh(series, horizon);
        var k = _members.Length;
        var counts = Allocate(weights, options.Paths);
        var forecasts = new Forecast[k];
        for (var i = 0; i < k; i++)
        {
            forecasts[i] = _members[i].Forecast(series, horizon, options with { Paths = counts[i], Seed = GaussianSource.DeriveSeed(options.Seed, i) });
        }

        var mean = new double[horizon];
        for (var h = 0; h < horizon; h++)
        {
            for (var i = 0; i < k; i++)
            {
                mean[h] += weights[i] * forecasts[i].Mean[h];
            }
        }

        // Interleave the members' paths so any prefix of the paths is still a mixture.
        var paths = new List<double[]>(options.Paths);
        var next = new int[k];
        while (paths.Count < options.Paths)
        {
            for (var i = 0; i < k && paths.Count < options.Paths; i++)
            {
                if (next[i] < counts[i])
                {
                    paths.Add(forecasts[i].Paths[next[i]++]);
                }
            }
        }

        var method = ForecastMethod.WeightedEnsemble(forecasts.Select((f, i) => (f.Method, weights[i])));
        return new Forecast(method, mean, paths, SimpleForecasts.OfMembers(weightNotes, forecasts));
    }

    /// <summary>Splits <paramref name="total"/> paths in proportion to the weights (largest remainder).</summary>
    private static int[] Allocate(double[] weights, int total)
    {
        var exact = weights.Select(w => w * total).ToArray();
        var counts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var left = total - counts.Sum();
        foreach (var i in Enumerable.Range(0, weights.Length).OrderByDescending(i => exact[i] - counts[i]).Take(left))
        {
            counts[i]++;
        }

        return counts;
    }
}
