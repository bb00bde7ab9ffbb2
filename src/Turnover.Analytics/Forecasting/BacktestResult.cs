namespace Turnover.Analytics.Forecasting;

/// <summary>Accuracy of one forecasting method over a rolling-origin evaluation.</summary>
public sealed record BacktestResult
{
    internal BacktestResult(
        string method, int horizon, IReadOnlyList<BacktestOrigin> origins, double mase, double smape, double coverage80, double coverage95, int points)
    {
        Method = method;
        Horizon = horizon;
        Origins = origins;
        Mase = mase;
        Smape = smape;
        Coverage80 = coverage80;
        Coverage95 = coverage95;
        Points = points;
    }

    /// <summary>The forecaster's name (<see cref="IForecaster.Name"/>).</summary>
    public string Method { get; }

    /// <summary>Steps forecast from each origin.</summary>
    public int Horizon { get; }

    /// <summary>The origins evaluated, oldest first.</summary>
    public IReadOnlyList<BacktestOrigin> Origins { get; }

    /// <summary>Mean over origins of each origin's MASE (origins where it is NaN left out); NaN if none.</summary>
    public double Mase { get; }

    /// <summary>sMAPE (%) over all forecast points with an actual; NaN if none.</summary>
    public double Smape { get; }

    /// <summary>Share (0–1) of actuals inside the 80% interval (10%–90% path quantiles); NaN without paths or points.</summary>
    public double Coverage80 { get; }

    /// <summary>Share (0–1) of actuals inside the 95% interval (2.5%–97.5% path quantiles); NaN without paths or points.</summary>
    public double Coverage95 { get; }

    /// <summary>Forecast points compared with an actual, over all origins.</summary>
    public int Points { get; }
}
