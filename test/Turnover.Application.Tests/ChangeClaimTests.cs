using Turnover.Claims;
using Turnover.Core;
using Turnover.Store;
using Turnover.Testing;

namespace Turnover.Application.Tests;

/// <summary>A stated change is judged against the stored figure less the year before's (bundled China–Russia data).</summary>
public sealed class ChangeClaimTests : IClassFixture<ClaimCheckQueryTests.ChinaRussiaStore>
{
    private readonly ClaimCheckQueryTests.ChinaRussiaStore _store;

    public ChangeClaimTests(ClaimCheckQueryTests.ChinaRussiaStore store) => _store = store;

    [Theory]
    [InlineData("Trade between China and Russia rose by $4.7 billion in 2024.", ClaimVerdict.AccurateWithinRounding, 4_709_000_000)] // 244.819 − 240.110
    [InlineData("China's exports to Russia increased by $35 billion in 2023.", ClaimVerdict.AccurateWithinRounding, 34_878_000_000)] // 111.000 − 76.122
    [InlineData("China's imports from Russia fell by $5 billion in 2023.", ClaimVerdict.Inaccurate, 14_951_000_000)] // 129.100 − 114.149: a rise
    [InlineData("Trade between China and Russia rose by $10 billion in 2024.", ClaimVerdict.Inaccurate, 4_709_000_000)]
    public void When_a_change_is_stated_then_it_is_judged_against_the_stored_change(string sentence, ClaimVerdict verdict, long change)
    {
        var claim = Single(sentence);

        Assert.Equal((ClaimQuantity.Change, verdict), (claim.Question!.Quantity, claim.Verdict));
        Assert.Equal(change, claim.Evidence!.Change!.ChangeUsd);
        Assert.Equal(claim.Evidence.Period.PreviousYear(), claim.Evidence.Change.Base);
        Assert.Equal(claim.Evidence.ValueUsd - claim.Evidence.Change.BaseUsd, claim.Evidence.Change.ChangeUsd);
    }

    [Fact]
    public void When_the_year_before_is_not_stored_then_the_change_is_not_verifiable_and_says_which_year()
    {
        // China's customs' compilation starts in 2013.
        var claim = Single("Trade between China and Russia rose by $8.6 billion in 2013.");

        Assert.Equal(ClaimVerdict.NotVerifiable, claim.Verdict);
        Assert.Equal(Period.OfYear(2012), Assert.IsType<FigureNotStored>(claim.Missing).Period);
    }

    [Fact]
    public void When_a_change_is_on_the_month_before_then_it_is_judged_on_that_months_figure()
    {
        // US Census: imports from China 2019-12 $33.418 bn, 2019-11 $36.173 bn; on December 2018 the change is −12.4 bn,
        // against which the true statement was "inaccurate".
        using var store = Stores.With(RepoPaths.Data("national", "us_census_usa_china_monthly.csv"));

        var claim = Assert.Single(Check(store, "U.S. imports from China fell $2.8 billion in December 2019 from November."));

        Assert.Equal((ClaimVerdict.AccurateWithinRounding, Period.Month(2019, 11), -2_754_800_000m), (claim.Verdict, claim.Evidence!.Change!.Base, claim.Evidence.Change.ChangeUsd));
        Assert.Contains(new ChangeOnPreviousPeriod(Period.Month(2019, 11)), claim.Evidence.Notes);
    }

    [Fact]
    public void When_a_change_is_against_a_base_without_a_period_then_it_is_not_judged()
    {
        using var store = Stores.With(RepoPaths.Data("national", "us_census_usa_china_monthly.csv"));

        var claim = Assert.Single(Check(store, "U.S. imports from China were down $105 billion in 2019 from their peak."));

        Assert.Equal((ClaimVerdict.NotVerifiable, "from their peak"), (claim.Verdict, Assert.IsType<ChangeAgainstOtherBase>(claim.Missing).Text));
    }

    [Theory]
    [InlineData("U.S. imports from China fell $2.8 billion in December 2019.", -2_754_800_000, null)]
    [InlineData("U.S. imports from China fell 7.6% in December 2019.", null, -7.616)]
    public void When_a_months_base_is_not_named_and_a_year_earlier_is_off_then_the_month_before_is_given_beside(string sentence, long? change, double? rate)
    {
        // Judged on a year earlier as before (−12.4 bn, −27.1%: inaccurate); the reading a US release means is shown beside.
        using var store = Stores.With(RepoPaths.Data("national", "us_census_usa_china_monthly.csv"));

        var claim = Assert.Single(Check(store, sentence));

        Assert.Equal(ClaimVerdict.Inaccurate, claim.Verdict);
        var other = Assert.Single(claim.Evidence!.Notes.OfType<UnnamedBaseOtherReading>());
        Assert.Equal((Period.Month(2019, 11), change, rate), (other.Previous, (long?)other.ChangeUsd, other.GrowthPercent is { } p ? (double)Math.Round(p, 3) : null));
    }

    [Fact]
    public void When_a_months_year_earlier_reading_holds_then_no_other_reading_is_given()
    {
        using var store = Stores.With(RepoPaths.Data("national", "us_census_usa_china_monthly.csv"));

        var claim = Assert.Single(Check(store, "U.S. imports from China fell 27% in December 2019."));

        Assert.Equal(ClaimVerdict.AccurateWithinRounding, claim.Verdict);
        Assert.DoesNotContain(claim.Evidence!.Notes, n => n is UnnamedBaseOtherReading);
    }

    private static IReadOnlyList<CheckedClaim> Check(TradeStore store, string sentence) =>
        new ClaimCheckQuery(store).Run(new ClaimCheckRequest(sentence, new DateOnly(2026, 11, 28)) { ArticleDate = new DateOnly(2020, 3, 1) }).Value.Claims;

    private CheckedClaim Single(string sentence) =>
        Assert.Single(new ClaimCheckQuery(_store.Store).Run(new ClaimCheckRequest(sentence, new DateOnly(2026, 11, 28)) { ArticleDate = new DateOnly(2025, 2, 1) }).Value.Claims);
}
