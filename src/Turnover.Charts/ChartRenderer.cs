using System.Globalization;
using ScottPlot;
using ScottPlot.Plottables;
using SkiaSharp;
using Turnover.Analytics.Forecasting;
using Turnover.Core;

namespace Turnover.Charts;

/// <summary>Draws a <see cref="TradeChart"/> with ScottPlot, as PNG or SVG.</summary>
/// <remarks>
/// ScottPlot draws no text at all when its font is missing, so the font is named and checked: a machine without it
/// gets an error saying which package to install, never a chart without words. The x axis is in years (a period at
/// its midpoint), with one tick per year labelled without a thousands separator.
/// </remarks>
public static class ChartRenderer
{
    /// <summary>The font every text is drawn in (Debian: fonts-dejavu-core).</summary>
    public const string FontFamily = "DejaVu Sans";

    private static readonly Color s_bars = Color.FromHex("#4E79A7");
    private static readonly Color s_rolling = Color.FromHex("#1B1B1B");
    private static readonly Color s_target = Color.FromHex("#C0392B");
    private static readonly Color s_fan = Color.FromHex("#F28E2B");

    /// <summary>The chart as image bytes (SVG as UTF-8).</summary>
    /// <exception cref="InvalidOperationException">The font is not installed, or there is nothing to draw.</exception>
    public static byte[] Render(TradeChart chart, ChartFormat format, int width = 1000, int height = 560)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (chart.Values.Count == 0)
        {
            throw new InvalidOperationException($"{chart.Title}: no figures to draw.");
        }

        EnsureFont();
        using var plot = Build(chart);
        return format switch
        {
            ChartFormat.Png => plot.GetImageBytes(width, height, ImageFormat.Png),
            ChartFormat.Svg => System.Text.Encoding.UTF8.GetBytes(plot.GetSvgXml(width, height)),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
    }

    private static void EnsureFont()
    {
        using var typeface = SKFontManager.Default.MatchFamily(FontFamily);
        if (typeface is null)
        {
            throw new InvalidOperationException(
                $"the font '{FontFamily}' is not installed, and charts without it would have no text: install it (Debian: apt-get install fonts-dejavu-core).");
        }
    }

    private static Plot Build(TradeChart chart)
    {
        var plot = new Plot();
        plot.Font.Set(FontFamily);
        plot.Title(chart.Title);
        plot.XLabel(string.Join("\n", chart.Caption), size: 11);
        var monthly = chart.Granularity != Granularity.Year;
        plot.YLabel(monthly ? "US$ bn per month" : "US$ bn per year");

        var values = chart.Values;
        var bars = plot.Add.Bars(values.Select(v => X(v.Period)).ToArray(), values.Select(v => Billions(v.Usd)).ToArray());
        foreach (var (bar, value) in bars.Bars.Zip(values))
        {
            bar.Size = value.Period.Months / 12.0 * 0.8;
            bar.FillColor = s_bars;
            bar.LineWidth = 0;
        }

        bars.LegendText = monthly ? "Month (Jan–Feb combined where published so)" : "Year";
        var annualAxis = monthly ? plot.Axes.Right : plot.Axes.Left;
        if (monthly)
        {
            plot.Axes.Right.Label.Text = "US$ bn, 12 months";
        }

        AddFan(plot, chart);
        // One line per run of consecutive months: a line across missing months would invent the months between.
        var runs = Runs(chart.Rolling12);
        foreach (var run in runs)
        {
            var rolling = plot.Add.Scatter(run.Select(v => X(v.Period)).ToArray(), run.Select(v => Billions(v.Usd)).ToArray());
            rolling.MarkerSize = run.Count == 1 ? 4 : 0;
            rolling.LineWidth = 2;
            rolling.Color = s_rolling;
            rolling.LegendText = ReferenceEquals(run, runs[0]) ? "Rolling 12 months (right axis)" : string.Empty;
            rolling.Axes.YAxis = annualAxis;
        }

        var (first, last) = Span(chart);
        if (chart.Target is { } target)
        {
            var line = plot.Add.Line(first, Billions(target.AnnualUsd), target.DeadlineYear + 1, Billions(target.AnnualUsd));
            line.LineColor = s_target;
            line.LineWidth = 2;
            line.LinePattern = LinePattern.Dashed;
            line.LegendText = monthly ? target.Label + " (right axis)" : target.Label;
            line.Axes.YAxis = annualAxis;
            last = Math.Max(last, target.DeadlineYear + 1);
        }

        Ticks(plot, (int)Math.Floor(first), (int)Math.Ceiling(last), monthly);
        plot.Axes.SetLimitsX(first - 0.05, last + 0.05);
        plot.Axes.SetLimitsY(0, Top(chart, onLeft: true), plot.Axes.Left);
        if (monthly)
        {
            plot.Axes.SetLimitsY(0, Top(chart, onLeft: false), plot.Axes.Right);
        }

        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    private static void AddFan(Plot plot, TradeChart chart)
    {
        if (chart.Fan.Count == 0)
        {
            return;
        }

        var xs = chart.Fan.Select(s => X(s.Period)).ToArray();
        var outer = plot.Add.FillY(xs, chart.Fan.Select(s => Billions(s.Lower95)).ToArray(), chart.Fan.Select(s => Billions(s.Upper95)).ToArray());
        outer.FillColor = s_fan.WithAlpha(0.25);
        outer.LineWidth = 0;
        outer.LegendText = "95% of simulated paths";
        var inner = plot.Add.FillY(xs, chart.Fan.Select(s => Billions(s.Lower80)).ToArray(), chart.Fan.Select(s => Billions(s.Upper80)).ToArray());
        inner.FillColor = s_fan.WithAlpha(0.5);
        inner.LineWidth = 0;
        inner.LegendText = "80%";
        var median = plot.Add.Scatter(xs, chart.Fan.Select(s => Billions(s.Median)).ToArray());
        median.MarkerSize = 0;
        median.LineWidth = 2;
        median.Color = s_fan;
        median.LinePattern = LinePattern.Dashed;
        median.LegendText = chart.FanMethod is null ? "Forecast (median)" : $"Forecast, median ({chart.FanMethod})";
    }

    // One tick per year: at the year's start for months (bars fall between ticks), at its middle for annual columns.
    private static void Ticks(Plot plot, int firstYear, int lastYear, bool monthly)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        var step = Math.Max(1, (lastYear - firstYear + 1) / 12);
        for (var year = firstYear; year <= lastYear; year += step)
        {
            if (monthly || year < lastYear)
            {
                ticks.AddMajor(monthly ? year : year + 0.5, year.ToString(CultureInfo.InvariantCulture));
            }
        }

        plot.Axes.Bottom.TickGenerator = ticks;
    }

    private static (double First, double Last) Span(TradeChart chart)
    {
        var periods = chart.Values.Select(v => v.Period).Concat(chart.Fan.Select(s => s.Period)).ToList();
        var first = periods.Min(p => p.Year + ((p.StartMonth - 1) / 12.0));
        var last = periods.Max(p => p.Year + ((p.StartMonth - 1 + p.Months) / 12.0));
        return (first, last);
    }

    // The top of an axis: the highest figure it carries, with room for the legend. An annual chart has one axis.
    private static double Top(TradeChart chart, bool onLeft)
    {
        var periodScale = chart.Values.Select(v => v.Usd).Concat(chart.Fan.Select(s => s.Upper95));
        var yearScale = chart.Rolling12.Select(v => v.Usd).Concat(chart.Target is { } t ? [t.AnnualUsd] : []);
        var figures = !onLeft ? yearScale : chart.Granularity == Granularity.Year ? periodScale.Concat(yearScale) : periodScale;
        var max = figures.DefaultIfEmpty(0m).Max();
        return max <= 0 ? 1 : Billions(max) * 1.3;
    }

    private static List<List<ChartValue>> Runs(IReadOnlyList<ChartValue> values)
    {
        var runs = new List<List<ChartValue>>();
        foreach (var value in values)
        {
            if (runs.Count == 0 || runs[^1][^1].Period.End.AddDays(1) != value.Period.Start)
            {
                runs.Add([]);
            }

            runs[^1].Add(value);
        }

        return runs;
    }

    private static double X(Period period) => period.Year + ((period.StartMonth - 1 + (period.Months / 2.0)) / 12.0);

    private static double Billions(decimal usd) => (double)(usd / 1_000_000_000m);
}
