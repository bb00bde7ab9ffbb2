namespace Turnover.Analytics.Forecasting;

/// <summary>One forecast origin of a rolling-origin evaluation.</summary>
public sealed record BacktestOrigin
{
    internal BacktestOrigin(int trainingLength, ForecastMethod method, IReadOnlyList<ForecastNote> notes, int points, double mase, double smape)
    {
        TrainingLength = trainingLength;
        Method = method;
        Notes = notes;
        Points = points;
        Mase = mase;
        Smape = smape;
    }

    /// <summary>Steps the model was fitted on (the origin: the first forecast step is this index).</summary>
    public int TrainingLength { get; }

    /// <summary>The method as fitted at this origin, e.g. ETS(M,Ad,M).</summary>
    public ForecastMethod Method { get; }

    /// <summary>The forecast's fallback notes; empty when none.</summary>
    public IReadOnlyList<ForecastNote> Notes { get; }

    /// <summary>Forecast steps with an observed actual.</summary>
    public int Points { get; }

    /// <summary>MASE over this origin's points (NaN when not computable).</summary>
    public double Mase { get; }

    /// <summary>sMAPE (%) over this origin's points (NaN when there are none).</summary>
    public double Smape { get; }
}
