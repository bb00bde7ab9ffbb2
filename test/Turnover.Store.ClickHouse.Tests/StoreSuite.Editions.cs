using Turnover.Core;

namespace Turnover.Store.ClickHouse.Tests;

public abstract partial class StoreSuite
{
    // ARTIFICIAL product lines (round values) naming HS editions, as BACI's (a reconciled source: its lines are summed
    // to the pair's total whatever their number); 382390 is an HS 2012 code HS 2017 split up, 382499
    // one of its HS 2017 successors: summed together, a product renumbered between editions would count twice.
    private PairSeries ReadBaci() => Store.ReadSeries(new SeriesRequest(A, B, SourceKind.Baci, Granularity.Year, null));

    private LoadResult LoadBaci(string hash, TradeRecord[] lines) =>
        Store.Load(hash, lines, () => Outcome(ArtificialRelease(hash, null, SourceKind.Baci), lines.Length));

    private TradeRecord Edition(int code, string edition, decimal usd = 1_000m) =>
        Line(Flow.Export, Product.Hs(code, 6, edition), usd);

    [BackendFact]
    public void When_one_file_holds_a_periods_lines_in_two_editions_then_it_is_refused_naming_both_lines()
    {
        TradeRecord[] lines = [Edition(382390, "H4"), Edition(382499, "H5"), Edition(270900, "H4")];

        var result = LoadBaci("mixed", lines);

        Assert.Equal(LoadStatus.RejectedMixedEditions, result.Status);
        Assert.Equal([new EditionClash(lines[1].SourceLine, "Afghanistan's exports to China, 2020", "H5", "H4", null, null, lines[0].SourceLine)], result.EditionClashes);
        Assert.Empty(Store.Releases());
        Assert.Equal(new StoreCounts(0, 0, 0), Store.Counts());
    }

    [BackendFact]
    public void When_a_period_is_stored_in_one_edition_then_a_file_of_another_is_refused_until_it_is_retracted()
    {
        Load("h4", null, SourceKind.Baci, Edition(382390, "H4", 60), Edition(270900, "H4", 40));
        TradeRecord[] h5 = [Edition(382499, "H5", 55), Edition(270900, "H5", 40)];

        var refused = LoadBaci("h5", h5);

        Assert.Equal(LoadStatus.RejectedMixedEditions, refused.Status);
        Assert.Equal([new EditionClash(h5[0].SourceLine, "Afghanistan's exports to China, 2020", "H5", "H4", 1, "h4.csv", null)], refused.EditionClashes);
        Assert.Equal(new StoreCounts(1, 2, 0), Store.Counts());
        Assert.Equal(100m, Assert.Single(ReadBaci().Values).ExportsUsd);

        Store.Retract(1, "replaced by the H5 edition");
        var stored = LoadBaci("h5", h5);

        Assert.Equal(LoadStatus.Stored, stored.Status);
        Assert.Equal(95m, Assert.Single(ReadBaci().Values).ExportsUsd);
    }

    [BackendFact]
    public void When_a_later_release_of_the_same_edition_revises_a_line_then_it_is_stored()
    {
        Load("h5", new DateOnly(2021, 6, 1), SourceKind.Baci, Edition(382499, "H5", 55), Edition(270900, "H5", 40));

        Load("h5-revised", new DateOnly(2022, 6, 1), SourceKind.Baci, Edition(382499, "H5", 60));

        Assert.Equal(100m, Assert.Single(ReadBaci().Values).ExportsUsd);
    }
}
