using Turnover.Core;

namespace Turnover.Analytics.Forecasting;

/// <summary>
/// Turns a monthly <see cref="PairSeries"/> into a regular <see cref="ModelSeries"/> and back. Where the source
/// publishes January and February combined (China's customs), every year has 11 steps — Jan–Feb, Mar, …, Dec —
/// and a forecast is made for that combined step, never for an invented split. Unpublished steps are null.
/// </summary>
/// <remarks>
/// Model values are per month: the combined Jan–Feb step is divided by its two months, so a level model does not
/// read the doubled step as noise (the combined period stays one observation), and by
/// <see cref="JanuaryFebruaryFactor"/>, so a model without a seasonal component (a short or gappy series) does not
/// read the Lunar New Year's low as a fall of the level. On a single-month series, when asked (off by default), the
/// Lunar New Year's timing is measured and taken out of January and February (<see cref="LunarNewYear"/>).
/// <see cref="Total"/> turns a modelled value back into the step's total.
/// </remarks>
public sealed class MonthlySteps
{
    private readonly List<Period> _periods;

    /// <summary>Observed steps on each side of a Jan–Feb step that its factor is measured against (the months from July to July).</summary>
    private const int Neighbours = 5;

    /// <summary>Observed steps wanted on each side: one month alone is itself seasonal (December is high).</summary>
    private const int NeighboursWanted = 2;

    private MonthlySteps(ModelSeries series, List<Period> periods, bool combinedJanFeb, double janFebFactor, LunarNewYearEffect? lunarNewYear)
    {
        Series = series;
        _periods = periods;
        CombinedJanuaryFebruary = combinedJanFeb;
        JanuaryFebruaryFactor = janFebFactor;
        LunarNewYear = lunarNewYear;
    }

    /// <summary>The model input.</summary>
    public ModelSeries Series { get; }

    /// <summary>True when January and February form one step.</summary>
    public bool CombinedJanuaryFebruary { get; }

    /// <summary>
    /// The per-month level of a combined Jan–Feb step against the months around it (1 without a combined step or
    /// without a measurable year): the geometric mean, over the years whose Jan–Feb is observed with at least two
    /// observed months among the five steps on each side, of the Jan–Feb per-month value over those months' mean.
    /// Both sides are required so that a trend cancels; so a Jan–Feb that has just arrived does not count until
    /// months after it are known, and does not move the factor it is adjusted by.
    /// </summary>
    public double JanuaryFebruaryFactor { get; }

    /// <summary>
    /// On a series published by single months, the Lunar New Year's measured effect on January against February (null
    /// when not measured, too weak, or not asked for): the model sees both months as with the holiday at its average
    /// date, and <see cref="Total"/> puts each year's own timing back.
    /// </summary>
    public LunarNewYearEffect? LunarNewYear { get; }

    /// <summary>The period of each observed step, in order (same length as <see cref="ModelSeries.Values"/>).</summary>
    public IReadOnlyList<Period> Periods => _periods;

    /// <summary>Builds the steps for one measure; null when the series has no monthly value at all.</summary>
    /// <param name="series">The monthly series.</param>
    /// <param name="measure">Turnover, exports or imports.</param>
    /// <param name="lunarNewYear">Measure and adjust the Lunar New Year's timing on a single-month series (<see cref="LunarNewYear"/>).</param>
    public static MonthlySteps? Build(PairSeries series, Measure measure, bool lunarNewYear = DefaultLunarNewYear)
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
        var perMonth = new List<double?>();
        for (var step = StepOf(first, combined); step <= StepOf(last, combined); step = Next(step, combined))
        {
            periods.Add(step);
            perMonth.Add(Value(values, step) / step.Months);
        }

        var factor = combined ? JanFebFactor(periods, perMonth) : 1;
        var holiday = !combined && lunarNewYear ? LunarNewYearEffect.Estimate(JanuaryFebruaryPairs(periods, perMonth)) : null;
        var observations = perMonth.Select((v, i) => v / StepFactor(periods[i], factor, holiday)).ToList();
        var stepInYear = combined && periods[0].StartMonth <= 2 ? 0 : periods[0].StartMonth - (combined ? 2 : 1);
        return new MonthlySteps(new ModelSeries(observations, combined ? 11 : 12) { FirstStepInYear = stepInYear }, periods, combined, factor, holiday);
    }

    /// <summary>
    /// Whether <see cref="Build"/> measures the Lunar New Year unless told otherwise: not, since on the pairs it did not
    /// make the probabilities steadier (docs/calibration.md, "Stability"); the target backtest's <c>--lunar-new-year</c> scores it.
    /// </summary>
    public const bool DefaultLunarNewYear = false;

    /// <summary>What a step's per-month model value is multiplied by to give its per-month value.</summary>
    private static double StepFactor(Period step, double janFebFactor, LunarNewYearEffect? holiday) =>
        step.Months == 2 ? janFebFactor : holiday?.Factor(step.Year, step.StartMonth) ?? 1;

    /// <summary>Every year whose January and February are both observed, with their values.</summary>
    private static List<(int Year, double January, double February)> JanuaryFebruaryPairs(List<Period> periods, List<double?> perMonth)
    {
        var result = new List<(int, double, double)>();
        for (var i = 0; i + 1 < periods.Count; i++)
        {
            if (periods[i].Months == 1 && periods[i].StartMonth == 1 && perMonth[i] is { } january && perMonth[i + 1] is { } february)
            {
                result.Add((periods[i].Year, january, february));
            }
        }

        return result;
    }

    /// <summary>See <see cref="JanuaryFebruaryFactor"/>.</summary>
    private static double JanFebFactor(List<Period> periods, List<double?> perMonth)
    {
        var (logSum, years) = (0.0, 0);
        for (var i = 0; i < periods.Count; i++)
        {
            if (periods[i].Months != 2 || perMonth[i] is not { } janFeb || janFeb <= 0)
            {
                continue;
            }

            var before = Observed(i - Neighbours, i - 1);
            var after = Observed(i + 1, i + Neighbours);
            if (before.Count < NeighboursWanted || after.Count < NeighboursWanted)
            {
                continue;
            }

            logSum += Math.Log(janFeb / before.Concat(after).Average());
            years++;
        }

        return years == 0 ? 1 : Math.Exp(logSum / years);

        List<double> Observed(int from, int to) =>
            [.. Enumerable.Range(Math.Max(0, from), Math.Max(0, Math.Min(to, periods.Count - 1) - Math.Max(0, from) + 1))
                .Select(j => perMonth[j]).OfType<double>().Where(v => v > 0)];
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

    /// <summary>
    /// The total for a step's period from a modelled value (per month, a Jan–Feb step's also divided by
    /// <see cref="JanuaryFebruaryFactor"/>, a single January's or February's by its year's <see cref="LunarNewYear"/> factor).
    /// </summary>
    public double Total(Period step, double modelled) => modelled * step.Months * StepFactor(step, JanuaryFebruaryFactor, LunarNewYear);

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
