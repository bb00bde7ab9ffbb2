namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>
/// Seasonal naive and drift (random walk with drift), with Gaussian sample paths from their standard error models
/// (the models behind R's snaive and rwf intervals).
/// </summary>
internal static class RandomWalkModels
{
    /// <summary>How far above the largest month observed a geometric drift's path may go: a million times (see <see cref="LogDrift"/>).</summary>
    public const double LogPathCeiling = 1e6;

    /// <summary>Drift's slope takes two observations; the spread of the steps about it a third.</summary>
    public const int DriftObservationsForSpread = 3;

    /// <summary>
    /// The fewest changes (steps between observations one step, or for seasonal naive one season, apart) a spread is
    /// estimated from. One change's size taken for the typical one gives intervals as sure as that single draw: two
    /// figures a month apart that differ by 2% would show a year ahead as known within a few per cent.
    /// </summary>
    public const int ChangesForSpread = 2;

    /// <summary>
    /// Each future step repeats the last observed value of the same position in the cycle; paths add one
    /// N(0, σ²) shock per season elapsed since that value (σ² = mean squared seasonal difference, as R's snaive).
    /// With season length 1 this is the naive method.
    /// </summary>
    public static Forecast SeasonalNaive(SeriesData data, int horizon, ForecastOptions options)
    {
        var m = data.SeasonLength;
        var method = m > 1 ? ForecastMethod.SeasonalNaive : ForecastMethod.Naive;
        if (data.ObservedCount == 0)
        {
            return SimpleForecasts.NothingObserved(method, horizon, options);
        }

        var notes = new List<ForecastNote>();
        var n = data.Length;
        var y = data.Values;

        // Latest observed index per position in the cycle.
        var latest = new int[m];
        Array.Fill(latest, -1);
        for (var t = 0; t < n; t++)
        {
            if (!double.IsNaN(y[t]))
            {
                latest[t % m] = t;
            }
        }

        if (latest.Contains(-1))
        {
            notes.Add(new ForecastNote(ForecastNoteKind.UnobservedSeasons));
        }

        var unit = Math.Max(data.MeanAbs, double.Epsilon); // squares taken in units of the mean, so 1e300 doesn't overflow
        var sigma = Math.Sqrt(MeanSquaredDifference(y, m, unit, out var pairs)) * unit;
        if (pairs < ChangesForSpread)
        {
            // A season's change needs an observation and the one a season before it; a spread needs two such changes,
            // and without it the paths carry none (as the note says), so no interval rests on a single change.
            notes.Add(new ForecastNote(ForecastNoteKind.SpreadNotEstimable) { ObservationsNeeded = m + ChangesForSpread });
            sigma = 0;
        }

        var mean = new double[horizon];
        var shocks = new int[horizon];
        for (var h = 0; h < horizon; h++)
        {
            var target = n + h;
            var source = latest[target % m] >= 0 ? latest[target % m] : data.LastObserved;
            mean[h] = y[source];
            shocks[h] = Math.Max(1, (target - source + m - 1) / m);
        }

        var random = new GaussianSource(options.Seed);
        var paths = new double[options.Paths][];
        for (var p = 0; p < paths.Length; p++)
        {
            var path = new double[horizon];
            for (var h = 0; h < horizon; h++)
            {
                // Within the first cycle the shocks since the source value; later, the same path one season back
                // plus one shock, so a season's path is a random walk over years.
                double value;
                if (h >= m)
                {
                    value = path[h - m] + (sigma * random.Next());
                }
                else
                {
                    value = mean[h];
                    for (var k = 0; k < shocks[h]; k++)
                    {
                        value += sigma * random.Next();
                    }
                }

                path[h] = options.NonNegative ? Math.Max(0, value) : value;
            }

            paths[p] = path;
        }

        return new Forecast(method, Clamp(mean, options), paths, notes);
    }

    /// <summary>
    /// Random walk with drift: slope b = (last − first)/(steps between them) over the observed values; paths draw
    /// their own drift from N(b, se²) (estimation uncertainty, se = σ/√steps) and add N(0, σ²) each step, σ the
    /// standard deviation of the one-step changes, as R's rwf(drift = TRUE).
    /// </summary>
    /// <remarks>
    /// With <paramref name="yearLevel"/> (and a season of at least two cycles observed at both ends) the walk starts
    /// instead from the mean of the last cycle of steps (the last twelve months, or eleven for a combined Jan–Feb)
    /// carried forward by the slope to the last step, and the slope is the change between the first and the last
    /// cycles' means per step: a year's mean holds no seasonal swing, and one new month moves it by a twelfth of its
    /// change from the same month a year before, where R's rwf moves every path by the month's whole deviation.
    /// With <paramref name="logScale"/> the walk runs on the logarithms (see <see cref="LogDrift"/>).
    /// </remarks>
    public static Forecast Drift(SeriesData data, int horizon, ForecastOptions options, bool yearLevel = false, bool logScale = false)
    {
        var method = ForecastMethod.Drift;
        if (data.ObservedCount == 0)
        {
            return SimpleForecasts.NothingObserved(method, horizon, options);
        }

        if (logScale)
        {
            return LogDrift(data, horizon, options, yearLevel);
        }

        var first = data.FirstObserved;
        var last = data.LastObserved;
        var y = data.Values;
        if (last == first)
        {
            return SimpleForecasts.Constant(
                method, Clamp(y[last], options), horizon, options, new ForecastNote(ForecastNoteKind.SingleObservation) { ObservationsNeeded = DriftObservationsForSpread });
        }

        var span = last - first;
        var (start, slope) = yearLevel && CycleMeans(y, data.SeasonLength, first, last) is var (firstMean, lastMean)
            ? YearLevel(firstMean, lastMean, data.SeasonLength, span)
            : (y[last], (y[last] - y[first]) / span);
        var unit = Math.Max(data.MeanAbs, double.Epsilon); // squares taken in units of the mean, so 1e300 doesn't overflow
        double sumSquares = 0;
        var pairs = 0;
        for (var t = first + 1; t <= last; t++)
        {
            if (!double.IsNaN(y[t]) && !double.IsNaN(y[t - 1]))
            {
                var d = (y[t] - y[t - 1] - slope) / unit;
                sumSquares += d * d;
                pairs++;
            }
        }

        // The slope is fitted on the first and last observations: two consecutive ones leave a residual of zero by
        // construction, not by estimate, so the steps' spread needs a third; and one consecutive change beside a gap
        // is a single change, whose size is no estimate of the spread either (ChangesForSpread).
        IReadOnlyList<ForecastNote> notes = pairs == 0 ? [new ForecastNote(ForecastNoteKind.NoConsecutiveObservations) { ObservationsNeeded = DriftObservationsForSpread }]
            : pairs < ChangesForSpread ? [new ForecastNote(ForecastNoteKind.SpreadNotEstimable) { ObservationsNeeded = DriftObservationsForSpread }]
            : [];
        var sigma = pairs >= ChangesForSpread ? Math.Sqrt(sumSquares / (pairs - 1)) * unit : 0;
        var slopeError = sigma / Math.Sqrt(span);
        var gap = data.Length - 1 - last; // steps already elapsed since the last observation
        var mean = new double[horizon];
        for (var h = 0; h < horizon; h++)
        {
            mean[h] = start + (slope * (gap + h + 1));
        }

        var random = new GaussianSource(options.Seed);
        var paths = new double[options.Paths][];
        for (var p = 0; p < paths.Length; p++)
        {
            var drift = slope + (slopeError * random.Next());
            var value = start;
            for (var k = 0; k < gap; k++)
            {
                value = Step(value + drift + (sigma * random.Next()), options);
            }

            var path = new double[horizon];
            for (var h = 0; h < horizon; h++)
            {
                value = Step(value + drift + (sigma * random.Next()), options);
                path[h] = value;
            }

            paths[p] = path;
        }

        return new Forecast(method, Clamp(mean, options), paths, notes);
    }

    /// <summary>
    /// Drift on the seasonally adjusted series (the multiplicative figures of <see cref="SeasonalAdjustment"/>, as
    /// Theta adjusts), the season multiplied back into the point forecast and every path: the random walk's steps and
    /// its average step are measured without the season's swings, and its forecast has the season's shape. Without a
    /// significant season (or a cycle) it is plain <see cref="Drift"/>.
    /// </summary>
    public static Forecast SeasonallyAdjustedDrift(SeriesData data, int horizon, ForecastOptions options, bool yearLevel = false, bool logScale = false)
    {
        if (data.ObservedCount == 0 || data.SeasonLength <= 1)
        {
            return Drift(data, horizon, options, yearLevel, logScale);
        }

        var m = data.SeasonLength;
        var figures = SeasonalAdjustment.Figures(data, out var notes);
        if (figures.All(f => f == 1))
        {
            var plain = Drift(data, horizon, options, yearLevel, logScale);
            return plain with { Notes = [.. notes, .. plain.Notes] };
        }

        // With the year level the adjusted series keeps its cycle, so its cycles' means can be found.
        var adjusted = SeriesData.From(new ModelSeries([.. data.Values.Select((v, t) => double.IsNaN(v) ? (double?)null : v / figures[t % m])], yearLevel ? m : 1));
        var drift = Drift(adjusted, horizon, options, yearLevel, logScale);
        var n = data.Length;
        var mean = drift.Mean.Select((v, h) => v * figures[(n + h) % m]).ToArray();
        var paths = drift.Paths.Select(p => p.Select((v, h) => v * figures[(n + h) % m]).ToArray()).ToArray();
        return new Forecast(ForecastMethod.SeasonallyAdjustedDrift, mean, paths, [.. notes, .. drift.Notes]);
    }

    /// <summary>
    /// Geometric drift, as R's rwf(lambda = 0, drift = TRUE): drift on ln y, its point forecast and every path raised
    /// back with exp (the point forecast is then the median, R's default without bias adjustment). The slope is the
    /// average log step, a constant growth rate, so the forecast compounds; the paths' shocks are proportional to the
    /// level. The logarithms are not clamped at zero (a value below 1 has a negative logarithm); exp keeps the paths
    /// positive. Rule for zeros: a zero or negative observed value has no logarithm, and treating it as missing would
    /// step over a month with no trade (and start the walk from before a stop), so such a series gets drift on the
    /// values, with a <see cref="ForecastNoteKind.NonPositiveValues"/> note. Missing months stay missing.
    /// </summary>
    /// <remarks>
    /// A path is held below <see cref="LogPathCeiling"/> times the largest month observed: a sporadic series (a supplier
    /// at a few dollars one month and millions the next) has log steps so wide that its log-normal tails reach past
    /// what a decimal total can hold, and no target (at most a few times a year's total) or interval bound comes near
    /// the ceiling, so the probabilities scored are the same with or without it.
    /// </remarks>
    private static Forecast LogDrift(SeriesData data, int horizon, ForecastOptions options, bool yearLevel)
    {
        if (!data.StrictlyPositive)
        {
            var linear = Drift(data, horizon, options, yearLevel);
            return linear with { Notes = [new ForecastNote(ForecastNoteKind.NonPositiveValues), .. linear.Notes] };
        }

        var logs = SeriesData.From(new ModelSeries([.. data.Values.Select(v => double.IsNaN(v) ? (double?)null : Math.Log(v))], data.SeasonLength));
        var onLogs = Drift(logs, horizon, options with { NonNegative = false }, yearLevel);
        var ceiling = Math.Log(data.Max) + Math.Log(LogPathCeiling);
        return onLogs with
        {
            Mean = [.. onLogs.Mean.Select(v => Math.Exp(Math.Min(v, ceiling)))],
            Paths = [.. onLogs.Paths.Select(p => p.Select(v => Math.Exp(Math.Min(v, ceiling))).ToArray())],
        };
    }

    /// <summary>
    /// The means of the first and the last cycle of <paramref name="m"/> steps in first..last; null when the season is
    /// not a cycle, the two cycles overlap or are not a cycle apart, or a step in either is missing (a mean with a
    /// month left out carries that month's seasonal swing).
    /// </summary>
    private static (double First, double Last)? CycleMeans(ReadOnlySpan<double> y, int m, int first, int last)
    {
        if (m <= 1 || last - m + 1 - first < m)
        {
            return null;
        }

        double firstSum = 0, lastSum = 0;
        for (var k = 0; k < m; k++)
        {
            if (double.IsNaN(y[first + k]) || double.IsNaN(y[last - k]))
            {
                return null;
            }

            firstSum += y[first + k];
            lastSum += y[last - k];
        }

        return (firstSum / m, lastSum / m);
    }

    /// <summary>
    /// Drift's start and slope from the cycles' means: the means sit at their cycles' centres, span − m + 1 steps
    /// apart, and the last one is carried (m − 1)/2 steps forward by the slope to the last step.
    /// </summary>
    private static (double Start, double Slope) YearLevel(double firstMean, double lastMean, int m, int span)
    {
        var slope = (lastMean - firstMean) / (span - m + 1);
        return (lastMean + (slope * (m - 1) / 2.0), slope);
    }

    /// <summary>Mean of squared differences between observations one season apart (both observed), in units of <paramref name="unit"/>.</summary>
    public static double MeanSquaredDifference(ReadOnlySpan<double> y, int lag, double unit, out int pairs)
    {
        double sum = 0;
        pairs = 0;
        for (var t = lag; t < y.Length; t++)
        {
            if (!double.IsNaN(y[t]) && !double.IsNaN(y[t - lag]))
            {
                var d = (y[t] - y[t - lag]) / unit;
                sum += d * d;
                pairs++;
            }
        }

        return pairs > 0 ? sum / pairs : 0;
    }

    private static double Step(double value, ForecastOptions options) => options.NonNegative ? Math.Max(0, value) : value;

    private static double Clamp(double value, ForecastOptions options) => options.NonNegative ? Math.Max(0, value) : value;

    private static double[] Clamp(double[] values, ForecastOptions options)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Clamp(values[i], options);
        }

        return values;
    }
}
