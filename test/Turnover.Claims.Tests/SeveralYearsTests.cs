using Turnover.Core;

namespace Turnover.Claims.Tests;

/// <summary>An amount over several years together is their sum: no single year is its period.</summary>
public sealed class SeveralYearsTests
{
    private static readonly DateOnly s_date = new(2024, 3, 1);

    [Theory]
    [InlineData("Trade between China and Russia totalled $900 billion in 2019-2023.", "2019-2023", 2019, 2023)]
    [InlineData("Over 2019–2023, trade between China and Russia added up to $900 billion.", "2019-2023", 2019, 2023)]
    [InlineData("Between 2019 and 2023 trade between China and Russia totalled $900 billion.", "Between 2019 and 2023", 2019, 2023)]
    [InlineData("Russia and China plan to reach a cumulative $1 trillion in trade over 2021-2025.", "2021-2025", 2021, 2025)]
    [InlineData("Товарооборот России и Китая за 2019–2023 годы составил 900 млрд долларов.", "2019-2023 годы", 2019, 2023)]
    [InlineData("С 2014 по 2016 год товарооборот России и Китая в сумме составил 229 млрд долларов.", "С 2014 по 2016 год", 2014, 2016)]
    [InlineData("2019年至2023年中俄贸易总额为9000亿美元。", "2019年至2023年", 2019, 2023)]
    public void When_an_amount_is_over_several_years_then_no_year_is_its_period_but_the_years_are_kept(string sentence, string words, int first, int last)
    {
        // The first or the last year was read as the amount's: "inaccurate" against one year's trade.
        var claim = Read.Single(sentence, s_date);

        Assert.Null(claim.Period?.Period);
        Assert.Equal(new UnreadPeriod(UnreadPeriodKind.SeveralYears, words) { FromYear = first, Through = Period.OfYear(last) }, claim.UnreadPeriod);
    }

    [Theory]
    [InlineData("Trade between China and Russia grew from 2019 to 2023 to $240 billion.", 2023)]
    [InlineData("Trade between China and Russia rose 116.8% between 2019 and 2023 to $240.1 billion.", 2023)]
    [InlineData("Trade between China and Russia reached $107 billion in 2018 and $110.8 billion in 2019.", 2018)]
    public void When_the_years_are_a_rates_span_or_the_amount_is_one_years_then_the_year_stays(string sentence, int year) =>
        Assert.Equal(year, Read.Claims(sentence, s_date)[0].Period?.Period?.Year);

    [Fact]
    public void When_an_amount_added_up_to_a_figure_then_it_is_no_bound_and_no_speaker()
    {
        // "Added up to" was "up to" (an upper bound), and "Russia added" a speaker.
        var claim = Read.Single("In 2023 supplies from Russia delivered to China added up to $129.1 billion.", s_date);

        Assert.Equal((Bound.Exact, (string?)null), (claim.Amount!.Bound, claim.Speaker));
    }
}
