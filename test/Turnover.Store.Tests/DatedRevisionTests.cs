using Turnover.Core;
using Turnover.Testing;

namespace Turnover.Store.Tests;

/// <summary>
/// A correction must not rewrite history when the reader dates its figures by the release calendar (China's customs:
/// when the period was first published). Real China–Russia figures (March 2023 exports 9.044, first published on
/// 13 April 2023, and April's 9.621 on 9 May); the correction's 9.1 is a SYNTHETIC revision to exercise the mechanism,
/// in a file published on 1 June 2023 (--published, or a table's release date).
/// </summary>
public class DatedRevisionTests : IDisposable
{
    private static readonly DateOnly s_marchRelease = new(2023, 4, 13);
    private static readonly DateOnly s_aprilRelease = new(2023, 5, 9);
    private static readonly DateOnly s_correctionPublished = new(2023, 6, 1);
    private readonly TradeStore _store = TradeStore.Open(":memory:", new TradeStoreOptions { Clock = FixedClock.On(new DateOnly(2023, 7, 1)) });

    public DatedRevisionTests()
        : this(rangeLines: null)
    {
    }

    // Revisions are dated a key range at a time; 1 puts every figure in a range of its own.
    protected DatedRevisionTests(int? rangeLines)
    {
        _store.LoadRangeLines = rangeLines ?? _store.LoadRangeLines;
    }

    public void Dispose()
    {
        _store.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void When_a_later_release_corrects_a_figure_dated_by_the_calendar_then_the_correction_counts_from_its_own_date()
    {
        _store.Load("first", FirstPublication(), () => RealFigures.Accept("first"));

        _store.Load("correction", Correction(), () => RealFigures.Accept("correction", vintage: s_correctionPublished));

        Assert.Equal(9_044_000_000m, ExportsOfMarch2023(new DateOnly(2023, 5, 31)));
        Assert.Equal(9_100_000_000m, ExportsOfMarch2023(s_correctionPublished));
        Assert.Equal(9_100_000_000m, ExportsOfMarch2023(null));
        // The unchanged April figure is the same figure: it keeps the day it was first published.
        Assert.Equal([("2023-03", s_correctionPublished), ("2023-04", s_aprilRelease)], Published(2));
        Assert.Contains("1 figure(s) dated by when their period was first published differ from an earlier release's", _store.Releases()[^1].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_first_publication_is_stored_after_the_correction_then_the_correction_still_wins_from_its_date()
    {
        _store.Load("correction", Correction(), () => RealFigures.Accept("correction", vintage: s_correctionPublished));

        _store.Load("first", FirstPublication(), () => RealFigures.Accept("first"));

        Assert.Equal(9_044_000_000m, ExportsOfMarch2023(new DateOnly(2023, 5, 31)));
        Assert.Equal(9_100_000_000m, ExportsOfMarch2023(s_correctionPublished));
        Assert.Equal(9_100_000_000m, ExportsOfMarch2023(null));
        Assert.Equal([("2023-03", s_correctionPublished), ("2023-04", s_aprilRelease)], Published(1));
        Assert.Contains("differ from release 2 (china_russia.csv), which was public by then", _store.Releases()[0].Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void When_a_later_release_corrects_a_rate_dated_by_the_calendar_then_the_correction_counts_from_its_own_date(bool correctionFirst)
    {
        // Real: Jan–Feb 2023 imports +31.3%, first published with the Jan–Feb release of 7 March 2023; +30.3% is the
        // other value pages gave, here a SYNTHETIC correction published on 1 June 2023.
        var first = Rate(31.3m);
        var corrected = Rate(30.3m);
        void LoadFirst() => _store.Load("first", FirstPublication(), () => RealFigures.Accept("first") with { PublishedRates = [first] });
        void LoadCorrection() => _store.Load("correction", Correction(), () => RealFigures.Accept("correction", vintage: s_correctionPublished) with { PublishedRates = [corrected] });
        (correctionFirst ? (Action)LoadCorrection : LoadFirst)();
        (correctionFirst ? (Action)LoadFirst : LoadCorrection)();

        Assert.Equal(31.3m, ImportsRateOfJanFeb2023(new DateOnly(2023, 5, 31)));
        Assert.Equal(30.3m, ImportsRateOfJanFeb2023(s_correctionPublished));
        Assert.Equal(30.3m, ImportsRateOfJanFeb2023(null));
    }

    private static PublishedRate Rate(decimal percent) =>
        new(RealFigures.China, RealFigures.Russia, Flow.Import, Period.YearToDate(2023, 2), percent, new DateOnly(2023, 3, 7), 12, "china_russia.csv:12");

    private decimal ImportsRateOfJanFeb2023(DateOnly? asOf) =>
        Assert.Single(_store.ReadSeries(new SeriesRequest(RealFigures.China, RealFigures.Russia, SourceKind.Gacc, Granularity.Month, asOf)).PublishedRates,
            r => r.Flow == Flow.Import).RatePercent;

    private static TradeRecord[] FirstPublication() =>
    [
        RealFigures.Record(Period.Month(2023, 3), Flow.Export, 9.044m, 13, published: s_marchRelease),
        RealFigures.Record(Period.Month(2023, 4), Flow.Export, 9.621m, 15, published: s_aprilRelease),
    ];

    private static TradeRecord[] Correction() =>
    [
        RealFigures.Record(Period.Month(2023, 3), Flow.Export, 9.1m, 1, published: s_marchRelease),
        RealFigures.Record(Period.Month(2023, 4), Flow.Export, 9.621m, 2, published: s_aprilRelease),
    ];

    private List<(string Period, DateOnly? Published)> Published(int releaseId) => PublishedDates.Of(_store, releaseId);

    private decimal ExportsOfMarch2023(DateOnly? asOf) =>
        _store.Scalar<decimal>(
            "SELECT value_usd FROM visible_records(?, NULL, NULL) WHERE flow = ? AND year = 2023 AND start_month = 3 AND months = 1",
            asOf, (byte)Flow.Export);
}

/// <summary>The same, each figure dated in a key range of its own.</summary>
public sealed class DatedRevisionTestsOneFigureARange() : DatedRevisionTests(rangeLines: 1);
