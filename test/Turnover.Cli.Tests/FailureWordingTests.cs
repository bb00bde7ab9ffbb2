using Turnover.Analytics.Targets;
using Turnover.Application;
using Turnover.Core;
using Turnover.Core.Targets;
using Turnover.Presentation.Wording;
using Turnover.Store;

namespace Turnover.Cli.Tests;

/// <summary>Each failure reason of the use cases, worded as the command line and the web show it (the command tests hold some of them too).</summary>
public sealed class FailureWordingTests
{
    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);
    private static readonly Country s_russia = CountryCatalog.Default.FromCode(643);
    private static readonly Country s_usa = CountryCatalog.Default.FromCode(842);

    public static TheoryData<FailureReason, string> Reasons => new()
    {
        { new StatisticsNotChosen(new NoStatisticsChosen(s_usa, s_china, new DateOnly(2020, 2, 19), NoChoiceCause.NothingStored)), "no data for USA–China published by 2020-02-19." },
        { new ReporterNotOfPair(s_usa, s_china, s_russia), "the reporter USA is neither China nor Russian Federation." },
        {
            new ReporterOfNoTarget(s_usa, [Target("t", s_china, s_russia, Measure.Turnover, TargetBasis.AnnualValue)]),
            "the reporter USA is neither China nor Russian Federation, the countries of the target t."
        },
        {
            new ReporterOfNoTarget(s_usa, [Target("t", s_china, s_russia, Measure.Turnover, TargetBasis.AnnualValue), Target("u", s_russia, s_china, Measure.Exports, TargetBasis.AnnualValue), Target("v", s_china, s_russia, Measure.Turnover, TargetBasis.Cumulative)]),
            "the reporter USA is a country of none of the 3 targets checked: China–Russian Federation (t, v); Russian Federation–China (u)."
        },
        { new BalanceNotForecast(), "a trade balance changes sign and is not forecast: forecast the exports and the imports." },
        { new GranularityNotForecast(Granularity.Quarter), "a forecast is by month or by year." },
        { new HorizonOutOfRange(0, 120, Granularity.Month), "the horizon must be 1 to 120 months, not 0." },
        { new HorizonOutOfRange(11, 10, Granularity.Year), "the horizon must be 1 to 10 years, not 11." },
        { new NoMonthlyFigures(s_china, s_russia, SourceKind.Baci, null), "China's statistics (Baci) hold no monthly figure of this flow with Russian Federation: the models forecast months." },
        {
            new NoMonthlyFigures(s_china, s_russia, SourceKind.Gacc, new DateOnly(2010, 1, 31)),
            "China's statistics (Gacc) hold no monthly figure of this flow with Russian Federation published by 2010-01-31: the models forecast months."
        },
        {
            new TooFewForSpread(s_china, s_russia, SourceKind.Gacc, new DateOnly(2017, 1, 20), 1, 2),
            "China's statistics (Gacc) hold 1 monthly figure of this flow with Russian Federation published by 2017-01-20: too few for the model to estimate how far a forecast may stray, "
            + "and intervals of no width, or resting on a single change, would show it as surer than the figures can; it needs at least 2 in consecutive months."
        },
        {
            new TooFewForSpread(s_china, s_russia, SourceKind.Gacc, null, 2, null),
            "China's statistics (Gacc) hold 2 monthly figures of this flow with Russian Federation: too few for the model to estimate how far a forecast may stray, "
            + "and intervals of no width, or resting on a single change, would show it as surer than the figures can; it needs more."
        },
        { new TargetOfAnotherPair(Target("t", s_usa, s_china, Measure.Turnover, TargetBasis.AnnualValue), s_china, s_russia), "the target t is for USA–China, not China–Russian Federation." },
        {
            new TargetOnOtherSide(Target("t", s_china, s_russia, Measure.Exports, TargetBasis.AnnualValue)),
            "the target t is China's exports: draw it on China's statistics (reporter China)."
        },
        {
            new TargetNotAnnualValue(Target("t", s_china, s_usa, Measure.Imports, TargetBasis.Increment)),
            "the target t is not a year's value but an increment over a baseline: it cannot be drawn as a line at its amount."
        },
        {
            new TargetNotAnnualValue(Target("t", s_china, s_usa, Measure.Turnover, TargetBasis.Cumulative)),
            "the target t is not a year's value but a cumulative sum: it cannot be drawn as a line at its amount."
        },
        {
            new TargetOfAnotherFlow(Target("t", s_china, s_russia, Measure.Turnover, TargetBasis.AnnualValue), Measure.Balance),
            "the target t is for turnover, the chart shows the balance: choose the flow the target names."
        },
        { new NoProductLines(s_usa, s_china), "no product lines stored for USA–China (product lines are read from BACI, Comtrade, Wind and FAO files)." },
        {
            new NoProductLines(s_usa, s_china) { Within = Product.Hs(8542, 4, null) },
            "no product lines stored for USA–China inside HS 8542 (product lines are read from BACI, Comtrade, Wind and FAO files)."
        },
        {
            new NoProductLinesAsAsked(s_china, s_russia, s_russia, SourceKind.Fao, Flow.Export, [new(s_china, SourceKind.Gacc, false), new(s_china, SourceKind.Fao, false)]),
            "no product lines of China–Russian Federation as asked (reporter Russian Federation, source Fao, exports); stored: China via Gacc, China via Fao."
        },
        { new NoProductLinesInYears(s_usa, s_china, [2030], SourceKind.Baci, [2021, 2022, 2023]), "no product lines of USA–China in 2030 (Baci); years stored: 2021, 2022, 2023." },
        { new NoProductLinesInYears(s_usa, s_china, [2019, 2020], SourceKind.Baci, [2021, 2022]), "no product lines of USA–China in 2019, 2020 (Baci); years stored: 2021, 2022." },
        { new NoSupplierLines(s_china, Product.Hs(8542, 4, null)), "no lines of HS 8542 stored for China's imports." },
        {
            new NoSupplierLinesInYears(s_china, Product.Hs(2709, 4, null), 2010, 2012, SourceKind.Comtrade, 2020, 2023),
            "no lines of HS 2709 for China's imports in 2010–2012 (Comtrade); years stored: 2020–2023."
        },
        { new TooFewRowsAsked(0), "--top 0 should be at least 1." },
        { new FirstYearAfterLast(2023, 2013), "the first year 2023 is after the last 2013: nothing lies between them." },
        { new ArticleSourceMissing(), "a saved article needs a source: say where it came from (--source)." },
        { new ReleaseNotFound(9), "no release 9 in the store." },
        { new SameCountryTwice(s_china), "both countries are China: a pair is two different countries." },
        { new NoOwnStatistics(s_china, s_usa), "neither China's nor USA's own statistics of China–USA are stored." },
        { new ProductCodeRequired(ProductQuestionKind.Suppliers), "suppliers needs an HS code (2, 4 or 6 digits), not the total of all goods." },
        { new ProductCodeRequired(ProductQuestionKind.Decompose), "the product to decompose should be an HS code (27, 2709, 271111), not the all-goods total." },
        { new DecomposeYearsOutOfOrder(2023, 2023), "decompose compares two years: the first, 2023, should come before the last, 2023." },
        { new FirstPeriodAfterLast(Period.Month(2024, 3), Period.OfYear(2020)), "the first period 2024-03 is after the last 2020: nothing lies between them." },
        { new NothingToExport(new ExportRequest("x.parquet", ExportFileFormat.Parquet)), "no stored record matches the export (every pair): no file was written." },
        {
            new NothingToExport(new ExportRequest("x.csv", ExportFileFormat.Csv) { Pair = new CountryPair(s_china, s_russia), Years = new YearRange(2030, null), AsOf = new DateOnly(2020, 1, 1) }),
            "no stored record matches the export (China–Russian Federation, 2030 to the last, as published by 2020-01-01): no file was written."
        },
        { new NothingToExport(new ExportRequest("x.csv", ExportFileFormat.Csv) { Years = YearRange.Of(1990) }), "no stored record matches the export (every pair, 1990): no file was written." },
        { new OutputPathUnusable("out", OutputPathProblem.IsFolder), "out is a folder: name the file to write." },
        { new OutputPathUnusable(string.Empty, OutputPathProblem.NoFileName), "the output path '' names no file: name the file to write." },
        { new OutputPathUnusable("a/b.csv", OutputPathProblem.FolderMissing), "the folder of a/b.csv does not exist." },
        { new OutputPathUnusable("/x.csv", OutputPathProblem.NotWritable), "the folder of /x.csv cannot be written to." },
        { new OutputPathUnusable("/dev/full", OutputPathProblem.IsDevice), "/dev/full is a device, not a regular file: name a file to write (writing would replace the device)." },
        { new OutputPathUnusable("p.csv", OutputPathProblem.IsNamedPipe), "p.csv is a named pipe (FIFO), not a regular file: name a file to write." },
        {
            new OutputPathUnusable("l.csv", OutputPathProblem.IsNamedPipe) { LinkTarget = "/tmp/p" },
            "l.csv is a symbolic link to /tmp/p, which is a named pipe (FIFO), not a regular file: name a file to write."
        },
        { new StoreOpenedReadOnly("t.duckdb", StoreWrite.SaveClaims), "the store t.duckdb was opened read-only: claims cannot be saved." },
        { new StoreOpenedReadOnly("t.duckdb", StoreWrite.RecordJudgements), "the store t.duckdb was opened read-only: judgements cannot be recorded." },
        {
            new AsOfAfterToday(new DateOnly(3000, 1, 1), new DateOnly(2026, 12, 8)),
            "--as-of 3000-01-01 is after today (2026-12-08): what will be published by then is not known; leave --as-of out for what is known today."
        },
        { new ReleaseAlreadyRetracted(1, new Retraction(new DateTime(2026, 11, 28, 9, 30, 0, DateTimeKind.Utc), "test")), "release 1 was already retracted on 2026-11-28 09:30 UTC: test; nothing changed." },
        { new ReleaseAlreadyRetracted(2, new Retraction(new DateTime(2026, 11, 28, 9, 30, 0, DateTimeKind.Utc), string.Empty)), "release 2 was already retracted on 2026-11-28 09:30 UTC: (no reason given); nothing changed." },
    };

    [Theory]
    [MemberData(nameof(Reasons))]
    public void When_a_use_case_fails_for_a_reason_then_the_host_words_its_facts(FailureReason reason, string expected)
    {
        Assert.Equal(expected, FailureWording.Sentence(reason, CommandLineHints.Instance));
        Assert.Equal(expected, CommandLineHints.Instance.Message(Failure.Because(FailureKind.BadInput, reason)));
    }

    [Fact]
    public void When_every_reason_kind_is_worded_then_none_is_left_out()
    {
        var kinds = typeof(FailureReason).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(FailureReason))).ToHashSet();

        Assert.Equal(kinds, Reasons.Select(row => row[0].GetType()).ToHashSet());
    }

    [Fact]
    public void When_a_target_that_is_no_years_value_is_drawn_then_each_host_points_to_its_check()
    {
        var failure = Failure.Because(FailureKind.BadInput, new TargetNotAnnualValue(Target("t", s_china, s_usa, Measure.Turnover, TargetBasis.Cumulative))) with { Hint = FailureHint.TargetCheck };

        Assert.Equal(
            "the target t is not a year's value but a cumulative sum: it cannot be drawn as a line at its amount; see 'target check'.",
            CommandLineHints.Instance.Message(failure));
    }

    private static Target Target(string name, Country first, Country second, Measure metric, TargetBasis basis) =>
        new(name, first, second, metric, 1e11m, basis, 2020, 2024, basis == TargetBasis.Increment ? 2017 : null, "someone", new DateOnly(2020, 1, 1), "a test", string.Empty);
}
