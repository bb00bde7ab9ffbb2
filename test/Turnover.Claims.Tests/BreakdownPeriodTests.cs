using Turnover.Core;
namespace Turnover.Claims.Tests;

/// <summary>
/// A paragraph after the lead that breaks its figure down with no period of its own takes the lead's period when the
/// figures add up with it; on the pair alone a period is not carried across a line break.
/// </summary>
public sealed class BreakdownPeriodTests
{
    private static readonly DateOnly January2023 = new(2023, 1, 13);

    [Theory]
    [InlineData("Товарооборот России и Китая по итогам 2022 года вырос на 29,3% и достиг $190,27 млрд.\nЭкспорт Китая в Россию увеличился на 12,8%, до $76,12 млрд, а импорт из РФ вырос на 43,4%, до $114,15 млрд.")]
    [InlineData("China-Russia trade rose 29.3% to $190.27 billion in 2022.\n\nChina's exports to Russia grew 12.8% to $76.12 billion, while imports from Russia jumped 43.4% to $114.15 billion.")]
    [InlineData("Trade between China and Russia reached $190.27 billion in 2022, customs data showed.\nThe data were released on Friday.\nChina's exports to Russia were $76.1 billion and its imports from Russia $114.2 billion.")]
    public void When_the_next_paragraphs_exports_and_imports_add_up_to_the_turnover_then_they_take_its_period(string text)
    {
        // They had no period and were not verifiable.
        var flows = Read.Claims(text, January2023).Where(c => c.Flow != StatedFlow.Turnover).ToList();

        Assert.Equal(2, flows.Count);
        Assert.All(flows, c => Assert.Equal(("2022", PeriodResolution.FromPreviousSentence), (c.Period?.Period?.ToString(), c.Period?.Resolution)));
        Assert.All(flows, c => Assert.Contains("context.previous-paragraph-sum", c.Rules));
    }

    [Fact]
    public void When_a_flow_and_the_balance_add_up_with_the_other_flow_then_they_take_its_period()
    {
        var claims = Read.Claims(
            "South Korea's exports to China fell 16 percent to $136.2 billion in 2019.\nImports from China edged up 0.7 percent to $107.2 billion, narrowing Seoul's trade surplus with Beijing to $29 billion.",
            new DateOnly(2020, 1, 2), assumePair: false);

        Assert.Equal(
            [(StatedFlow.Exports, 2019), (StatedFlow.Imports, 2019), (StatedFlow.Surplus, 2019)],
            claims.Select(c => (c.Flow, c.Period?.Period?.Year ?? 0)));
    }

    [Fact]
    public void When_the_balance_and_a_flow_add_up_with_the_lead_then_a_third_paragraph_can_take_the_period_on()
    {
        var claims = Read.Claims(
            "The U.S. trade deficit with China shrank 17.6% in 2019 to $345.6 billion.\n\nImports from China fell 16.2% to $452.2 billion, while exports to China fell 11.3% to $106.6 billion.\n\nOverall, two-way trade fell 14.6% to $558.9 billion.",
            new DateOnly(2020, 2, 5), assumePair: false);

        Assert.All(claims, c => Assert.Equal(2019, c.Period?.Period?.Year));
        Assert.Equal(4, claims.Count);
    }

    [Fact]
    public void When_a_breakdown_takes_the_period_then_its_superlative_is_read_too()
    {
        // A superlative goes only to a fact of a year: it was lost with the period given after the sentence was read.
        var deficit = Read.Claims("2019年美国对华出口1066亿美元，自华进口4522亿美元。\n美方贸易逆差3456亿美元，为2016年以来最低。", new DateOnly(2020, 2, 10), assumePair: false)[^1];

        Assert.Equal((StatedFlow.Deficit, 2019), (deficit.Flow, deficit.Period?.Period?.Year));
        Assert.Equal((SuperlativeKind.Lowest, 2016), (deficit.Superlative?.Kind, deficit.Superlative?.SinceYear));
    }

    [Theory]
    [InlineData("China-Russia trade rose 29.3% to $190.27 billion in 2022.\nChina's exports to Russia grew 12.8% to $70.5 billion, while imports from Russia jumped 43.4% to $100.2 billion.")] // they add up to $170.7 bn
    [InlineData("China-Russia trade rose 29.3% to $190.27 billion in 2022.\nChina's exports to Russia grew 12.8% to $76.12 billion.")] // one flow, nothing to add up with
    [InlineData("China-Russia trade rose 29.3% to $190.27 billion in 2022.\nChina's exports to Russia were more than $76 billion, and imports from Russia more than $114 billion.")] // bounds add up to nothing
    public void When_the_next_paragraphs_figures_do_not_add_up_with_the_lead_then_they_take_no_period(string text)
    {
        var flows = Read.Claims(text, January2023).Where(c => c.Flow != StatedFlow.Turnover).ToList();

        Assert.NotEmpty(flows);
        Assert.All(flows, c => Assert.Null(c.Period));
    }

    [Theory]
    [InlineData("China-Russia trade rose 29.3% to $190.27 billion in 2022.\n\nChina's exports to Russia grew 12.8% to $76.12 billion.\n\nImports from Russia jumped 43.4% to $114.15 billion.")]
    [InlineData("2022年中俄贸易额为1902.7亿美元，同比增长29.3%。\n中国对俄出口761.2亿美元，增长12.8%。\n自俄进口1141.5亿美元，增长43.4%。")]
    [InlineData("Товарооборот России и Китая по итогам 2022 года вырос на 29,3% и достиг $190,27 млрд.\nЭкспорт Китая в Россию увеличился на 12,8%, до $76,12 млрд.\nИмпорт из России вырос на 43,4%, до $114,15 млрд.")]
    public void When_each_flow_of_the_breakdown_has_a_paragraph_of_its_own_then_together_they_take_the_leads_period(string text)
    {
        // Wire style, one sentence a paragraph: neither flow closed a sum alone, and both were not verifiable.
        var flows = Read.Claims(text, January2023).Where(c => c.Flow != StatedFlow.Turnover).ToList();

        Assert.Equal(2, flows.Count);
        Assert.All(flows, c => Assert.Equal(("2022", PeriodResolution.FromPreviousSentence), (c.Period?.Period?.ToString(), c.Period?.Resolution)));
        Assert.All(flows, c => Assert.Contains("context.previous-paragraph-sum", c.Rules));
    }

    [Theory]
    [InlineData("China-Russia trade rose 29.3% to $190.27 billion in 2022.\n\nChina's exports to Russia grew 12.8% to $76.12 billion.\n\nImports from Russia jumped 43.4% to $100.2 billion.")] // $176.32 bn
    [InlineData("China-Russia trade rose 29.3% to $190.27 billion in 2022.\n\nChina's exports to Russia grew 12.8% to $76.12 billion.\n\nThe two sides aim to reach $250 billion by 2024.\n\nImports from Russia jumped 43.4% to $114.15 billion.")]
    [InlineData("China-Russia trade rose 29.3% to $190.27 billion in 2022.\n\nChina's exports to Russia grew 12.8% to $76.12 billion.\n\nIt was cold.\n\nIt snowed.\n\nImports from Russia jumped 43.4% to $114.15 billion.")] // four sentences on
    public void When_flows_of_paragraphs_of_their_own_do_not_add_up_or_are_far_or_parted_by_a_claim_then_they_take_no_period(string text)
    {
        var flows = Read.Claims(text, January2023).Where(c => c.Flow is StatedFlow.Exports or StatedFlow.Imports).ToList();

        Assert.Equal(2, flows.Count);
        Assert.All(flows, c => Assert.Null(c.Period));
    }

    [Fact]
    public void When_the_next_paragraph_gives_another_flow_with_no_period_then_the_leads_period_is_kept_beside_not_taken()
    {
        // Since 7 December 2026: the checker shows the figure on it, and the claim stays not verifiable.
        var claims = Read.Claims(
            "South Korea's exports to China rose 3.3 percent in December 2019 to $12.3 billion.\nImports from China fell 5.1 percent to $9.0 billion.",
            new DateOnly(2020, 1, 1), assumePair: false);

        Assert.Equal((StatedFlow.Imports, null, Period.Month(2019, 12)), (claims[1].Flow, claims[1].Period, claims[1].NeighbourPeriod?.Period));
    }

    [Theory]
    [InlineData("South Korea's exports to China rose 3.3 percent in December 2019 to $12.3 billion.\nExports to China were $136.2 billion.")] // the same flow again
    [InlineData("South Korea's exports to China rose 3.3 percent in December 2019 to $12.3 billion.\nIt was cold.\nImports from China fell 5.1 percent to $9.0 billion.")] // not the next sentence
    [InlineData("South Korea's exports to China rose 3.3 percent in December 2019 to $12.3 billion.\nSince 2001, imports from China grew to $9.0 billion.")] // another time
    public void When_the_next_paragraph_repeats_the_flow_or_is_further_or_of_another_time_then_no_neighbour_period_is_kept(string text) =>
        Assert.All(Read.Claims(text, new DateOnly(2020, 1, 1), assumePair: false).Where(c => c.Period is null), c => Assert.Null(c.NeighbourPeriod));

    [Fact]
    public void When_a_breakdown_adds_up_then_it_takes_the_period_and_keeps_no_neighbour_period()
    {
        var claims = Read.Claims(
            "China-Russia trade rose 29.3% to $190.27 billion in 2022.\n\nChina's exports to Russia grew 12.8% to $76.12 billion.\n\nImports from Russia jumped 43.4% to $114.15 billion.",
            January2023);

        Assert.All(claims, c => Assert.Equal((2022, null), (c.Period?.Period?.Year, c.NeighbourPeriod)));
    }

    [Fact]
    public void When_the_figures_add_up_but_another_fact_stands_between_then_they_take_no_period()
    {
        // A goal between them does not stand in the way (next test).
        var claims = Read.Claims(
            "China-Russia trade rose 29.3% to $190.27 billion in 2022.\nIn 2021, trade was $146.9 billion.\nChina's exports to Russia were $76.12 billion, and imports from Russia $114.15 billion.",
            January2023);

        Assert.All(claims.Where(c => c.Flow != StatedFlow.Turnover), c => Assert.Null(c.Period));
    }

    [Fact]
    public void When_a_goal_stands_between_the_lead_and_its_breakdown_then_the_breakdown_still_takes_its_period()
    {
        // Since 7 December 2026: a goal read after the lead ended it, and the breakdown had no period.
        var claims = Read.Claims(
            "Товарооборот России и Китая по итогам 2023 года вырос на 26,3% и достиг рекордных $240,1 млрд.\nТаким образом, стороны досрочно выполнили задачу по выводу товарооборота на уровень $200 млрд к 2024 году.\nЭкспорт из России в Китай увеличился на 12,7%, до $129,1 млрд, поставки из Китая в Россию выросли на 46,9%, до $111 млрд.\nСальдо торговли сложилось в пользу России и составило $18,1 млрд.",
            new DateOnly(2024, 1, 12));

        Assert.Equal(
            [(ClaimKind.Fact, StatedFlow.Turnover, 2023), (ClaimKind.Target, StatedFlow.Turnover, 2024), (ClaimKind.Fact, StatedFlow.Exports, 2023), (ClaimKind.Fact, StatedFlow.Exports, 2023), (ClaimKind.Fact, StatedFlow.Surplus, 2023)],
            claims.Select(c => (c.Kind, c.Flow, c.Period?.Period?.Year ?? 0)));
    }

    [Fact]
    public void When_the_paragraph_before_took_its_period_from_the_lead_then_the_breakdown_adds_up_with_the_leads_figures()
    {
        // Since 7 December 2026: only the paragraph before's own figures counted, and it gave only rates.
        var claims = Read.Claims(
            "Trade between Russia and China hit a record $240.1 billion in 2023.\n\nThat was up 26.3% from 2022.\n\nChina's exports to Russia jumped 46.9% to $111 billion, while imports from Russia rose 12.7% to $129.1 billion.",
            new DateOnly(2024, 1, 12));

        Assert.All(claims, c => Assert.Equal(2023, c.Period?.Period?.Year));
        Assert.Equal(4, claims.Count);
    }

    [Fact]
    public void When_a_breakdown_takes_the_period_then_a_base_a_year_earlier_counts_back_from_it()
    {
        var claims = Read.Claims(
            "South Korea's exports to China fell 16 percent to $136.2 billion in 2019.\nImports from China edged up 0.7 percent to $107.2 billion, leaving a trade surplus of $29 billion, roughly half the $55.6 billion recorded a year earlier.",
            new DateOnly(2020, 1, 2), assumePair: false);

        Assert.Equal(
            [(StatedFlow.Exports, 2019, 136.2m), (StatedFlow.Imports, 2019, 107.2m), (StatedFlow.Surplus, 2019, 29m), (StatedFlow.Surplus, 2018, 55.6m)],
            claims.Select(c => (c.Flow, c.Period?.Period?.Year ?? 0, c.UsdBillions() ?? 0)));
        Assert.All(claims.Where(c => c.Flow == StatedFlow.Surplus), c => Assert.Equal(("KOR", "CHN"), (c.Reporter?.Iso3, c.Partner?.Iso3)));
    }

    [Fact]
    public void When_the_breakdowns_sentence_names_its_bases_year_then_it_still_takes_the_period()
    {
        // Until 7 December 2026 the base's own level, of 2018, counted as a fact with a period of its own: no period.
        var claims = Read.Claims(
            "2019年美国对华出口1065亿美元，自华进口4522亿美元。\n美方贸易逆差为3456亿美元，较2018年的4192亿美元减少17.6%，为三年来最低。",
            new DateOnly(2020, 2, 6), assumePair: false);

        var deficits = claims.Where(c => c.Flow == StatedFlow.Deficit).ToList();
        Assert.Equal([(2019, 345.6m), (2018, 419.2m)], deficits.Select(c => (c.Period!.Period!.Value.Year, c.UsdBillions()!.Value)));
        Assert.Equal((SuperlativeKind.Lowest, 2016), (deficits[0].Superlative?.Kind, deficits[0].Superlative?.SinceYear));
    }
}
