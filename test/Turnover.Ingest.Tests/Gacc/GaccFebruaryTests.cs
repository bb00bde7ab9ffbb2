using Turnover.Core;
using Turnover.Testing;

namespace Turnover.Ingest.Tests.Gacc;

/// <summary>
/// A February "month" row is January–February combined unless the release also gives Jan–Feb as a year-to-date row;
/// then it is February alone (issue 8, February item). Real rows: test/fixtures/gacc/README.md, section 3.
/// </summary>
public sealed class GaccFebruaryTests
{
    private static readonly string s_fixture = RepoPaths.Fixture("gacc", "news_2026_january_february.csv");

    [Fact]
    public void When_a_release_gives_january_february_to_date_then_its_february_month_row_is_february_alone()
    {
        var read = GaccTestRead.Of(s_fixture);

        Assert.Empty(read.Context.Errors);
        Assert.Equal(9_222_000_000m, read.Single(Flow.Export, Period.Month(2026, 2)).ValueUsd);
        Assert.Equal(18_290_000_000m, read.Single(Flow.Export, Period.YearToDate(2026, 2)).ValueUsd);
        Assert.Equal(39_044_000_000m, read.Single(Flow.Turnover, Period.YearToDate(2026, 2)).ValueUsd);
        // Before the fix 9.222 was filed as a report of Jan–Feb disagreeing with 18.29.
        Assert.Empty(read.Context.Discrepancies);
        Assert.False(read.Context.Skipped.ContainsKey("report disagreeing beyond rounding (kept as a discrepancy)"));
        Assert.Equal([12m, 22.7m], read.Context.PublishedRates.OrderBy(r => r.Flow == Flow.Export).Select(r => r.RatePercent));
    }

    [Fact]
    public void When_a_february_month_row_comes_without_january_february_to_date_then_it_is_read_as_the_combined_two_months()
    {
        using var file = TempFile.WithText("february_only.csv", string.Join("\r\n", File.ReadLines(s_fixture).Where(l => !l.Contains(",ytd,", StringComparison.Ordinal))) + "\r\n");

        var read = GaccTestRead.Of(file.Path);

        Assert.Empty(read.Context.Errors);
        var record = Assert.Single(read.Records);
        Assert.Equal(Period.YearToDate(2026, 2), record.Period);
        Assert.Equal(9_222_000_000m, record.ValueUsd);
    }

    [Fact]
    public void When_the_real_compilation_is_read_then_every_february_figure_is_january_february()
    {
        var read = GaccTestRead.Of(RepoPaths.Data("gacc", "china_russia.csv"));

        // Its February rows are all year-to-date (2019, 2022, 2023, 2024): no single February is read from it.
        Assert.DoesNotContain(read.Records, r => r.Period == Period.Month(r.Period.Year, 2));
        Assert.Equal([2019, 2022, 2023, 2024], read.Records.Where(r => r.Period == Period.YearToDate(r.Period.Year, 2)).Select(r => r.Period.Year).Distinct().Order());
    }

    [Fact]
    public void When_a_february_month_row_agrees_with_the_january_february_total_then_it_is_that_total_under_another_label()
    {
        // The real Jan–Feb 2022 turnover rows (26.4, 26.4, 26.43), the first relabelled "month" as some pages do.
        var rows = File.ReadLines(RepoPaths.Data("gacc", "china_russia.csv")).Where(l => l.StartsWith("2022-02,ytd,turnover,", StringComparison.Ordinal)).ToList();
        rows[0] = rows[0].Replace(",ytd,", ",month,", StringComparison.Ordinal);
        using var file = TempFile.WithText("relabelled.csv", string.Join("\r\n", ["period,kind,flow,value_usd_bn,yoy_pct,source_url", .. rows]) + "\r\n");

        var read = GaccTestRead.Of(file.Path);

        Assert.Empty(read.Context.Errors);
        var record = Assert.Single(read.Records);
        Assert.Equal(Period.YearToDate(2022, 2), record.Period);
        Assert.Equal(26_430_000_000m, record.ValueUsd);
        Assert.Empty(read.Context.Discrepancies);
    }
}
