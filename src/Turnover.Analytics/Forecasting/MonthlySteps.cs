using Turnover.Core;

namespace Turnover.Analytics.Forecasting;

/// <summary>
/// Turns a monthly <see cref="PairSeries"/> into a regular <see cref="ModelSeries"/> and back. Where the source
/// publishes January and February combined (China's customs), every year has 11 steps — Jan–Feb, Mar, …, Dec —
/// and a forecast is made for that combined step, never for an invented split. Unpublished steps are null.
/// </summary>
/// <remarks>
/// Model values are per month: the combined Jan–Feb step is divided by its two months, so a level model does not
/// read the doubled step as noise (the combined period stays one observation). <see cref="ToPeriodValue"/> turns a
/// modelled value back into the step's total.
/// </remarks>
public sealed class MonthlySteps
{
    private readonly List<Period> _periods;

    private MonthlySteps(ModelSeries series, List<Period> periods, bool combinedJanFeb)
    {
        Series = series;
        _periods = periods;
        CombinedJanuaryFebruary = combinedJanFeb;
    }

    /// <summary>The model input.</summary>
    public ModelSeries Series { get; }

    /// <summary>True when January and February form one step.</summary>
    public bool CombinedJanuaryFebruary { get; }

    /// <summary>The period of each observed step, in order (same length as <see cref="ModelSeries.Values"/>).</summary>
    public IReadOnlyList<Period> Periods => _periods;

    /// <summary>Builds the steps for one measure; null when the series has no monthly value at all.</summary>
    public static MonthlySteps? Build(PairSeries series, Measure measure)
    {
        ArgumentNullException.ThrowIfNull(series);
        var values = series.Values.Where(v => v.Get(measure) is not null).ToDictionary(v => v.Period, v => (double)v.Get(measure)!.Value);
        if (values.Count == 0)
        {
            return null;
        }

        var combined = values.Keys.Any(p => p.StartMonth == 1 && p.Months == 2);
        var first = values.Keys.Min();
        var last = values.Keys.Max();
        var periods = new List<Period>();
        var observations = new List<double?>();
        for (var step = StepOf(first, combined); step <= StepOf(last, combined); step = Next(step, combined))
        {
            periods.Add(step);
            observations.Add(Value(values, step) / step.Months);
        }

        return new MonthlySteps(new ModelSeries(observations, combined ? 11 : 12), periods, combined);
    }

    /// <summary>The periods of the next <paramref name="horizon"/> steps after the last observed one.</summary>
    public IReadOnlyList<Period> Future(int horizon)
    {
        var result = new List<Period>(horizon);
        var step = _periods[^1];
        for (var i = 0; i < horizon; i++)
        {
            step = Next(step, CombinedJanuaryFebruary);
            result.Add(step);
        }

        return result;
    }

    /// <summary>The total for a step's period from a modelled per-month value.</summary>
    public static double ToPeriodValue(Period step, double perMonth) => perMonth * step.Months;

    /// <summary>Number of steps from the last observed step to the end of <paramref name="year"/>.</summary>
    public int StepsUntilEndOf(int year)
    {
        var count = 0;
        for (var step = _periods[^1]; step.Year < year || step.EndMonth < 12; step = Next(step, CombinedJanuaryFebruary))
        {
            count++;
        }

        return count;
    }

    private static double? Value(Dictionary<Period, double> values, Period step)
    {
        if (values.TryGetValue(step, out var value))
        {
            return value;
        }

        // A Jan–Feb step from a source that published the two months separately.
        return step.Months == 2
            && values.TryGetValue(Period.Month(step.Year, 1), out var january)
            && values.TryGetValue(Period.Month(step.Year, 2), out var february)
            ? january + february
            : null;
    }

    private static Period StepOf(Period period, bool combined) =>
        combined && period.StartMonth <= 2 ? Period.Span(period.Year, 1, 2) : Period.Month(period.Year, period.StartMonth);

    private static Period Next(Period step, bool combined) =>
        step.EndMonth == 12 ? (combined ? Period.Span(step.Year + 1, 1, 2) : Period.Month(step.Year + 1, 1))
        : Period.Month(step.Year, step.EndMonth + 1);
}
