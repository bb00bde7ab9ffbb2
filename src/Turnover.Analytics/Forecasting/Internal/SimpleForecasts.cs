namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>Forecasts that need no model: nothing observed, a constant series.</summary>
internal static class SimpleForecasts
{
    /// <summary>No observation at all: NaN everywhere (there is no honest number to give).</summary>
    public static Forecast NothingObserved(ForecastMethod method, int horizon, ForecastOptions options) =>
        Constant(method, double.NaN, horizon, options, ForecastNoteKind.NothingObserved);

    /// <summary>Every step and every path equal to <paramref name="value"/>.</summary>
    public static Forecast Constant(ForecastMethod method, double value, int horizon, ForecastOptions options, ForecastNoteKind note) =>
        Constant(method, value, horizon, options, new ForecastNote(note));

    /// <summary>Every step and every path equal to <paramref name="value"/>, with <paramref name="note"/> saying why.</summary>
    public static Forecast Constant(ForecastMethod method, double value, int horizon, ForecastOptions options, ForecastNote note)
    {
        var mean = new double[horizon];
        Array.Fill(mean, value);
        var paths = new double[options.Paths][];
        for (var p = 0; p < paths.Length; p++)
        {
            paths[p] = (double[])mean.Clone();
        }

        return new Forecast(method, mean, paths, [note]);
    }

    /// <summary>An ensemble's own notes, then each member's, marked with the member's method (a nested member's stays its own).</summary>
    public static IReadOnlyList<ForecastNote> OfMembers(IReadOnlyList<ForecastNote> own, IEnumerable<Forecast> members) =>
        [.. own, .. members.SelectMany(f => f.Notes.Select(n => n.Member is null ? n with { Member = f.Method } : n))];
}
