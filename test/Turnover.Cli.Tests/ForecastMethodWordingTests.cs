using Turnover.Analytics.Forecasting;
using Turnover.Presentation.Wording;

namespace Turnover.Cli.Tests;

/// <summary>A fitted method's words, as the tables, the JSON, the report and the chart legend print them.</summary>
public sealed class ForecastMethodWordingTests
{
    private static readonly ForecastMethod s_weightedEts = ForecastMethod.AkaikeWeightedEts(
        [(EtsModel.Parse("MAN"), 0.36), (EtsModel.Parse("ANN"), 0.29), (EtsModel.Parse("MNN"), 0.24), (EtsModel.Parse("AAN"), 0.06), (EtsModel.Parse("MAdN"), 0.04), (EtsModel.Parse("AAdN"), 0.005)]);

    public static TheoryData<ForecastMethod, string> Methods => new()
    {
        { ForecastMethod.Ets(null), "ETS" },
        { ForecastMethod.Ets(EtsModel.Parse("MAdM")), "ETS(M,Ad,M)" },
        { s_weightedEts, "ETS AICc-weighted: ETS(M,A,N) 0.36, ETS(A,N,N) 0.29, ETS(M,N,N) 0.24, ETS(A,A,N) 0.06, ETS(M,Ad,N) 0.04" },
        { ForecastMethod.Theta(seasonallyAdjusted: false), "Theta" },
        { ForecastMethod.Theta(seasonallyAdjusted: true), "Theta (seasonally adjusted)" },
        { ForecastMethod.Naive, "Naive" },
        { ForecastMethod.SeasonalNaive, "Seasonal naive" },
        { ForecastMethod.Drift, "Drift" },
        { ForecastMethod.Ensemble([ForecastMethod.Ets(EtsModel.Parse("ANN")), ForecastMethod.Theta(true), ForecastMethod.SeasonalNaive]), "Ensemble(ETS(A,N,N), Theta (seasonally adjusted), Seasonal naive)" },
        { ForecastMethod.WeightedEnsemble([(ForecastMethod.SeasonalNaive, 0.4), (ForecastMethod.Drift, 0.6)]), "Weighted ensemble(Seasonal naive 0.40, Drift 0.60)" },
    };

    [Fact]
    public void When_a_mixture_holds_weighted_ets_then_each_share_follows_its_member_and_the_forms_are_in_brackets()
    {
        var mixture = ForecastMethod.WeightedEnsemble([(s_weightedEts, 0.43), (ForecastMethod.Drift, 0.57)]);

        Assert.Equal(
            "Weighted ensemble(ETS AICc-weighted 0.43 (ETS(M,A,N) 0.36, ETS(A,N,N) 0.29, ETS(M,N,N) 0.24, ETS(A,A,N) 0.06, ETS(M,Ad,N) 0.04), Drift 0.57)",
            ForecastMethodWording.Name(mixture));
        Assert.Equal("Weighted ensemble(ETS AICc-weighted 0.43, Drift 0.57)", ForecastMethodWording.Legend(mixture));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void When_a_method_is_named_then_its_family_form_and_weights_are_worded(ForecastMethod method, string expected) =>
        Assert.Equal(expected, ForecastMethodWording.Name(method));

    [Fact]
    public void When_every_family_is_worded_then_none_is_left_out() =>
        Assert.Equal(Enum.GetValues<ForecastFamily>().ToHashSet(), Methods.Select(row => ((ForecastMethod)row[0]).Family).ToHashSet());

    [Fact]
    public void When_weighted_ets_is_too_long_for_a_legend_then_only_its_heaviest_form_is_kept()
    {
        Assert.Equal("ETS AICc-weighted: ETS(M,A,N) 0.36, …", ForecastMethodWording.Legend(s_weightedEts));
        Assert.Equal("ETS AICc-weighted: ETS(M,A,N) 1.00", ForecastMethodWording.Legend(ForecastMethod.AkaikeWeightedEts([(EtsModel.Parse("MAN"), 1.0)])));
        Assert.Equal("Ensemble(ETS(A,N,N), Theta (seasonally adjusted), Seasonal naive)", ForecastMethodWording.Legend(ForecastMethod.Ensemble([ForecastMethod.Ets(EtsModel.Parse("ANN")), ForecastMethod.Theta(true), ForecastMethod.SeasonalNaive])));
    }

    [Fact]
    public void When_a_note_names_a_fallback_then_it_is_lower_case_in_the_sentence()
    {
        Assert.Equal("seasonal naive", ForecastMethodWording.InSentence(ForecastMethod.SeasonalNaive));
        Assert.Equal("another", ForecastMethodWording.InSentence(null));
    }
}
