using System.Text.RegularExpressions;
using Turnover.Charts;
using Turnover.Core;

namespace Turnover.Reports.Tests;

/// <summary>The report file must open anywhere, offline, and show exactly the text it was given.</summary>
public sealed class HtmlReportTests
{
    // Real figures: China–Russia turnover as China's customs published it (data/gacc/china_russia.csv), US$ bn.
    private static readonly ChartValue[] s_years =
    [
        new(Period.OfYear(2021), 146_887_000_000m),
        new(Period.OfYear(2022), 190_271_000_000m),
        new(Period.OfYear(2023), 240_110_000_000m),
    ];

    private static ReportPage Page(string svg) => new(
        "China–Russia trade",
        "As reported by China's customs (GACC), as of 2024-01-31",
        [
            new HeadlineSection("Headline", [new Headline("2023 turnover", "US$240.11 bn", "+26.3% published, +26.2% computed")]),
            new TableSection("Growth", ["Year", "US$ bn", "YoY pub.", "YoY comp."], [["2023", "240.11", "+26.3%", "+26.2%"]], "Published rates as printed; computed from the levels."),
            new FigureSection("Chart", svg, "Annual turnover, US$ bn; source: China's customs (GACC)."),
            new TextSection("Sources", ["china_russia.csv (GACC compilation), release 1"]),
        ]);

    private static string Chart() => System.Text.Encoding.UTF8.GetString(
        ChartRenderer.Render(new TradeChart("China–Russia trade, annual", Granularity.Year, s_years, ["Source: China's customs (GACC)"]), ChartFormat.Svg));

    [Fact]
    public void When_a_report_is_written_then_it_loads_nothing_from_elsewhere_and_runs_no_script()
    {
        var html = HtmlReport.Write(Page(Chart()));

        Assert.DoesNotMatch(new Regex("<script|<link|<img|<iframe|@import|(src|href)=\"http", RegexOptions.IgnoreCase), html);
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">", html, StringComparison.Ordinal);
        Assert.Contains("<figure>\n<svg", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", html, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_report_is_written_then_every_section_appears_in_order_with_its_text()
    {
        var html = HtmlReport.Write(Page(Chart()));

        var order = new[] { "<h1>China–Russia trade</h1>", "US$240.11 bn", "<th>YoY pub.</th>", "<td>+26.3%</td>", "Published rates as printed", "<figure>", "Annual turnover, US$ bn", "china_russia.csv (GACC compilation)" }
            .Select(s => html.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void When_a_text_holds_markup_then_it_is_shown_as_text()
    {
        var page = new ReportPage("<b>China & Russia</b>", "<script>alert(1)</script>", []);

        var html = HtmlReport.Write(page);

        Assert.Contains("<h1>&lt;b&gt;China &amp; Russia&lt;/b&gt;</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<svg><image href=\"https://example.org/x.png\"/></svg>")]
    [InlineData("<svg><script>alert(1)</script></svg>")]
    [InlineData("<svg><rect style=\"fill: url(https://example.org/p)\"/></svg>")]
    [InlineData("no svg here")]
    public void When_a_figure_is_not_a_self_contained_svg_then_the_report_is_refused(string svg)
    {
        var error = Assert.Throws<ArgumentException>(() => HtmlReport.Write(Page(svg)));
        Assert.StartsWith("figure 'Chart': ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_table_row_has_the_wrong_number_of_cells_then_the_report_is_refused()
    {
        var page = new ReportPage("t", "s", [new TableSection("Growth", ["Year", "US$ bn"], [["2023"]], null)]);

        var error = Assert.Throws<ArgumentException>(() => HtmlReport.Write(page));
        Assert.StartsWith("table 'Growth': a row has 1 cells for 2 columns", error.Message, StringComparison.Ordinal);
    }
}
