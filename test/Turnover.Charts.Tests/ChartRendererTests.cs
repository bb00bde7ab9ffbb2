using System.Xml.Linq;
using SkiaSharp;
using Turnover.Analytics;
using Turnover.Analytics.Forecasting;
using Turnover.Core;

namespace Turnover.Charts.Tests;

/// <summary>Charts of the real China–Russia series: what a reader of the picture must find in it.</summary>
public sealed class ChartRendererTests
{
    private static readonly string[] s_caption = ["Source: China's customs (GACC), as reported by China", "Release: china_russia.csv"];

    private static TradeChart MonthlyWithTargetAndFan()
    {
        var table = GrowthAnalysis.Analyse(ChinaRussia.Monthly, Measure.Turnover, Period.Month(2021, 1), Period.Month(2023, 12));
        var steps = MonthlySteps.Build(ChinaRussia.Monthly with { Values = [.. ChinaRussia.Monthly.Values.Where(v => v.Period.Year <= 2023)] }, Measure.Turnover)!;
        var forecast = Forecasters.Get("snaive").Forecast(steps.Series, 12, new ForecastOptions { Paths = 400 });
        return TradeCharts.From(table, "China–Russia trade (turnover)", s_caption) with
        {
            Target = new ChartTarget("Target US$200 bn by 2024", 200_000_000_000m, 2024),
            Fan = ForecastFan.Steps(steps, forecast),
            FanMethod = "Seasonal naive",
        };
    }

    private static List<string> Texts(byte[] svg) =>
        [.. XDocument.Parse(System.Text.Encoding.UTF8.GetString(svg)).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim())];

    [Fact]
    public void When_a_monthly_chart_is_drawn_as_svg_then_its_title_axes_caption_legend_and_years_are_text()
    {
        var texts = Texts(ChartRenderer.Render(MonthlyWithTargetAndFan(), ChartFormat.Svg));

        Assert.Contains("China–Russia trade (turnover)", texts);
        Assert.Contains("US$ bn per month", texts);
        Assert.Contains("US$ bn, 12 months", texts);
        Assert.Contains(texts, t => t.Contains("Source: China's customs (GACC), as reported by China", StringComparison.Ordinal));
        Assert.Contains("Target US$200 bn by 2024 (right axis)", texts);
        Assert.Contains("Rolling 12 months (right axis)", texts);
        Assert.Contains("95% of simulated paths", texts);
        Assert.Contains("80%", texts);
        Assert.Contains(texts, t => t.StartsWith("Forecast, median (", StringComparison.Ordinal));
        Assert.Contains("2022", texts);
        Assert.Contains("2024", texts);
        Assert.DoesNotContain(texts, t => t.Contains("2,02", StringComparison.Ordinal));
    }

    [Fact]
    public void When_a_chart_is_drawn_then_every_text_names_the_installed_font()
    {
        var svg = XDocument.Parse(System.Text.Encoding.UTF8.GetString(ChartRenderer.Render(MonthlyWithTargetAndFan(), ChartFormat.Svg)));
        var fonts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => (string?)e.Attribute("font-family")).Distinct().ToList();

        Assert.Equal([ChartRenderer.FontFamily], fonts);
    }

    [Fact]
    public void When_a_chart_is_drawn_as_png_then_it_has_the_size_asked_and_its_title_is_drawn()
    {
        var png = ChartRenderer.Render(MonthlyWithTargetAndFan(), ChartFormat.Png, 900, 500);

        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((900, 500), (bitmap.Width, bitmap.Height));
        // The title sits in the top band, centred: without a font it would be blank (all background).
        var dark = 0;
        for (var x = 300; x < 600; x++)
        {
            for (var y = 0; y < 30; y++)
            {
                var pixel = bitmap.GetPixel(x, y);
                dark += pixel.Red < 128 && pixel.Green < 128 && pixel.Blue < 128 ? 1 : 0;
            }
        }

        Assert.True(dark > 50, $"{dark} dark pixels in the title band");
    }

    [Fact]
    public void When_an_annual_chart_has_a_fan_then_each_year_total_includes_the_months_already_published()
    {
        var monthly = ChinaRussia.Monthly with { Values = [.. ChinaRussia.Monthly.Values.Where(v => v.Period.Year < 2023 || (v.Period.Year == 2023 && v.Period.EndMonth <= 6))] };
        var steps = MonthlySteps.Build(monthly, Measure.Turnover)!;
        var forecast = Forecasters.Get("snaive").Forecast(steps.Series, steps.StepsUntilEndOf(2024), new ForecastOptions { Paths = 400 });
        var januaryToJune = monthly.Values.Where(v => v.Period.Year == 2023).Sum(v => v.Get(Measure.Turnover)!.Value);

        var fan = ForecastFan.Years(steps, forecast, januaryToJune);

        Assert.Equal([Period.OfYear(2023), Period.OfYear(2024)], fan.Select(f => f.Period));
        var first = fan[0];
        Assert.True(first.Lower95 > januaryToJune, "the 2023 total holds the published January–June");
        Assert.True(first.Lower95 <= first.Lower80 && first.Lower80 <= first.Median && first.Median <= first.Upper80 && first.Upper80 <= first.Upper95);
        Assert.DoesNotContain(ForecastFan.Years(steps, forecast, observedYearToDate: null), f => f.Period.Year == 2023);
    }

    [Fact]
    public void When_an_annual_chart_is_drawn_then_years_label_the_columns()
    {
        var table = GrowthAnalysis.Analyse(ChinaRussia.Annual, Measure.Turnover, Period.OfYear(2015), Period.OfYear(2023));
        var chart = TradeCharts.From(table, "China–Russia trade, annual", s_caption) with { Target = new ChartTarget("Target US$200 bn by 2024", 200_000_000_000m, 2024) };

        var texts = Texts(ChartRenderer.Render(chart, ChartFormat.Svg));

        Assert.Contains("US$ bn per year", texts);
        Assert.DoesNotContain("US$ bn, 12 months", texts);
        Assert.Contains("Target US$200 bn by 2024", texts);
        Assert.True(Enumerable.Range(2015, 9).All(y => texts.Contains(y.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void When_a_chart_has_no_figures_then_it_is_refused_with_its_title()
    {
        var empty = new TradeChart("Nothing", Granularity.Month, [], s_caption);

        var error = Assert.Throws<InvalidOperationException>(() => ChartRenderer.Render(empty, ChartFormat.Png));
        Assert.Equal("Nothing: no figures to draw.", error.Message);
    }

    [Theory]
    [InlineData("chart.png", ChartFormat.Png)]
    [InlineData("out/CHART.SVG", ChartFormat.Svg)]
    [InlineData("chart.jpg", null)]
    [InlineData("chart", null)]
    public void When_a_file_name_is_given_then_its_extension_chooses_the_format(string path, ChartFormat? expected)
    {
        Assert.Equal(expected, ChartFormats.FromPath(path));
    }
}
