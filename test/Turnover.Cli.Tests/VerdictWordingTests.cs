using Turnover.Analytics.Forecasting;
using Turnover.Analytics.Targets;
using Turnover.Application;
using Turnover.Core;
using Turnover.Core.Targets;
using Turnover.Presentation.Wording;

namespace Turnover.Cli.Tests;

/// <summary>
/// Each verdict, reason for no data and caveat the target analysis returns as data, worded with its figures: the
/// sentences <c>target check</c> printed when the analysis built them. The reports are constructed round numbers, not data.
/// </summary>
public sealed class VerdictWordingTests
{
    private const string Fas = "at f.a.s. value (free alongside ship at the US port)";
    private const string Customs = "at customs value (the transaction price, without freight and insurance; not CIF)";
    private const string Fob = "FOB";
    private const string Cif = "CIF (with freight and insurance)";
    private const string Comtrade = "as the reporter declared them to UN Comtrade (usually exports FOB, imports CIF)";
    private const string Baci = "FOB (CEPII's reconciled estimate)";
    private const string NotStated = "as the file's publisher values them (not stated to turnover)";

    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);
    private static readonly Country s_russia = CountryCatalog.Default.FromCode(643);
    private static readonly HintWording s_cli = CommandLineHints.Instance;

    private static Target Annual() =>
        new("cn-ru", s_china, s_russia, Measure.Turnover, 200e9m, TargetBasis.AnnualValue, 2019, 2024, null, "test", new DateOnly(2019, 9, 17), "https://example.org", string.Empty);

    private static TargetReport Report(TargetVerdict verdict, Target? target = null, DateOnly? asOf = null) => new(
        target ?? Annual(), s_china, SourceKind.Gacc, asOf ?? new DateOnly(2023, 12, 8), null, null, null, null, null, null, null, null, null, [], null, Period.Month(2023, 10), verdict);

    private static ModelOutlook Model(double probability, Period? medianCrossing) =>
        new(ForecastMethod.Ets(EtsModel.Parse("AAdN")), 2000, probability, medianCrossing, [], 150e9m, 190e9m, 230e9m, []);

    private static Projection Reaching(ProjectionKind kind, int? year) => new(kind, 10, 210e9m, year);

    [Fact]
    public void When_met_then_the_sentence_names_the_month_the_value_and_the_months_to_spare()
    {
        var report = Report(TargetVerdict.Met) with { MetIn = Period.Month(2023, 11), MonthsBeforeDeadline = 13, OutcomeUsd = 218.17e9m };

        Assert.Equal("met in 2023-11: Jan–Nov 2023 reached $218.17 bn ≥ $200 bn, 13 month(s) before the end of 2024", TargetWording.Judgement(report, s_cli));
    }

    [Fact]
    public void When_a_cumulative_target_is_met_then_the_window_is_the_sum_since_its_first_year()
    {
        var target = Annual() with { Basis = TargetBasis.Cumulative, AmountUsd = 300e9m, FromYear = 2021, DeadlineYear = 2022 };
        var report = Report(TargetVerdict.Met, target) with { MetIn = Period.Month(2022, 11), MonthsBeforeDeadline = 1, OutcomeUsd = 319.287e9m };

        Assert.Equal("met in 2022-11: the sum over 2021-01 to 2022-11 reached $319.29 bn ≥ $300 bn, 1 month(s) before the end of 2022", TargetWording.Judgement(report, s_cli));
    }

    [Fact]
    public void When_missed_then_the_sentence_gives_the_final_value_and_the_shortfall()
    {
        var target = Annual() with { AmountUsd = 100e9m, FromYear = 2011, DeadlineYear = 2015 };
        var annual = Report(TargetVerdict.Missed, target) with { OutcomeUsd = 64.2e9m };
        var increment = Report(TargetVerdict.Missed, target with { Basis = TargetBasis.Increment, BaselineYear = 2010 }) with { OutcomeUsd = 90e9m };

        Assert.Equal("missed: 2015 ended at $64.2 bn, $35.8 bn (35.8%) short of $100 bn", TargetWording.Judgement(annual, s_cli));
        Assert.Equal("missed: the increment over 2010's pace in 2011-01 to 2015-12 came to $90 bn, $10 bn (10.0%) short of $100 bn", TargetWording.Judgement(increment, s_cli));
    }

    [Fact]
    public void When_the_deadline_passed_without_its_figures_then_the_sentence_says_where_they_end_and_the_models_estimate()
    {
        var without = Report(TargetVerdict.Undetermined, asOf: new DateOnly(2026, 11, 28));
        var with = without with { Model = Model(0.42, null) };

        Assert.Equal(
            "undetermined: the deadline (end of 2024) has passed, but China's figures published by 2026-11-28 end at 2023-10; the outcome needs figures through 2024-12",
            TargetWording.Judgement(without, s_cli));
        Assert.EndsWith("through 2024-12; the model's estimate from those figures is a 42% chance", TargetWording.Judgement(with, s_cli), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TargetVerdict.AheadOfSchedule, 0.9, "ahead of schedule: 90% chance of $200 bn by 2024 (ETS(A,Ad,N), 2,000 paths); median crossing 2023-06 among the paths that reach it")]
    [InlineData(TargetVerdict.OnTrack, 0.85, "on track: 85% chance of $200 bn by 2024 (ETS(A,Ad,N), 2,000 paths); median crossing 2023-06 among the paths that reach it")]
    [InlineData(TargetVerdict.AtRisk, 0.5, "at risk: 50% chance of $200 bn by 2024 (ETS(A,Ad,N), 2,000 paths); median crossing 2023-06 among the paths that reach it")]
    [InlineData(TargetVerdict.OffTrack, 0.1, "off track: 10% chance of $200 bn by 2024 (ETS(A,Ad,N), 2,000 paths); median crossing 2023-06 among the paths that reach it")]
    public void When_a_model_ran_then_the_open_verdict_gives_its_chance_and_median_crossing(TargetVerdict verdict, double probability, string expected)
    {
        var report = Report(verdict) with { Model = Model(probability, Period.Month(2023, 6)) };

        Assert.Equal(expected, TargetWording.Judgement(report, s_cli));
    }

    [Fact]
    public void When_no_path_crosses_then_the_chance_has_no_median_crossing()
    {
        var report = Report(TargetVerdict.OffTrack) with { Model = Model(0, null) };

        Assert.Equal("off track: 0% chance of $200 bn by 2024 (ETS(A,Ad,N), 2,000 paths)", TargetWording.Judgement(report, s_cli));
    }

    [Fact]
    public void When_no_model_ran_then_the_open_verdict_counts_the_projections_that_reach_the_amount()
    {
        var ytd = Reaching(ProjectionKind.YearToDate, 2023);
        var cagr = Reaching(ProjectionKind.Cagr3, 2026);
        string Open(TargetVerdict verdict, params Projection[] projections) => TargetWording.Judgement(Report(verdict) with { Projections = projections }, s_cli);

        Assert.Equal("open: too little data for a projection or a model, so no chance is given", Open(TargetVerdict.Open));
        Assert.Equal("open: every \"at this rate\" projection reaches $200 bn by 2024 (no model run)", Open(TargetVerdict.OnTrack, ytd));
        Assert.Equal("open: no \"at this rate\" projection reaches $200 bn by 2024 (no model run)", Open(TargetVerdict.OffTrack, cagr, Reaching(ProjectionKind.Rolling12, null)));
        Assert.Equal("open: only year-to-date growth reach(es) $200 bn by 2024 (no model run)", Open(TargetVerdict.AtRisk, ytd, cagr));
    }

    [Fact]
    public void When_there_is_no_data_then_the_reason_is_worded_and_each_host_points_to_the_store_in_its_own_terms()
    {
        var noFigures = Report(TargetVerdict.NoData) with { NoData = new NoFiguresPublished(Measure.Imports, s_russia) };
        var nothing = Report(TargetVerdict.NoData) with { NoData = new NoStatisticsChosen(s_china, s_russia, new DateOnly(1990, 1, 1), NoChoiceCause.NothingStored) };
        var chosen = Report(TargetVerdict.NoData) with { NoData = new NoStatisticsChosen(s_china, s_russia, null, NoChoiceCause.NoneAsAsked) { Available = [new StoredStatistics(s_china, SourceKind.Gacc, false)] } };

        Assert.Equal("no imports figures for China–Russian Federation published by 2023-12-08", TargetWording.Judgement(noFigures, s_cli));
        Assert.Equal("no data for China–Russian Federation published by 1990-01-01; see 'turnover info' for what the store holds.", TargetWording.Judgement(nothing, s_cli));
        Assert.Equal("no data for China–Russian Federation with that reporter/source; available: China via Gacc.", TargetWording.Judgement(chosen, s_cli));
    }

    [Fact]
    public void When_caveats_apply_then_each_is_worded_with_its_figures_and_joined_in_order()
    {
        var conversion = new CurrencyConversion(new Currency("CNY"), "rates.csv");
        var report = Report(TargetVerdict.AtRisk, asOf: new DateOnly(2026, 11, 28)) with
        {
            Caveats = [new StaleFigures(Period.Month(2024, 12), 22), new SummedFigures(3, [2, 4]), new ConvertedFigures(12, [conversion])],
            Model = Model(0.5, null),
        };

        Assert.Equal(
            "China's latest figure in the store is for 2024-12, 22 months before 2026-11-28: the months since are simulated, not published figures; ingest newer figures for a current verdict on cn-ru; "
            + "3 figure(s) used are sums of HS2 and HS4 product lines, not published totals: they are the totals only if every product was ingested; "
            + "12 stored figure(s) behind the series were published in another currency and converted from CNY to US$ at the monthly mean of the IMF daily rates (rates.csv)",
            TargetWording.Caveat(report));
        Assert.Null(TargetWording.Caveat(Report(TargetVerdict.AtRisk)));
    }

    [Fact]
    public void When_a_level_used_is_suspect_then_the_caveat_gives_its_evidence()
    {
        var report = Report(TargetVerdict.Missed) with { Caveats = [new SuspectLevelsUsed([ClaimNoteWordingTests.SuspectLevel2015])] };

        Assert.Equal(
            "a level used here is contradicted beyond rounding by the rates its publisher (China's customs, GACC) printed on both sides of it: 2015's $64.200 bn "
            + "(2015's published -27.8% on 2014's 95.280 implies ≈68.792 (the levels give -32.6%, rounding allows ±0.71 points); "
            + "2016's published +2.2% with 2016 at 69.525 implies ≈68.028 (the levels give +8.3%, rounding allows ±0.77 points)); "
            + "shown as stored: a shortfall, rate or projection computed from it is off by as much as it is",
            TargetWording.Caveat(report));
    }

    [Fact]
    public void When_old_figures_are_judged_without_a_model_then_the_caveat_does_not_speak_of_simulated_months()
    {
        var report = Report(TargetVerdict.Open, asOf: new DateOnly(2026, 11, 28)) with { Caveats = [new StaleFigures(Period.Month(2023, 10), 36)] };

        Assert.Equal(
            "China's latest figure in the store is for 2023-10, 36 months before 2026-11-28: the verdict rests on figures that old, with no model to carry them forward; ingest newer figures for a current verdict on cn-ru",
            TargetWording.Caveat(report));
    }

    [Theory]
    [InlineData(SourceKind.UsCensus, Fas, Customs)]
    [InlineData(SourceKind.Gacc, Fob, Cif)]
    [InlineData(SourceKind.Kosis, Fob, Cif)]
    [InlineData(SourceKind.Imf, Fob, Cif)]
    [InlineData(SourceKind.Comtrade, Comtrade, Comtrade)]
    [InlineData(SourceKind.Baci, Baci, Baci)]
    [InlineData(SourceKind.Mapped, NotStated, NotStated)]
    public void When_a_sources_valuation_is_worded_then_each_direction_names_the_publishers_rule(SourceKind source, string exports, string imports)
    {
        var declared = SourceCatalog.Of(source);

        Assert.Equal((exports, imports), (TargetWording.Valuation(source, declared.ExportsValuation), TargetWording.Valuation(source, declared.ImportsValuation)));
    }
}
