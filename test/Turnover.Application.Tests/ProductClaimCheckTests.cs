using Turnover.Claims;
using Turnover.Core;
using Turnover.Testing;

namespace Turnover.Application.Tests;

/// <summary>
/// Product-group claims judged on stored HS lines: the Wind export of China's imports by origin with China's customs
/// totals. Expected figures are summed straight from the file's text (<see cref="WindColumns"/>).
/// </summary>
public sealed class ProductClaimCheckTests : IDisposable
{
    private static readonly DateOnly s_today = new(2026, 11, 28);
    private const string Crude = "Value of Imports: Crude Oil: Russian Federation";
    private readonly Turnover.Store.TradeStore _store = Stores.With(WindColumns.ByOrigin, Stores.ChinaRussia);

    public void Dispose() => _store.Dispose();

    [Theory]
    [InlineData("China's crude oil imports from Russia rose 47.7% to $40.3 billion in 2021.")]
    [InlineData("2021年中国自俄罗斯进口原油403亿美元。")]
    [InlineData("Импорт нефти из России в Китай в 2021 году составил 40,3 млрд долларов.")]
    public void When_a_product_group_names_a_heading_then_it_is_judged_on_that_headings_stored_lines(string sentence)
    {
        var claim = Single(sentence);

        var crude2021 = WindColumns.Sum(WindColumns.ByOrigin, Crude, 2021)!.Value;
        Assert.Equal(ClaimVerdict.Accurate, claim.Verdict); // read as all goods it was "not verifiable"
        Assert.Equal((Measure.Imports, crude2021), (claim.Evidence!.Measure, claim.Evidence.ValueUsd!.Value));
        var note = Assert.IsType<ProductLinesSummed>(Assert.Single(claim.Evidence.Notes));
        Assert.Equal(new HsHeading(2709, 4), Assert.Single(note.Headings));
        // The release of the lines summed, not every release of China's customs (the totals' file was listed too).
        Assert.Equal([Path.GetFileName(WindColumns.ByOrigin)], claim.Evidence.Releases.Select(r => r.FileName));
    }

    [Fact]
    public void When_a_product_groups_growth_is_stated_then_it_is_computed_from_the_two_years_lines()
    {
        var claim = Single("China's crude oil imports from Russia rose 40% in 2021.");

        var (before, after) = (WindColumns.Sum(WindColumns.ByOrigin, Crude, 2020)!.Value, WindColumns.Sum(WindColumns.ByOrigin, Crude, 2021)!.Value);
        Assert.Equal(((after / before * 100m) - 100m, ClaimVerdict.Inaccurate), (claim.Evidence!.GrowthPercent!.Value, claim.Verdict)); // +47.7%
    }

    [Fact]
    public void When_a_product_groups_level_is_a_range_then_a_figure_inside_it_holds() =>
        Assert.Equal((ClaimVerdict.AccurateWithinRounding, 0m), Single("China's crude oil imports from Russia were $35-45 billion in 2021.") is var c ? (c.Verdict, c.Evidence!.DifferenceUsd!.Value) : default);

    [Fact]
    public void When_the_year_is_not_whole_in_the_lines_then_the_claim_is_not_verifiable_and_says_which_year()
    {
        // The export ends with November 2022 (and 2022 was over by the article's date: written in it, the year so far is judged).
        var claim = Single("China's crude oil imports from Russia reached $50 billion in 2022.", new DateOnly(2023, 2, 1));

        Assert.Equal(ClaimVerdict.NotVerifiable, claim.Verdict);
        Assert.Equal(Period.OfYear(2022), Assert.IsType<ProductYearNotCovered>(claim.Missing).Period);
    }

    [Theory]
    [InlineData("China's crude oil imports from Russia rose 51% to $54.5 billion in January-November 2022.")]
    [InlineData("2022年1-11月中国自俄罗斯进口原油545亿美元，增长51%。")]
    [InlineData("За январь-ноябрь 2022 года импорт нефти из России в Китай вырос на 51% до 54,5 млрд долларов.")]
    public void When_a_product_groups_year_to_date_is_stated_then_it_is_judged_on_the_same_months_of_both_years(string sentence)
    {
        var claim = Single(sentence);

        // The export ends with November 2022: January–November of both years, not the whole of 2021 (that was +35.2%).
        var (before, after) = (WindColumns.Sum(WindColumns.ByOrigin, Crude, 2021, 11)!.Value, WindColumns.Sum(WindColumns.ByOrigin, Crude, 2022, 11)!.Value);
        Assert.Equal(ClaimVerdict.AccurateWithinRounding, claim.Verdict); // +51.03% and 54.46 bn, each as written
        Assert.Equal((Period.YearToDate(2022, 11), after), (claim.Evidence!.Period, claim.Evidence.ValueUsd!.Value));
        Assert.Equal((after / before * 100m) - 100m, claim.Evidence.GrowthPercent!.Value);
    }

    [Fact]
    public void When_a_year_to_date_reaches_past_the_lines_then_the_claim_says_which_months_are_missing()
    {
        var claim = Single("China's crude oil imports from Russia were $30 billion in January-June 2023.", new DateOnly(2023, 8, 1));

        Assert.Equal(ClaimVerdict.NotVerifiable, claim.Verdict);
        Assert.Equal(Period.YearToDate(2023, 6), Assert.IsType<ProductYearNotCovered>(claim.Missing).Period);
    }

    [Fact]
    public void When_the_words_name_no_heading_for_certain_then_the_product_group_stays_unjudged() =>
        Assert.Equal(new FigureIsSubset(SubsetKind.ProductGroup, "oil"), Single("China's oil imports from Russia reached $40.3 billion in 2021.").Missing);

    private const string CrudeTonnes = "Volume of Imports: Crude Oil: Russian Federation";

    [Theory]
    [InlineData("China imported 79.8 million tonnes of crude oil from Russia in January-November 2022, up 10% from a year earlier.")]
    [InlineData("В январе-ноябре 2022 года Китай импортировал из России 79,8 млн тонн нефти, что на 10% больше, чем годом ранее.")]
    [InlineData("2022年1-11月，中国自俄罗斯进口原油7980万吨，同比增长10%。")]
    public void When_a_product_groups_volume_is_stated_then_it_is_judged_on_the_stored_weights_of_both_years(string sentence)
    {
        var claim = Single(sentence);

        // Was "not verifiable: the store holds values in US dollars only"; Wind's volume column, in kilograms here.
        var (before, after) = (WindColumns.Sum(WindColumns.ByOrigin, CrudeTonnes, 2021, 11)!.Value / 1000m, WindColumns.Sum(WindColumns.ByOrigin, CrudeTonnes, 2022, 11)!.Value / 1000m);
        var volume = claim.Evidence!.Volume!;
        Assert.Equal(ClaimVerdict.AccurateWithinRounding, claim.Verdict); // 79.78 million t, +10.18%
        Assert.Equal((after, 79_800_000m, before, (after / before * 100m) - 100m), (volume.StoredTonnes, volume.StatedTonnes!.Value, volume.BaseTonnes!.Value, volume.GrowthPercent!.Value));
        Assert.Equal((ClaimQuantity.VolumeAndGrowth, WindColumns.Sum(WindColumns.ByOrigin, Crude, 2022, 11)!.Value), (claim.Question!.Quantity, claim.Evidence.ValueUsd!.Value));
        Assert.Null(claim.Evidence.GrowthPercent); // the value's rate (+51%) is not what the text states
    }

    [Fact]
    public void When_a_rate_is_said_of_volume_then_the_weights_judge_it_not_the_value()
    {
        var claim = Single("China's coal imports from Russia rose 20% in volume in 2021.");

        var (before, after) = (WindColumns.Sum(WindColumns.ByOrigin, "Volume of Imports: Coal: Russian Federation", 2020)!.Value, WindColumns.Sum(WindColumns.ByOrigin, "Volume of Imports: Coal: Russian Federation", 2021)!.Value);
        Assert.Equal((ClaimVerdict.Inaccurate, (after / before * 100m) - 100m), (claim.Verdict, claim.Evidence!.Volume!.GrowthPercent!.Value)); // +62.0%
        Assert.Equal(ClaimQuantity.VolumeGrowth, claim.Question!.Quantity);
    }

    [Fact]
    public void When_a_volume_is_more_than_the_stored_weight_then_the_bound_makes_it_inaccurate()
    {
        var claim = Single("China imported more than 90 million tonnes of crude oil from Russia in 2021.");

        Assert.Equal(ClaimVerdict.Inaccurate, claim.Verdict);
        Assert.True(Assert.Single(claim.Evidence!.BrokenBounds).InTonnes);
    }

    [Theory]
    [InlineData("Russia supplied 15.5 bcm of pipeline gas to China in 2021.", VolumeUnit.CubicMetres)]
    [InlineData("China imported 1.6 million barrels of crude oil from Russia in 2021.", VolumeUnit.Barrels)]
    public void When_a_volume_is_not_in_tonnes_then_it_is_not_converted(string sentence, VolumeUnit unit) =>
        Assert.Equal(unit, Assert.IsType<VolumeUnitNotStored>(Single(sentence).Missing).Unit);

    [Fact]
    public void When_a_headings_lines_carry_no_weight_then_the_volume_is_not_summed()
    {
        // Wind gives pipeline gas's value for 2022 but no quantity.
        var claim = Single("China imported 10 million tonnes of pipeline gas from Russia in January-November 2022.");

        Assert.Equal(Period.YearToDate(2022, 11), Assert.IsType<ProductQuantityNotStored>(claim.Missing).Period);
    }

    [Theory]
    [InlineData("China imported 7.81 million tonnes of crude oil from Russia in November 2022, up 16.6% from a year earlier.")]
    [InlineData("В ноябре 2022 года Китай импортировал из России 7,81 млн тонн нефти, что на 16,6% больше, чем годом ранее.")]
    [InlineData("2022年11月，中国自俄罗斯进口原油781万吨，同比增长16.6%。")]
    public void When_a_months_volume_is_stated_then_it_is_the_year_to_date_through_it_less_the_month_before(string sentence)
    {
        var claim = Single(sentence);

        // Was "not verifiable" (years and years to date only); the month is January–November less January–October.
        decimal Month(int year) => (WindColumns.Sum(WindColumns.ByOrigin, CrudeTonnes, year, 11)!.Value - WindColumns.Sum(WindColumns.ByOrigin, CrudeTonnes, year, 10)!.Value) / 1000m;
        var volume = claim.Evidence!.Volume!;
        Assert.Equal((ClaimVerdict.AccurateWithinRounding, Period.Month(2022, 11)), (claim.Verdict, claim.Evidence.Period)); // 7.814 million t, +16.58%
        Assert.Equal((Month(2022), Month(2021)), (volume.StoredTonnes, volume.BaseTonnes!.Value));
    }

    [Fact]
    public void When_a_quarters_value_is_stated_then_it_is_the_year_to_date_through_its_end_less_the_one_before_it()
    {
        const string Coal = "Value of Imports: Coal: Russian Federation";
        var claim = Single("China's coal imports from Russia were $3 billion in the third quarter of 2022.");

        var quarter = WindColumns.Sum(WindColumns.ByOrigin, Coal, 2022, 9)!.Value - WindColumns.Sum(WindColumns.ByOrigin, Coal, 2022, 6)!.Value;
        Assert.Equal((Period.Quarter(2022, 3), quarter), (claim.Evidence!.Period, claim.Evidence.ValueUsd!.Value));
    }

    private CheckedClaim Single(string sentence, DateOnly? articleDate = null) =>
        Assert.Single(new ClaimCheckQuery(_store).Run(new ClaimCheckRequest(sentence, s_today) { ArticleDate = articleDate ?? new DateOnly(2022, 12, 20) }).Value.Claims);
}
