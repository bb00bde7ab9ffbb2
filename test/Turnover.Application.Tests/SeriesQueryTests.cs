using Turnover.Analytics.Targets;
using Turnover.Core;
using Turnover.Ingest;
using Turnover.Store;
using Turnover.Testing;

namespace Turnover.Application.Tests;

/// <summary>Choosing whose statistics answer for a pair, and the series on them, on real files.</summary>
public sealed class SeriesQueryTests
{
    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);
    private static readonly Country s_russia = CountryCatalog.Default.FromCode(643);
    private static readonly Country s_usa = CountryCatalog.Default.FromCode(842);
    private static readonly Country s_afghanistan = CountryCatalog.Default.FromCode(4);

    [Theory]
    [InlineData(156, 842)]
    [InlineData(842, 156)]
    public void When_one_side_reports_the_pair_then_its_statistics_are_chosen_whichever_country_comes_first(int a, int b)
    {
        using var store = Stores.With(Stores.UsChina);

        var choice = new SeriesQuery(store).Choose(new SourceRequest(CountryCatalog.Default.FromCode(a), CountryCatalog.Default.FromCode(b))).Value;

        Assert.Equal((s_usa, s_china, SourceKind.UsCensus), (choice.Reporter, choice.Partner, choice.Source));
        Assert.Empty(choice.Alternatives);
        Assert.False(choice.AnnualOnly);
    }

    [Fact]
    public void When_the_other_side_is_asked_for_and_has_no_data_then_the_failure_lists_what_is_stored()
    {
        using var store = Stores.With(Stores.UsChina);

        var outcome = new SeriesQuery(store).Choose(new SourceRequest(s_usa, s_china) { Reporter = s_china });

        Assert.False(outcome.Succeeded);
        Assert.Equal(FailureKind.NoData, outcome.Failure.Kind);
        var reason = Assert.IsType<StatisticsNotChosen>(outcome.Failure.Reason).Facts;
        Assert.Equal(NoChoiceCause.NoneAsAsked, reason.Cause);
        Assert.Equal([new StoredStatistics(s_usa, SourceKind.UsCensus, false)], reason.Available);
        Assert.Null(outcome.Failure.Hint);
    }

    [Fact]
    public void When_only_a_reconciled_dataset_holds_the_pair_then_baci_answers_for_either_side()
    {
        using var store = Stores.With(RepoPaths.Fixture("baci", "BACI_HS92_Y2021_V202301.csv"));
        var query = new SeriesQuery(store);

        var either = query.Choose(new SourceRequest(s_afghanistan, s_china)).Value;
        var china = query.Choose(new SourceRequest(s_afghanistan, s_china) { Reporter = s_china }).Value;

        Assert.Equal((s_afghanistan, SourceKind.Baci, true, true), (either.Reporter, either.Source, either.Coverage.Reconciled, either.AnnualOnly));
        Assert.Equal((s_china, s_afghanistan, SourceKind.Baci), (china.Reporter, china.Partner, china.Source));
    }

    [Fact]
    public void When_a_side_reports_its_own_figures_then_they_come_before_the_reconciled_dataset()
    {
        // ARTIFICIAL values: no real file holds a side's own figures for a pair the BACI fixture covers, so China's
        // side is a constructed one-line table (as in the CLI's test of the same choice); the BACI file is the real fixture.
        using var chinaSide = TempFile.WithText("china_imports_from_afghanistan.csv", "Year,Imports\n2021,5\n");
        using var mapping = TempFile.WithText("china_side.json", """
            { "period": { "column": "Year", "format": "yyyy" }, "values": { "Import": "Imports" }, "unit": "millions",
              "currency": "USD", "reporter": "CHN", "partner": "AFG" }
            """);
        using var store = Stores.With(RepoPaths.Fixture("baci", "BACI_HS92_Y2021_V202301.csv"));
        var stored = new IngestFiles(store).Run(new FileIngestRequest(chinaSide.Path, "mapped", new IngestOptions { MappingPath = mapping.Path }));

        var choice = new SeriesQuery(store).Choose(new SourceRequest(s_afghanistan, s_china)).Value;

        Assert.Equal(LoadStatus.Stored, stored.Status);
        Assert.Equal((s_china, SourceKind.Mapped), (choice.Reporter, choice.Source));
        Assert.Equal([SourceKind.Baci], choice.Alternatives.Select(a => a.Source));
    }

    [Fact]
    public void When_the_series_is_asked_for_without_a_frequency_then_china_russia_comes_by_month_with_its_published_values()
    {
        using var store = Stores.With(Stores.ChinaRussia);

        var answer = new SeriesQuery(store).Run(new SeriesQueryRequest(new SourceRequest(s_china, s_russia), Measure.Turnover)
        {
            From = Period.Month(2022, 11),
            To = Period.Month(2022, 11),
        }).Value;

        var november = Assert.Single(answer.Table.Rows);
        Assert.Equal((SourceKind.Gacc, Period.Month(2022, 11)), (answer.Choice.Source, november.Period));
        Assert.Equal(172.4e9m, november.YearToDate);
    }

    [Fact]
    public void When_the_store_holds_nothing_for_the_pair_then_no_data_is_returned_as_a_value()
    {
        using var store = Stores.With(Stores.UsChina);

        var outcome = new SeriesQuery(store).Run(new SeriesQueryRequest(new SourceRequest(s_china, s_russia), Measure.Turnover));

        Assert.Equal(FailureKind.NoData, outcome.Failure?.Kind);
        Assert.Equal(new StatisticsNotChosen(new NoStatisticsChosen(s_china, s_russia, null, NoChoiceCause.NothingStored)), outcome.Failure?.Reason);
        Assert.Equal(FailureHint.StoreContents, outcome.Failure?.Hint);
    }

    [Fact]
    public void When_as_of_is_before_any_publication_then_no_data_is_returned_naming_the_date()
    {
        using var store = Stores.With(Stores.ChinaRussia);

        var outcome = new SeriesQuery(store).Choose(new SourceRequest(s_china, s_russia) { AsOf = new DateOnly(1990, 1, 1) });

        Assert.Equal(FailureKind.NoData, outcome.Failure?.Kind);
        Assert.Equal(new StatisticsNotChosen(new NoStatisticsChosen(s_china, s_russia, new DateOnly(1990, 1, 1), NoChoiceCause.NothingStored)), outcome.Failure?.Reason);
    }

    [Fact]
    public void When_the_store_holds_only_product_lines_then_the_failure_says_they_cannot_stand_for_the_total()
    {
        using var store = Stores.With(RepoPaths.Fixture("comtrade", "TradeData.csv"));

        var outcome = new SeriesQuery(store).Choose(new SourceRequest(CountryCatalog.Default.FromCode(764), s_china));

        Assert.Equal(FailureKind.NoData, outcome.Failure?.Kind);
        var reason = Assert.IsType<StatisticsNotChosen>(outcome.Failure?.Reason).Facts;
        Assert.Equal(NoChoiceCause.OnlyProductLines, reason.Cause);
        var lines = Assert.Single(reason.ProductLines);
        Assert.Equal((SourceKind.Comtrade, 4), (lines.Source, lines.CoarsestDigits));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void When_the_request_contradicts_itself_then_bad_input_is_returned_before_the_store_is_read(bool strangerReporter, bool periodsReversed)
    {
        using var store = Stores.With();
        var request = new SeriesQueryRequest(new SourceRequest(s_china, s_russia) { Reporter = strangerReporter ? s_usa : null }, Measure.Turnover)
        {
            From = periodsReversed ? Period.OfYear(2023) : null,
            To = periodsReversed ? Period.OfYear(2022) : null,
        };

        var outcome = new SeriesQuery(store).Run(request);

        Assert.Equal(FailureKind.BadInput, outcome.Failure?.Kind);
    }
}
