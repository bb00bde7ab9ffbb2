using Turnover.Core;
using Turnover.Testing;

namespace Turnover.Application.Tests;

/// <summary>
/// <c>turnover suppliers</c> on the real Wind export of China's fossil-fuel imports by origin; expected figures are
/// summed here from the file's text (WindColumns), not through the product's reader.
/// </summary>
public sealed class SuppliersQueryTests
{
    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);
    private static readonly Product s_crude = Product.Hs(2709, 4, null);

    private static decimal Wind(string series, int year) => WindColumns.Sum(WindColumns.ByOrigin, series, year)!.Value;

    [Fact]
    public void When_chinas_crude_suppliers_in_2021_are_asked_then_russias_volume_value_and_unit_value_match_the_file()
    {
        using var store = Stores.With(WindColumns.ByOrigin);

        var answer = new SuppliersQuery(store).Run(new SuppliersRequest(s_crude, s_china) { Years = YearRange.Of(2021), Top = 3 }).Value;

        var world = Wind("Value of Imports: Crude Oil", 2021);
        var market = Assert.Single(answer.Markets);
        Assert.Equal((2021, world, 12), (market.Year, market.WorldUsd!.Value, market.Months));
        Assert.Equal((12, (int?)null, (decimal?)null), (market.ShareMonths, market.ThroughMonth, market.LapsedPercent));
        Assert.Equal(["Saudi Arabia", "Russian Federation", "Iraq"], answer.Origins.Select(o => o[0].Origin.Name));
        var russia = Assert.Single(answer.Origins[1]);
        var value = Wind("Value of Imports: Crude Oil: Russian Federation", 2021);
        var tonnes = (double)Wind("Volume of Imports: Crude Oil: Russian Federation", 2021) / 1000d;
        var quantity = Assert.Single(russia.Quantities);
        Assert.Equal((value, value / world * 100m, "t", 0m), (russia.ValueUsd, russia.SharePercent, quantity.Unit, russia.UnquantifiedUsd));
        Assert.Equal(tonnes, quantity.Amount, 1e-6);
        // The hand check of the issue: 79.65 Mt for US$40.29 bn, about $506 a tonne.
        Assert.Equal(79.65, Math.Round(quantity.Amount / 1e6, 2));
        Assert.Equal(506m, Math.Round(quantity.UsdPerUnit!.Value));
        var saudi = Assert.Single(answer.Origins[0]);
        Assert.Equal(Wind("Value of Imports: Crude Oil: Saudi Arabia", 2021) / world * 100m, saudi.SharePercent);
        Assert.Equal(answer.OtherOrigins, answer.Others.Count == 0 ? 0 : answer.OtherOrigins);
        Assert.Equal(market.OriginsUsd - answer.Origins.Sum(o => o.Sum(y => y.ValueUsd)), Assert.Single(answer.Others).ValueUsd);
    }

    [Fact]
    public void When_the_world_figure_lacks_a_product_the_origins_have_then_shares_are_of_the_origins_sum()
    {
        using var store = Stores.With(WindColumns.ByOrigin);

        // Wind gives coal and lignite by origin (HS 2701, 2702) but the world's only together (not stored): HS 27's
        // world figure was crude and gas alone, the origins added up to 107 % of it, and Russia's share was of it.
        var chapter = new SuppliersQuery(store).Run(new SuppliersRequest(Product.Hs(27, 2, null), s_china) { Years = YearRange.Of(2021), Top = 3 }).Value;
        var crude = new SuppliersQuery(store).Run(new SuppliersRequest(s_crude, s_china) { Years = YearRange.Of(2021) }).Value;

        var market = Assert.Single(chapter.Markets);
        Assert.Equal([2701, 2702], market.WorldLacks.Select(p => p.Code));
        Assert.False(market.WorldComparable);
        Assert.Equal(market.OriginsUsd, market.BasisUsd);
        var russia = Assert.Single(chapter.Origins.Single(o => o[0].Origin.Code == 643));
        Assert.Equal(russia.ValueUsd / market.OriginsUsd * 100m, russia.SharePercent);
        Assert.True(Assert.Single(crude.Markets).WorldComparable); // crude's world line covers every origin's
    }

    [Fact]
    public void When_no_years_are_asked_then_the_last_five_stored_are_shown_and_a_year_in_progress_says_its_months()
    {
        using var store = Stores.With(WindColumns.ByOrigin);

        var answer = new SuppliersQuery(store).Run(new SuppliersRequest(s_crude, s_china)).Value;

        Assert.Equal([2018, 2019, 2020, 2021, 2022], answer.Markets.Select(m => m.Year));
        Assert.Equal(11, answer.Markets[^1].Months);
    }

    [Fact]
    public void When_origins_lines_stop_then_the_year_names_them_with_their_value_the_year_before()
    {
        using var store = Stores.With(WindColumns.ByOrigin);

        var answer = new SuppliersQuery(store).Run(new SuppliersRequest(s_crude, s_china) { Years = new YearRange(2021, 2022) }).Value;

        // Wind's export stops the USA's and Malaysia's series in 2021: none of their 2022 lines, hence 89 % of the world.
        var shortfalls = answer.Markets[1].Shortfalls;
        var usa = Assert.Single(shortfalls, s => s.Origin.Code == 842);
        Assert.Equal((0, Wind("Value of Imports: Crude Oil: USA", 2021)), (usa.Months, usa.PreviousYearUsd));
        Assert.Equal("Malaysia", shortfalls[0].Origin.Name);
        Assert.Equal(Wind("Value of Imports: Crude Oil: Malaysia", 2021), shortfalls[0].PreviousYearUsd);
        Assert.DoesNotContain(shortfalls, s => s.Origin.Name == "Russian Federation"); // 11 months, as the market
        Assert.True(shortfalls.Zip(shortfalls.Skip(1)).All(p => p.First.PreviousYearUsd >= p.Second.PreviousYearUsd));
    }

    [Fact]
    public void When_one_origins_file_runs_a_month_past_the_world_figure_then_its_share_is_of_the_same_months()
    {
        using var store = Stores.With(WindColumns.ByOrigin, WindColumns.FromRussia);

        var answer = new SuppliersQuery(store).Run(new SuppliersRequest(s_crude, s_china) { Years = YearRange.Of(2022) }).Value;

        // The world's crude and every origin's stop in November 2022 in the export by origin; the file of imports from
        // Russia runs to December: Russia's twelve months were set against the world's eleven, 17.7 % for 16.5 %.
        var market = Assert.Single(answer.Markets);
        var world = Wind("Value of Imports: Crude Oil", 2022);
        Assert.Equal((world, 11, (int?)11, (decimal?)null), (market.BasisUsd, market.ShareMonths, market.ThroughMonth, market.WorldThroughUsd));
        var russia = Assert.Single(answer.Origins.Single(o => o[0].Origin.Code == 643));
        const string Series = "Value of Imports: Crude Oil: Russian Federation";
        var januaryToNovember = WindColumns.Sum(WindColumns.FromRussia, Series, 2022, throughMonth: 11)!.Value;
        Assert.Equal((WindColumns.Sum(WindColumns.FromRussia, Series, 2022), 12), (russia.ValueUsd, russia.Months));
        Assert.Equal(new SupplierShareOn(11, januaryToNovember), russia.ShareOn);
        Assert.Equal(januaryToNovember / world * 100m, russia.SharePercent);
        Assert.Equal(16.5m, Math.Round(russia.SharePercent!.Value, 1));
        Assert.All(answer.Origins.Where(o => o[0].Origin.Code != 643), o => Assert.Null(Assert.Single(o).ShareOn));

        // Summed among the others, Russia's months are cut the same way: the listed and the others' shares add up to the origins'.
        var top = new SuppliersQuery(store).Run(new SuppliersRequest(s_crude, s_china) { Years = YearRange.Of(2022), Top = 1 }).Value;
        var others = Assert.Single(top.Others);
        var saudi = Assert.Single(Assert.Single(top.Origins));
        Assert.Equal((11, market.OriginsUsd - saudi.ValueUsd), (others.ShareOn!.ThroughMonth, others.ShareOn.ValueUsd!.Value));
        Assert.Equal(market.OriginsUsd / world * 100m, saudi.SharePercent + others.SharePercent);
    }

    [Fact]
    public void When_the_world_figure_runs_a_month_past_the_origins_then_the_shares_are_of_its_same_months()
    {
        using var store = Stores.With(WindColumns.ByOrigin, WindColumns.FromRussia);

        var answer = new SuppliersQuery(store).Run(new SuppliersRequest(Product.Hs(271111, 6, null), s_china) { Years = YearRange.Of(2022) }).Value;

        // China's LNG from the world runs to December 2022 in the file of imports from Russia; the origins' stop in
        // November: Australia's eleven months were 27.5 % of the world's twelve.
        var market = Assert.Single(answer.Markets);
        const string World = "China: Value of Imports: Liquified Natural Gas(271111)";
        var januaryToNovember = WindColumns.Sum(WindColumns.FromRussia, World, 2022, throughMonth: 11)!.Value;
        Assert.Equal((WindColumns.Sum(WindColumns.FromRussia, World, 2022), januaryToNovember, januaryToNovember, (int?)11, 11),
            (market.WorldUsd, market.WorldThroughUsd, market.BasisUsd, market.ThroughMonth, market.ShareMonths));
        var australia = Assert.Single(answer.Origins.Single(o => o[0].Origin.Name == "Australia"));
        Assert.Equal(Wind("Value of Imports: Liquified Natural Gas (LNG): Australia", 2022) / januaryToNovember * 100m, australia.SharePercent);
        Assert.Null(australia.ShareOn);
    }

    [Fact]
    public void When_only_one_origins_lines_run_into_a_year_without_a_world_figure_then_no_shares_are_given()
    {
        using var store = Stores.With(WindColumns.ByOrigin, WindColumns.FromRussia);

        var answer = new SuppliersQuery(store).Run(new SuppliersRequest(s_crude, s_china) { Years = new YearRange(2022, 2023) }).Value;

        // Only the file of imports from Russia reaches 2023: the origins' "sum" was Russia alone, 100 % of it.
        var (before, year) = (answer.Markets[0], answer.Markets[1]);
        var russia = answer.Origins.Single(o => o[0].Origin.Code == 643);
        Assert.Equal((2023, (decimal?)null, 2), (year.Year, year.WorldUsd, year.ShareMonths));
        var wholeSum2022 = before.OriginsUsd - russia[0].ShareOn!.ValueUsd!.Value + russia[0].ValueUsd;
        Assert.Equal((wholeSum2022 - russia[0].ValueUsd) / wholeSum2022 * 100m, year.LapsedPercent);
        Assert.Equal((WindColumns.Sum(WindColumns.FromRussia, "Value of Imports: Crude Oil: Russian Federation", 2023), (decimal?)null),
            (russia[1].ValueUsd, russia[1].SharePercent));
        Assert.Null(before.LapsedPercent);
        Assert.NotNull(russia[0].SharePercent);
    }

    [Fact]
    public void When_an_origins_trade_stops_in_a_file_that_goes_on_then_the_years_shares_stand()
    {
        using var store = Stores.With(WindColumns.ByOrigin, WindColumns.FromRussia);

        var answer = new SuppliersQuery(store).Run(new SuppliersRequest(Product.Hs(2701, 4, null), s_china) { Years = YearRange.Of(2021) }).Value;

        // China stopped taking Australia's coal late in 2020 (three months of 2021 in the export, 7.9 bn in 2020): that
        // is trade, in the same export as every other origin's, not a file that ends.
        var market = Assert.Single(answer.Markets);
        var australia = answer.Origins.Single(o => o[0].Origin.Name == "Australia").Single();
        Assert.Equal((false, (decimal?)null, 3), (market.WorldComparable, market.LapsedPercent, australia.Months));
        Assert.Contains(market.Shortfalls, s => s.Origin.Name == "Australia");
        Assert.All(answer.Origins, o => Assert.NotNull(Assert.Single(o).SharePercent));
    }

    [Fact]
    public void When_the_product_has_no_lines_then_the_answer_is_no_data()
    {
        using var store = Stores.With(WindColumns.ByOrigin);

        Assert.Equal(FailureKind.NoData, new SuppliersQuery(store).Run(new SuppliersRequest(Product.Hs(8542, 4, null), s_china)).Failure!.Kind);
        Assert.Equal(FailureKind.BadInput, new SuppliersQuery(store).Run(new SuppliersRequest(Product.Total, s_china)).Failure!.Kind);
    }
}
