using Turnover.Analytics.Forecasting.Internal;

namespace Turnover.Analytics.Forecasting;

/// <summary>
/// An equal-weight combination of forecasters: the point forecast is the mean of the members' point forecasts, and
/// the sample paths are an equal mixture of the members' paths (path p comes from member p mod k), so the intervals
/// carry the disagreement between the methods as well as each method's own uncertainty.
/// </summary>
public sealed class EnsembleForecaster : IForecaster
{
    private readonly IForecaster[] _members;

    /// <summary>The default combination: ETS (AICc), Theta and seasonal naive.</summary>
    public EnsembleForecaster()
        : this(new EtsForecaster(), new ThetaForecaster(), new SeasonalNaiveForecaster())
    {
    }

    /// <summary>A combination of the given forecasters.</summary>
    /// <exception cref="ArgumentException"><paramref name="members"/> is empty or contains null.</exception>
    public EnsembleForecaster(params IForecaster[] members)
    {
        _members = ForecastGuard.Members(members);
    }

    /// <summary>The combined forecasters.</summary>
    public IReadOnlyList<IForecaster> Members => _members;

    /// <inheritdoc cref="IForecaster.Name" />
    public string Name { get; init; } = "Ensemble";

    /// <inheritdoc />
    public Forecast Forecast(ModelSeries series, int horizon, ForecastOptions options)
    {
        ForecastGuard.Check(series, horizon, options);
        var k = _members.Length;
        var share = (options.Paths + k - 1) / k;
        var forecasts = new Forecast[k];
        for (var i = 0; i < k; i++)
        {
            forecasts[i] = _members[i].Forecast(series, horizon, options with { Paths = share, Seed = GaussianSource.DeriveSeed(options.Seed, i) });
        }

        var mean = new double[horizon];
        for (var h = 0; h < horizon; h++)
        {
            mean[h] = forecasts.Average(f => f.Mean[h]);
        }

        var paths = new double[options.Paths][];
        for (var p = 0; p < paths.Length; p++)
        {
            paths[p] = forecasts[p % k].Paths[p / k];
        }

        var method = ForecastMethod.Ensemble(forecasts.Select(f => f.Method));
        return new Forecast(method, mean, paths, SimpleForecasts.OfMembers([], forecasts));
    }
}
