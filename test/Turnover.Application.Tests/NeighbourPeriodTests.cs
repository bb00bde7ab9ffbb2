using Turnover.Claims;
using Turnover.Core;
using Turnover.Store;
using Turnover.Testing;

namespace Turnover.Application.Tests;

/// <summary>
/// A fact with no period a paragraph after one of another flow of the pair stays not verifiable, and the figure on
/// that paragraph's period is shown beside (KOSIS, Korea–China, December 2019).
/// </summary>
public sealed class NeighbourPeriodTests
{
    [Theory]
    [InlineData("Imports from China fell 5.1 percent to $9.0 billion.", ClaimVerdict.AccurateWithinRounding)] // $9.024 bn, -5.09%
    [InlineData("Imports from China rose 5.1 percent to $10.5 billion.", ClaimVerdict.Inaccurate)]
    public void When_the_paragraph_before_has_a_period_then_the_figure_on_it_is_noted_and_the_verdict_stays_not_verifiable(string second, ClaimVerdict onNeighbour)
    {
        using var store = Stores.With(RepoPaths.Data("national", "kosis_korea_china_monthly.csv"));

        var claims = Check(store, "South Korea's exports to China rose 3.3 percent in December 2019 to $12.3 billion.\n" + second);

        Assert.Equal(ClaimVerdict.Accurate, claims[0].Verdict);
        Assert.Equal(ClaimVerdict.NotVerifiable, claims[1].Verdict);
        Assert.IsType<NoPeriodStated>(claims[1].Missing);
        var note = Assert.Single(claims[1].Notes.OfType<NeighbourPeriodReading>());
        Assert.Equal((Period.Month(2019, 12), onNeighbour, 9_023_873_000m), (note.Period, note.Verdict, note.ValueUsd));
        Assert.Equal(-5.09m, Math.Round(note.GrowthPercent!.Value, 2));
    }

    [Fact]
    public void When_the_paragraph_before_has_no_stored_figure_for_the_period_then_no_reading_is_noted()
    {
        // KOSIS is stored to December 2019: nothing to show for January 2020.
        using var store = Stores.With(RepoPaths.Data("national", "kosis_korea_china_monthly.csv"));

        var claims = Check(store, "South Korea's exports to China rose 6.6 percent in January 2020 to $10.9 billion.\nImports from China fell 5.1 percent to $9.0 billion.");

        Assert.Equal(ClaimVerdict.NotVerifiable, claims[1].Verdict);
        Assert.Empty(claims[1].Notes.OfType<NeighbourPeriodReading>());
    }

    private static IReadOnlyList<CheckedClaim> Check(TradeStore store, string text) =>
        new ClaimCheckQuery(store).Run(new ClaimCheckRequest(text, new DateOnly(2026, 11, 28)) { ArticleDate = new DateOnly(2020, 2, 1) }).Value.Claims;
}
