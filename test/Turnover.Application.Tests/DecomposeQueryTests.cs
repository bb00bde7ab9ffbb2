using Turnover.Core;
using Turnover.Testing;

namespace Turnover.Application.Tests;

/// <summary>
/// <c>turnover decompose</c> on the real Wind exports of China's fossil-fuel imports: per-product figures are checked
/// against sums read from the files' text (WindColumns), not through the product's reader, and the indices against the
/// identities that define them.
/// </summary>
public sealed class DecomposeQueryTests
{
    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);
    private static readonly Country s_russia = CountryCatalog.Default.FromCode(643);
    private static readonly Product s_crude = Product.Hs(2709, 4, null);

    private static decimal Wind(string file, string series, int year, int throughMonth = 12) => WindColumns.Sum(file, series, year, throughMonth)!.Value;

    [Fact]
    public void When_crude_from_russia_is_split_then_value_volume_and_unit_value_match_the_file()
    {
        using var store = Stores.With(WindColumns.ByOrigin);

        var answer = new DecomposeQuery(store).Run(new DecomposeRequest(s_china, s_russia) { Years = YearRange.Of(2021) }).Value;

        var crude = answer.Products.Single(p => p.Product == s_crude);
        var (v0, v1) = (Wind(WindColumns.ByOrigin, "Value of Imports: Crude Oil: Russian Federation", 2020), Wind(WindColumns.ByOrigin, "Value of Imports: Crude Oil: Russian Federation", 2021));
        var (q0, q1) = (Wind(WindColumns.ByOrigin, "Volume of Imports: Crude Oil: Russian Federation", 2020) / 1000m, Wind(WindColumns.ByOrigin, "Volume of Imports: Crude Oil: Russian Federation", 2021) / 1000m);
        Assert.Equal((Flow.Import, "t", Comparability.Comparable), (crude.Flow, crude.Unit, crude.Comparability));
        Assert.Equal((v0, v1), (crude.BaseUsd, crude.Usd));
        Assert.Equal((double)q0, crude.BaseQuantity!.Value, 1e-6);
        Assert.Equal((double)q1, crude.Quantity!.Value, 1e-6);
        Assert.Equal((double)(q1 / q0 - 1m) * 100d, crude.VolumeChangePercent!.Value, 1e-9);
        Assert.Equal((double)((v1 / q1) / (v0 / q0) - 1m) * 100d, (double)crude.UnitValueChangePercent!.Value, 1e-9);
        // The issue's hand check: about $327 a tonne in 2020 (326.50), $506 in 2021.
        Assert.Equal((326.5m, 506m), (Math.Round(crude.BaseUsdPerUnit!.Value, 1), Math.Round(crude.UsdPerUnit!.Value)));
    }

    [Fact]
    public void When_2019_is_the_base_then_crude_cost_about_480_dollars_a_tonne_as_the_issue_says()
    {
        using var store = Stores.With(WindColumns.ByOrigin);

        var answer = new DecomposeQuery(store).Run(new DecomposeRequest(s_china, s_russia) { Years = new YearRange(2019, 2021), Within = s_crude }).Value;

        var crude = Assert.Single(answer.Products);
        Assert.Equal(480m, Math.Round(crude.BaseUsdPerUnit!.Value));
        Assert.Equal([(2019, 2020), (2020, 2021)], answer.Links.Select(l => (l.BaseYear, l.Year)));
    }

    [Fact]
    public void When_2022_is_read_from_the_russia_export_then_crude_rose_45_percent_in_value_and_8_in_volume()
    {
        using var store = Stores.With(WindColumns.FromRussia);

        var answer = new DecomposeQuery(store).Run(new DecomposeRequest(s_china, s_russia) { Years = YearRange.Of(2022), Within = s_crude }).Value;

        var crude = Assert.Single(answer.Products);
        var value = Wind(WindColumns.FromRussia, "Value of Imports: Crude Oil: Russian Federation", 2022) / Wind(WindColumns.FromRussia, "Value of Imports: Crude Oil: Russian Federation", 2021);
        var volume = Wind(WindColumns.FromRussia, "Volume of Imports: Crude Oil: Russian Federation", 2022) / Wind(WindColumns.FromRussia, "Volume of Imports: Crude Oil: Russian Federation", 2021);
        Assert.Equal((value - 1m) * 100m, crude.ValueChangePercent!.Value, 10);
        Assert.Equal((double)(volume - 1m) * 100d, crude.VolumeChangePercent!.Value, 9);
        Assert.Equal((45m, 8m), (Math.Round(crude.ValueChangePercent!.Value), Math.Round((decimal)crude.VolumeChangePercent!.Value)));
        // One product: every volume index is its quantity ratio, every price index its unit value ratio.
        var link = Assert.Single(answer.Links);
        Assert.Equal((double)volume, link.Volume!.Laspeyres, 1e-12);
        Assert.Equal((double)volume, link.Volume.Paasche, 1e-12);
        Assert.Equal(1d + (double)crude.UnitValueChangePercent!.Value / 100d, link.Price!.Fisher, 1e-12);
    }

    [Fact]
    public void When_several_products_are_chained_then_the_indices_keep_their_identities()
    {
        using var store = Stores.With(WindColumns.ByOrigin);

        var answer = new DecomposeQuery(store).Run(new DecomposeRequest(s_china, s_russia) { Years = new YearRange(2015, 2021) }).Value;

        Assert.Equal(6, answer.Links.Count);
        foreach (var link in answer.Links)
        {
            var ratio = link.ComparableValueRatio!.Value;
            Assert.Equal(ratio, link.Volume!.Fisher * link.Price!.Fisher, 1e-9);
            Assert.Equal(ratio, link.Volume.Laspeyres * link.Price.Paasche, 1e-9);
            Assert.Equal(ratio, link.Volume.Paasche * link.Price.Laspeyres, 1e-9);
            Assert.InRange(link.ComparableUsd, 0m, link.Usd);
        }

        Assert.Equal(answer.Links.Aggregate(1d, (r, l) => r * l.Volume!.Fisher), answer.ChainedVolume!.Fisher, 1e-12);
        Assert.Equal(answer.ChainedComparableValueRatio!.Value, answer.ChainedVolume.Fisher * answer.ChainedPrice!.Fisher, 1e-9);
        Assert.True(answer.Products.Count > 1);
    }

    [Fact]
    public void When_the_last_year_is_in_progress_then_it_is_split_against_the_same_months_of_the_year_before()
    {
        using var store = Stores.With(WindColumns.ByOrigin);

        var answer = new DecomposeQuery(store).Run(new DecomposeRequest(s_china, s_russia) { Years = YearRange.Of(2022), Within = s_crude }).Value;

        // The export ends in November 2022: January–November of 2021 is the base, not the whole of 2021 (+35%, a fall in
        // December's absence that did not happen).
        const string value = "Value of Imports: Crude Oil: Russian Federation", volume = "Volume of Imports: Crude Oil: Russian Federation";
        var crude = Assert.Single(answer.Products);
        Assert.Equal((11, Comparability.Comparable), (answer.ThroughMonth, crude.Comparability));
        Assert.Equal((Wind(WindColumns.ByOrigin, value, 2021, 11), Wind(WindColumns.ByOrigin, value, 2022)), (crude.BaseUsd, crude.Usd));
        var ratio = Wind(WindColumns.ByOrigin, volume, 2022) / Wind(WindColumns.ByOrigin, volume, 2021, 11);
        Assert.Equal((double)(ratio - 1m) * 100d, crude.VolumeChangePercent!.Value, 9);
        Assert.Equal((51m, 10m), (Math.Round(crude.ValueChangePercent!.Value), Math.Round((decimal)crude.VolumeChangePercent!.Value)));
        Assert.Equal((double)ratio, Assert.Single(answer.Links).Volume!.Fisher, 1e-12);
    }

    [Fact]
    public void When_a_products_files_end_before_the_last_year_then_it_is_flagged_with_no_change_in_value()
    {
        // Russia's LNG is only in the export by origin (to November 2022); the file of imports from Russia runs to
        // February 2023 without it: "one year only", -100.0 %.
        using var store = Stores.With(WindColumns.ByOrigin, WindColumns.FromRussia);

        var answer = new DecomposeQuery(store).Run(new DecomposeRequest(s_china, s_russia) { Years = new YearRange(2021, 2023) }).Value;

        var lng = answer.Products.Single(p => p.Product.Code == 271111);
        var januaryFebruary = Wind(WindColumns.ByOrigin, "Value of Imports: Liquified Natural Gas (LNG): Russian Federation", 2021, 2);
        Assert.Equal((2, Comparability.FilesEnd, januaryFebruary, 0m, (decimal?)null), (answer.ThroughMonth, lng.Comparability, lng.BaseUsd, lng.Usd, lng.ValueChangePercent));
        Assert.DoesNotContain(answer.Products, p => p.Comparability == Comparability.OneYearOnly);
    }

    [Fact]
    public void When_the_last_year_is_in_progress_over_several_links_then_only_the_last_link_and_the_first_year_are_cut()
    {
        using var store = Stores.With(WindColumns.ByOrigin);

        var answer = new DecomposeQuery(store).Run(new DecomposeRequest(s_china, s_russia) { Years = new YearRange(2020, 2022), Within = s_crude }).Value;

        const string value = "Value of Imports: Crude Oil: Russian Federation";
        Assert.Equal(Wind(WindColumns.ByOrigin, value, 2020, 11), Assert.Single(answer.Products).BaseUsd);
        Assert.Equal(
            [(2020, 2021, Wind(WindColumns.ByOrigin, value, 2020), Wind(WindColumns.ByOrigin, value, 2021)), (2021, 2022, Wind(WindColumns.ByOrigin, value, 2021, 11), Wind(WindColumns.ByOrigin, value, 2022))],
            answer.Links.Select(l => (l.BaseYear, l.Year, l.BaseUsd, l.Usd)));
    }

    [Fact]
    public void When_no_years_are_asked_then_the_latest_whole_year_is_compared_with_the_one_before()
    {
        using var store = Stores.With(WindColumns.ByOrigin);

        var answer = new DecomposeQuery(store).Run(new DecomposeRequest(s_china, s_russia)).Value;

        Assert.Equal((2020, 2021), (answer.BaseYear, answer.Year));
    }

    [Fact]
    public void When_the_question_cannot_be_answered_then_the_failure_says_why()
    {
        using var store = Stores.With(WindColumns.ByOrigin);
        var query = new DecomposeQuery(store);

        Assert.Equal(FailureKind.BadInput, query.Run(new DecomposeRequest(s_china, s_russia) { Years = new YearRange(2021, 2019) }).Failure!.Kind);
        Assert.Equal(FailureKind.BadInput, query.Run(new DecomposeRequest(s_china, s_russia) { Within = Product.Total }).Failure!.Kind);
        var gap = query.Run(new DecomposeRequest(s_china, s_russia) { Years = new YearRange(1990, 1995) }).Failure!;
        Assert.Equal(FailureKind.NoData, gap.Kind);
        Assert.Equal([1990, 1991, 1992], Assert.IsType<NoProductLinesInYears>(gap.Reason).Years.Take(3));
        var chips = Product.Hs(8542, 4, null);
        Assert.Equal(chips, Assert.IsType<NoProductLines>(query.Run(new DecomposeRequest(s_china, s_russia) { Within = chips }).Failure!.Reason).Within);
    }
}
