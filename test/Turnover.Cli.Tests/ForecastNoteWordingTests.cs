using Turnover.Analytics.Forecasting;
using Turnover.Presentation.Wording;

namespace Turnover.Cli.Tests;

public sealed class ForecastNoteWordingTests
{
    [Theory]
    [InlineData(ForecastNoteKind.NothingObserved, "No observed values: nothing to forecast.")]
    [InlineData(ForecastNoteKind.ConstantSeries, "Constant series: the forecast repeats it.")]
    [InlineData(ForecastNoteKind.SingleObservation, "A single observation: the forecast repeats it, with no spread.")]
    [InlineData(ForecastNoteKind.UnobservedSeasons, "Some seasons have no observation: they repeat the last observed value.")]
    [InlineData(ForecastNoteKind.SpreadNotEstimable, "Too few observations to estimate the spread: these paths have none.")]
    [InlineData(ForecastNoteKind.NoConsecutiveObservations, "No two consecutive observations: these paths have no spread.")]
    [InlineData(ForecastNoteKind.FewerThanTwoSeasons, "Fewer than two full seasons: non-seasonal models only.")]
    [InlineData(ForecastNoteKind.NonPositiveValues, "Zero or negative values: multiplicative models not considered.")]
    [InlineData(ForecastNoteKind.NonPositiveSeasonal, "Seasonal, but zero or negative values rule out the multiplicative adjustment: not seasonally adjusted.")]
    [InlineData(ForecastNoteKind.SeasonalIndexesNearZero, "Seasonal indexes close to zero: not seasonally adjusted.")]
    [InlineData(ForecastNoteKind.HoldoutTooShort, "too short to weigh the members on a holdout: equal weights.")]
    [InlineData(ForecastNoteKind.HoldoutMemberFailed, "a member failed on the holdout: equal weights.")]
    public void When_a_note_names_no_figure_then_its_sentence_is_fixed(ForecastNoteKind kind, string sentence) =>
        Assert.Equal(sentence, ForecastNoteWording.Sentence(new ForecastNote(kind)));

    [Fact]
    public void When_a_note_has_figures_then_its_sentence_names_them()
    {
        Assert.Equal("Only 3 observations: too few for ETS, naive forecast instead.", ForecastNoteWording.Sentence(new ForecastNote(ForecastNoteKind.TooFewObservations) { Count = 3, Model = ForecastMethod.Ets(null), Fallback = ForecastMethod.Naive }));
        Assert.Equal("No ETS model could be fitted: seasonal naive forecast instead.", ForecastNoteWording.Sentence(new ForecastNote(ForecastNoteKind.NoModelFitted) { Model = ForecastMethod.Ets(null), Fallback = ForecastMethod.SeasonalNaive }));
        Assert.Equal(
            "Too few observations to estimate the spread: these paths have none (it needs 13 observations in consecutive steps).",
            ForecastNoteWording.Sentence(new ForecastNote(ForecastNoteKind.SpreadNotEstimable) { ObservationsNeeded = 13 }));
        Assert.Equal("Season length 24 is too long for seasonal ETS: non-seasonal models only.", ForecastNoteWording.Sentence(new ForecastNote(ForecastNoteKind.SeasonTooLong) { Count = 24 }));
        Assert.Equal("ETS(M,Ad,M) cannot be fitted to this series: model chosen by AICc instead.", ForecastNoteWording.Sentence(new ForecastNote(ForecastNoteKind.ModelNotFitted) { Model = ForecastMethod.Ets(EtsModel.Parse("MAdM")) }));
    }

    [Fact]
    public void When_an_ensemble_has_notes_then_its_own_come_first_and_each_members_are_prefixed_once_with_its_method()
    {
        ForecastNote[] notes =
        [
            new(ForecastNoteKind.HoldoutTooShort),
            new(ForecastNoteKind.FewerThanTwoSeasons) { Member = ForecastMethod.Ets(EtsModel.Parse("AAN")) },
            new(ForecastNoteKind.NonPositiveValues) { Member = ForecastMethod.Ets(EtsModel.Parse("AAN")) },
            new(ForecastNoteKind.TooFewObservations) { Count = 4, Model = ForecastMethod.Theta(seasonallyAdjusted: false), Fallback = ForecastMethod.Drift, Member = ForecastMethod.Drift },
        ];

        Assert.Equal(
            "too short to weigh the members on a holdout: equal weights. ETS(A,A,N): Fewer than two full seasons: non-seasonal models only. "
            + "Zero or negative values: multiplicative models not considered. Drift: Only 4 observations: too few for Theta, drift forecast instead.",
            ForecastNoteWording.Text(notes));
        Assert.Null(ForecastNoteWording.Text([]));
    }
}
