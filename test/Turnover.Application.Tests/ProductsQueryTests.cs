using System.Globalization;
using Turnover.Core;
using Turnover.Testing;

namespace Turnover.Application.Tests;

/// <summary>
/// <c>turnover products</c> on real files: the Wind export with China's customs totals, and BACI's Afghanistan rows.
/// Every expected figure is summed here straight from the files' text (WindColumns, the BACI rows), not by the product.
/// </summary>
public sealed class ProductsQueryTests
{
    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);
    private static readonly Country s_russia = CountryCatalog.Default.FromCode(643);
    private static readonly Country s_afghanistan = CountryCatalog.Default.FromCode(4);

    private static readonly string[] s_russiaValues =
    [
        "Value of Imports: Crude Oil: Russian Federation", "Value of Imports: Liquified Natural Gas (LNG): Russian Federation",
        "Value of Imports: Pipeline Carried Natural Gas (Gaseous State): Russian Federation", "Value of Imports: Coal: Russian Federation",
    ];

    [Fact]
    public void When_china_russia_lines_are_read_then_values_shares_and_contributions_are_the_files_sums_against_the_published_total()
    {
        using var store = Stores.With(WindColumns.ByOrigin, Stores.ChinaRussia);

        var answer = new ProductsQuery(store).Run(new ProductsRequest(s_china, s_russia) { Years = YearRange.Of(2021), Level = ProductLevel.Product }).Value;

        decimal Wind(string series, int year) => WindColumns.Sum(WindColumns.ByOrigin, series, year)!.Value;
        var lines2021 = s_russiaValues.Sum(s => Wind(s, 2021));
        var lines2020 = s_russiaValues.Sum(s => Wind(s, 2020));
        // GACC's published turnover (data/gacc/china_russia.csv: 2021 146.887 bn, 2020 107.76 bn).
        var (total2021, total2020) = (146_887_000_000m, 107_760_000_000m);
        Assert.Equal((s_china, s_russia, SourceKind.Gacc, true), (answer.Reporter, answer.Partner, answer.Source, answer.ShareOfTotal));
        Assert.Equal((2020, lines2020, total2020), (answer.Base!.Year, answer.Base.LinesUsd, answer.Base.TotalUsd!.Value));
        Assert.Equal((2021, lines2021, total2021, 12), (answer.Shown.Year, answer.Shown.LinesUsd, answer.Shown.TotalUsd!.Value, answer.Shown.Months));
        Assert.Equal(lines2021 / total2021 * 100m, answer.Shown.CoveredPercent);
        Assert.True(answer.Partial);
        Assert.Equal([Flow.Import], answer.Shown.Flows);
        var crude = answer.Products[0];
        var (crude2020, crude2021) = (Wind(s_russiaValues[0], 2020), Wind(s_russiaValues[0], 2021));
        Assert.Equal(("2709", crude2020, crude2021), (crude.Product.ToString(), crude.BaseUsd, crude.Usd));
        Assert.Equal(crude2021 / total2021 * 100m, crude.SharePercent);
        Assert.Equal((crude2021 / crude2020 - 1m) * 100m, crude.ChangePercent);
        Assert.Equal((crude2021 - crude2020) / total2020 * 100m, crude.ContributionPoints);
        Assert.Equal(["2709", "2701", "271111", "271121"], answer.Products.Select(p => p.Product.ToString()));
        Assert.Equal(answer.Products.OrderByDescending(p => p.Usd - p.BaseUsd), answer.Risers);
        Assert.Empty(answer.Fallers);
    }

    [Fact]
    public void When_no_year_is_asked_then_the_latest_whole_year_is_compared_with_the_year_before()
    {
        // The export ends in 2022-11: 2022 is not a whole year.
        using var store = Stores.With(WindColumns.ByOrigin);

        var answer = new ProductsQuery(store).Run(new ProductsRequest(s_china, s_russia)).Value;

        Assert.Equal((2020, 2021, false), (answer.Base!.Year, answer.Shown.Year, answer.ShareOfTotal));
        Assert.Null(answer.Shown.TotalUsd);
        Assert.Equal([("27", 100m)], answer.Products.Select(p => (p.Product.ToString(), p.SharePercent!.Value)));
    }

    [Fact]
    public void When_a_year_in_progress_is_asked_then_no_share_of_the_years_total_is_given()
    {
        using var store = Stores.With(WindColumns.ByOrigin, Stores.ChinaRussia);

        var answer = new ProductsQuery(store).Run(new ProductsRequest(s_china, s_russia) { Years = YearRange.Of(2022) }).Value;

        Assert.Equal((11, (decimal?)null, false), (answer.Shown.Months, answer.Shown.TotalUsd, answer.ShareOfTotal));
    }

    [Fact]
    public void When_a_products_lines_end_in_different_months_of_the_two_years_then_the_change_says_so()
    {
        // The file of imports from Russia runs to December 2022, but its LNG value is China's from the world: Russia's
        // LNG stops in November 2022 with the export by origin, against all twelve months of 2021 (+120 %).
        using var store = Stores.With(WindColumns.ByOrigin, WindColumns.FromRussia, Stores.ChinaRussia);

        var answer = new ProductsQuery(store).Run(new ProductsRequest(s_china, s_russia) { Years = YearRange.Of(2022), Level = ProductLevel.Product }).Value;

        Assert.Equal(12, answer.Shown.Months);
        Assert.Equal(
            [("2709", 12, 12), ("2701", 12, 12), ("271111", 11, 12), ("271121", 12, 12)],
            answer.Products.Select(p => (p.Product.ToString(), p.LastMonth!.Value, p.BaseLastMonth!.Value)));
    }

    [Fact]
    public void When_a_products_files_end_before_the_year_shown_then_it_is_not_known_there_not_a_fall_to_zero()
    {
        // Russia's LNG is only in the export by origin, which ends in November 2022; the file of imports from Russia
        // runs to February 2023 without it: LNG was a -100 % faller of January–February 2023.
        using var store = Stores.With(WindColumns.ByOrigin, WindColumns.FromRussia);
        var request = new ProductsRequest(s_china, s_russia) { Years = YearRange.Of(2023), Level = ProductLevel.Product };

        var products = new ProductsQuery(store).Run(request).Value;
        var chapters = new ProductsQuery(store).Run(request with { Level = ProductLevel.Chapter }).Value;

        var lng = products.Products.Single(p => p.Product.Code == 271111);
        var januaryFebruary = WindColumns.Sum(WindColumns.ByOrigin, "Value of Imports: Liquified Natural Gas (LNG): Russian Federation", 2022, throughMonth: 2)!.Value;
        Assert.Equal((januaryFebruary, 0m, (decimal?)null, (decimal?)null, (Period?)Period.Month(2022, 11)), (lng.BaseUsd, lng.Usd, lng.ChangePercent, lng.ContributionPoints, lng.FilesEnd));
        Assert.DoesNotContain(products.Fallers, p => p.Product == lng.Product);
        Assert.All(products.Products.Where(p => p != lng), p => Assert.Null(p.FilesEnd));
        var chapter = Assert.Single(chapters.Products);
        Assert.Equal([new EndedLine(lng.Product, Period.Month(2022, 11))], chapter.EndedInside);
        Assert.NotNull(chapter.ChangePercent);
    }

    [Fact]
    public void When_baci_rows_are_read_then_each_chapter_is_the_sum_of_its_rows_and_shares_are_of_the_lines()
    {
        using var store = Stores.With(RepoPaths.Fixture("baci", "ExampleTradeData.csv"));
        var expected = File.ReadLines(RepoPaths.Fixture("baci", "ExampleTradeData.csv")).Skip(1)
            .Select(l => l.Split(',').Select(f => f.Trim('"', ' ', '\r')).ToArray())
            .Where(f => f.Length > 4 && f[2] == "156")
            .GroupBy(f => int.Parse(f[3], CultureInfo.InvariantCulture) / 10_000)
            .ToDictionary(g => g.Key, g => g.Sum(f => decimal.Parse(f[4], NumberStyles.Number, CultureInfo.InvariantCulture) * 1000m));

        var answer = new ProductsQuery(store).Run(new ProductsRequest(s_afghanistan, s_china) { Top = 3 }).Value;

        Assert.Equal((SourceKind.Baci, 2021, (ProductsYear?)null), (answer.Source, answer.Shown.Year, answer.Base));
        Assert.Equal(expected.OrderBy(e => e.Key), answer.Products.Select(p => KeyValuePair.Create(p.Product.Code, p.Usd)).OrderBy(p => p.Key));
        Assert.Equal(expected.Values.Sum(), answer.Shown.LinesUsd);
        // The excerpt holds Afghanistan's exports only: with no imports, the pair's turnover is not known, so neither is the share covered.
        Assert.Equal(((decimal?)null, false, true), (answer.Shown.TotalUsd, answer.ShareOfTotal, answer.Partial));
        Assert.Equal(expected.Values.Max() / expected.Values.Sum() * 100m, answer.Products[0].SharePercent);
        Assert.Equal([Flow.Export], answer.Shown.Flows);
        Assert.Empty(answer.Risers);
    }

    [Theory]
    [InlineData(2021, 2020, 10, FailureKind.BadInput)]
    [InlineData(null, null, 0, FailureKind.BadInput)]
    [InlineData(1999, 1999, 10, FailureKind.NoData)]
    public void When_the_request_cannot_be_answered_then_the_failure_says_why(int? from, int? to, int top, FailureKind kind)
    {
        using var store = Stores.With(RepoPaths.Fixture("baci", "BACI_HS92_Y2021_V202301.csv"));

        var outcome = new ProductsQuery(store).Run(new ProductsRequest(s_afghanistan, s_china) { Years = new YearRange(from, to), Top = top });

        Assert.Equal(kind, outcome.Failure!.Kind);
    }

    [Fact]
    public void When_a_pair_has_no_product_lines_then_the_answer_is_no_data()
    {
        using var store = Stores.With(Stores.ChinaRussia);

        Assert.Equal(FailureKind.NoData, new ProductsQuery(store).Run(new ProductsRequest(s_china, s_russia)).Failure!.Kind);
    }
}
