using Turnover.Core;
using Turnover.Store;
using Turnover.Testing;

namespace Turnover.Application.Tests;

/// <summary>
/// A month's figure called the lowest since a year or a month is checked month by month (KOSIS, 2016–2019); a month's
/// figure of US Census, whose release headlines seasonally adjusted months while the stored country table is not
/// adjusted, is not called inaccurate on the unadjusted figure.
/// </summary>
public sealed class MonthSuperlativeAndAdjustmentTests
{
    private static readonly string s_korea = RepoPaths.Data("national", "kosis_korea_china_monthly.csv");

    [Theory]
    [InlineData("South Korea's exports to China fell to $9.5 billion in February 2019, the lowest since 2016.", true, "2016-12", 25)] // every month 2017-01..2019-01 above $9.532 bn
    [InlineData("South Korea's exports to China fell to $10.1 billion in July 2016, the lowest since 2015.", false, "2015-12", 6)] // 2016-02 was $8.642 bn
    [InlineData("South Korea's exports to China fell to $9.5 billion in February 2019, the lowest since February 2016.", true, "2016-02", 35)]
    [InlineData("South Korea's exports to China fell to $9.5 billion in February 2019, the lowest in three years.", true, "2016-02", 35)]
    [InlineData("South Korea's exports to China fell to $9.5 billion in February 2019, the lowest since January 2016.", false, "2016-01", 36)] // 2016-02 was $8.642 bn
    public void When_a_months_figure_is_called_the_lowest_since_a_year_or_month_then_each_month_after_it_is_checked(string sentence, bool holds, string since, int compared)
    {
        // Until 7 December 2026 "since 2016" of a month's figure was not read, and "since January 2016" was the period.
        using var store = Stores.With(s_korea);

        var claim = Assert.Single(Check(store, sentence, new DateOnly(2019, 3, 15)));

        var check = claim.Evidence!.Superlative!;
        Assert.Equal((holds, since, compared, true), (check.Holds, check.Since.ToString(), check.Compared, check.InMonths));
        Assert.Equal(holds ? ClaimVerdict.AccurateWithinRounding : ClaimVerdict.Inaccurate, claim.Verdict);
    }

    [Fact]
    public void When_a_us_months_figure_differs_from_the_unadjusted_one_then_it_is_not_verifiable_with_the_reason()
    {
        using var store = Stores.With(Stores.UsChina);

        var claim = Assert.Single(Check(store, "U.S. imports from China fell to $35.3 billion in December 2019.", new DateOnly(2020, 2, 5)));

        Assert.Equal((ClaimVerdict.NotVerifiable, new AdjustedFigureNotStored(SourceKind.UsCensus, Period.Month(2019, 12))), (claim.Verdict, claim.Missing));
        Assert.Equal(33.418m, Math.Round(claim.Evidence!.ValueUsd!.Value / 1e9m, 3)); // the unadjusted figure, shown
        Assert.Contains(new NotSeasonallyAdjusted(SourceKind.UsCensus), claim.Evidence!.Notes);
    }

    [Theory]
    [InlineData("U.S. imports from China were $36.2 billion in November 2019.", ClaimVerdict.AccurateWithinRounding)] // the unadjusted figure: no note
    [InlineData("U.S. imports from China were $400 billion in 2019.", ClaimVerdict.Inaccurate)] // a year has no adjustment
    public void When_a_us_figure_matches_or_is_no_month_then_it_is_judged_as_usual(string sentence, ClaimVerdict verdict)
    {
        using var store = Stores.With(Stores.UsChina);

        var claim = Assert.Single(Check(store, sentence, new DateOnly(2020, 3, 1)));

        Assert.Equal(verdict, claim.Verdict);
        Assert.DoesNotContain(claim.Evidence!.Notes, n => n is NotSeasonallyAdjusted);
    }

    [Fact]
    public void When_a_us_months_year_on_year_rate_is_off_then_it_stays_inaccurate()
    {
        // Adjusted or not, a month's rate on the same month a year earlier is about the same (December 2019: -27.1%).
        using var store = Stores.With(Stores.UsChina);

        var claim = Assert.Single(Check(store, "U.S. imports from China fell 7.6% year on year in December 2019.", new DateOnly(2020, 2, 5)));

        Assert.Equal(ClaimVerdict.Inaccurate, claim.Verdict);
        Assert.DoesNotContain(claim.Evidence!.Notes, n => n is NotSeasonallyAdjusted);
    }

    [Fact]
    public void When_a_korean_months_figure_is_off_then_it_stays_inaccurate()
    {
        // KOSIS headlines the unadjusted months it publishes.
        using var store = Stores.With(s_korea);

        var claim = Assert.Single(Check(store, "South Korea's exports to China fell to $11.5 billion in February 2019.", new DateOnly(2019, 3, 15)));

        Assert.Equal(ClaimVerdict.Inaccurate, claim.Verdict);
        Assert.DoesNotContain(claim.Evidence!.Notes, n => n is NotSeasonallyAdjusted);
    }

    private static IReadOnlyList<CheckedClaim> Check(TradeStore store, string sentence, DateOnly articleDate) =>
        new ClaimCheckQuery(store).Run(new ClaimCheckRequest(sentence, new DateOnly(2026, 11, 28)) { ArticleDate = articleDate }).Value.Claims;
}
