using Turnover.Core;
using static Turnover.Store.Tests.RealFigures;

namespace Turnover.Store.Tests;

/// <summary>Both sides' levels of a pair over the same spans, in one query (mirror.sql; issue 12).</summary>
public sealed class MirrorLevelsTests : IDisposable
{
    private readonly TradeStore _store = TradeStore.Open(":memory:");

    public void Dispose() => _store.Dispose();

    // Russia's side as data/mirror/russia_side_china_trade.csv states it: 2013 88.8 (line 4), Jan–Oct 2023 186 (line 9).
    private static TradeRecord Russian(Period period, decimal billions, long line) =>
        new(Russia, China, Flow.Turnover, period, Product.Total, billions * 1_000_000_000m, null,
            period.Months == 12 ? Derivation.Reported : Derivation.Cumulative, null, line);

    private void LoadBothSides(IEnumerable<TradeRecord> china)
    {
        _store.Load("gacc", china, () => Accept("gacc"));
        _store.Load("fcs", [Russian(Period.OfYear(2013), 88.8m, 4), Russian(Period.YearToDate(2023, 10), 186m, 9)],
            () => new ReleaseOutcome(new Release(SourceKind.Fcs, "test release", "russia_side_china_trade.csv", "fcs", null, "billions of USD"), "fcs", 9, new Dictionary<string, long>(), []));
    }

    private IReadOnlyList<MirrorLevel> Levels(DateOnly? asOf = null) =>
        _store.MirrorLevels(new MirrorRequest(China, Russia, SourceKind.Gacc, SourceKind.Fcs, asOf));

    [Fact]
    public void When_both_sides_publish_a_year_then_the_figures_stand_side_by_side()
    {
        // data/gacc/china_russia.csv line 2: 2013 annual turnover 89.21.
        LoadBothSides([Record(Period.OfYear(2013), Flow.Turnover, 89.21m, 2)]);

        var row = Assert.Single(Levels(), l => l.Period == Period.OfYear(2013));
        Assert.Equal(MirrorFlow.Turnover, row.Flow);
        Assert.Equal(new SideLevel(89_210_000_000m, LevelOrigin.Published), row.A);
        Assert.Equal(new SideLevel(88_800_000_000m, LevelOrigin.Published), row.B);
    }

    [Fact]
    public void When_one_side_publishes_only_january_to_october_then_it_meets_the_other_sides_same_span_not_its_year()
    {
        // china_russia.csv: Jan–Oct 2023 turnover 196.48 (ytd 2023-10), exports 90.076, imports 106.405.
        LoadBothSides([
            Record(Period.YearToDate(2023, 10), Flow.Turnover, 196.48m, 30, Derivation.Cumulative),
            Record(Period.YearToDate(2023, 10), Flow.Export, 90.076m, 31, Derivation.Cumulative),
            Record(Period.YearToDate(2023, 10), Flow.Import, 106.405m, 32, Derivation.Cumulative),
        ]);

        var levels = Levels().Where(l => l.Period.Year == 2023).ToList();
        var turnover = Assert.Single(levels, l => l.Flow == MirrorFlow.Turnover);
        Assert.Equal(Period.YearToDate(2023, 10), turnover.Period);
        Assert.Equal((196_480_000_000m, 186_000_000_000m), (turnover.A!.Value.ValueUsd, turnover.B!.Value.ValueUsd));
        Assert.DoesNotContain(levels, l => l.Period.Months == 12);
        Assert.Equal(90_076_000_000m, Assert.Single(levels, l => l.Flow == MirrorFlow.AToB).A!.Value.ValueUsd);
        Assert.Null(Assert.Single(levels, l => l.Flow == MirrorFlow.AToB).B);
    }

    [Fact]
    public void When_a_side_published_only_months_then_they_are_summed_over_the_span_and_turnover_is_exports_plus_imports()
    {
        // FirstFourMonths2023 has no April turnover; a Jan–Apr span is asked by a Russian cumulative of that span.
        _store.Load("gacc", FirstFourMonths2023(), () => Accept("gacc"));
        _store.Load("fcs", [Russian(Period.YearToDate(2023, 4), 73m, 2)],
            () => new ReleaseOutcome(new Release(SourceKind.Fcs, "test release", "x.csv", "fcs", null, string.Empty), "fcs", 1, new Dictionary<string, long>(), []));

        // Jan–Feb too: the longest span China's side published as a cumulative in a year it has no full year of.
        Assert.Equal([Period.YearToDate(2023, 2), Period.YearToDate(2023, 4)], Levels().Select(l => l.Period).Distinct());
        var turnover = Assert.Single(Levels(), l => l.Flow == MirrorFlow.Turnover && l.Period == Period.YearToDate(2023, 4));
        Assert.Equal(73_000_000_000m, turnover.B!.Value.ValueUsd);
        // Exports 15.036 + 9.044 + 9.621 and imports 18.648 + 11.02 + 9.606, both summed from months.
        Assert.Equal(new SideLevel((15.036m + 9.044m + 9.621m + 18.648m + 11.02m + 9.606m) * 1_000_000_000m, LevelOrigin.ExportsPlusImports), turnover.A);
        Assert.Equal(LevelOrigin.SummedMonths, Assert.Single(Levels(), l => l.Flow == MirrorFlow.AToB && l.Period.Months == 4).A!.Value.Origin);
    }

    [Fact]
    public void When_asked_as_of_a_date_then_a_side_not_yet_public_is_missing()
    {
        LoadBothSides([Record(Period.OfYear(2013), Flow.Turnover, 89.21m, 2, published: new DateOnly(2014, 1, 10))]);

        // FCS's declared lag is 51 days: 2013 counts from 2014-02-20.
        var row = Assert.Single(Levels(new DateOnly(2014, 2, 19)));
        Assert.NotNull(row.A);
        Assert.Null(row.B);
    }

    [Fact]
    public void When_the_statements_are_stored_then_they_come_back_with_quote_page_and_attribution()
    {
        var stated = new StatedFigure(Russia, China, Flow.Turnover, 2022, null, null, 27m,
            "YTD growth to ~Nov 2022 (+~27%); 160 bn is a FORECAST, not data", Attribution.Explicit, "FCS head Bulavin (via FCS Telegram channel)",
            "https://www.en.portnews.ru/news/339409/", "“Trade turnover with China has increased by almost 27%”", 8);
        _store.Load("fcs", [Russian(Period.OfYear(2013), 88.8m, 4)],
            () => new ReleaseOutcome(new Release(SourceKind.Fcs, "test release", "x.csv", "fcs", null, string.Empty), "fcs", 1, new Dictionary<string, long>(), [])
            {
                StatedFigures = [stated],
            });

        Assert.Equal(stated, Assert.Single(_store.StatedFigures(China, Russia, SourceKind.Fcs)));
        Assert.Empty(_store.StatedFigures(China, Russia, SourceKind.Gacc));
    }
}
