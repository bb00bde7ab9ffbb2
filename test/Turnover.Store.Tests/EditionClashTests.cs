using Turnover.Core;
using Turnover.Ingest;
using Turnover.Ingest.Baci;
using static Turnover.Store.Tests.RealFigures;

namespace Turnover.Store.Tests;

/// <summary>
/// One period's product lines are of one edition of a classification: HS 1992 and HS 2017 lines of one BACI year (or
/// H4 and H5 lines of one Comtrade reporter-year) summed together would count a product renumbered between editions
/// twice. The real BACI HS92 fixture, and the same rows named as the HS17 edition with one line's code changed (a test
/// construction: 382390 is an HS 1992 code HS 2017 split up, 382499 one of its HS 2017 successors).
/// </summary>
public sealed class EditionClashTests : IDisposable
{
    private static readonly Country s_afghanistan = CountryCatalog.Default.FromCode(4);
    private static readonly Country s_angola = CountryCatalog.Default.FromCode(24);
    private readonly StoreFolder _folder = new();
    private readonly TradeStore _store = TradeStore.Open(":memory:");

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    private string Hs17Copy()
    {
        var path = _folder.File("BACI_HS17_Y2021_V202301.csv");
        var lines = File.ReadAllLines(BaciFixture.CepiiLayout);
        Assert.StartsWith("2021,4,24,382390,", lines[1], StringComparison.Ordinal);
        lines[1] = lines[1].Replace("382390", "382499", StringComparison.Ordinal);
        File.WriteAllLines(path, lines);
        return path;
    }

    private decimal? AfghanExportsToAngola() =>
        _store.ReadSeries(new SeriesRequest(s_afghanistan, s_angola, SourceKind.Baci, Granularity.Year, null)).Values.Single().ExportsUsd;

    private static decimal FileSum(string path) => BaciFixture.SumsByPair(path)[(4, 24)].Usd;

    [Fact]
    public void When_a_baci_year_is_stored_in_hs92_then_its_hs17_edition_is_refused_and_nothing_changes()
    {
        var hs92 = BaciFixture.Load(_store, BaciFixture.CepiiLayout, "hs92");
        var before = _store.Counts();

        var result = BaciFixture.Load(_store, Hs17Copy(), "hs17");

        Assert.Equal(LoadStatus.RejectedMixedEditions, result.Status);
        // Five pairs in the file, each a period whose lines the HS92 release holds; the first by line.
        Assert.Equal(LoadResult.MaxEditionClashes, result.EditionClashes.Count);
        Assert.Equal(
            new EditionClash(2, "Afghanistan's exports to Angola, 2021", "HS17", "HS92", hs92.ReleaseId, "BACI_HS92_Y2021_V202301.csv", null),
            result.EditionClashes[0]);
        Assert.Equal(result.EditionClashes.Select(c => c.Line).Order(), result.EditionClashes.Select(c => c.Line));
        Assert.Equal(before, _store.Counts());
        // Before the rule, the sum took HS92's 382390 and HS17's 382499 both: 52,051 USD counted twice.
        Assert.Equal(FileSum(BaciFixture.CepiiLayout), AfghanExportsToAngola());
    }

    [Fact]
    public void When_the_hs92_release_is_retracted_then_the_hs17_edition_is_stored_and_summed_alone()
    {
        var hs92 = BaciFixture.Load(_store, BaciFixture.CepiiLayout, "hs92");
        _store.Retract(hs92.ReleaseId, "replaced by the HS17 edition");
        var path = Hs17Copy();

        var result = BaciFixture.Load(_store, path, "hs17");

        Assert.Equal(LoadStatus.Stored, result.Status);
        Assert.Equal(FileSum(path), AfghanExportsToAngola());
    }

    [Fact]
    public void When_a_newer_release_of_the_same_edition_revises_a_line_then_it_is_stored_as_a_revision()
    {
        BaciFixture.Load(_store, BaciFixture.CepiiLayout, "v2023");
        var path = _folder.File("BACI_HS92_Y2021_V202401.csv");
        var lines = File.ReadAllLines(BaciFixture.CepiiLayout);
        lines[1] = lines[1].Replace(",52.051,", ",60.000,", StringComparison.Ordinal);
        File.WriteAllLines(path, lines);

        var result = BaciFixture.Load(_store, path, "v2024");

        Assert.Equal(LoadStatus.Stored, result.Status);
        Assert.Equal(FileSum(path), AfghanExportsToAngola());
    }

    [Fact]
    public void When_one_file_holds_a_periods_lines_in_two_editions_then_it_is_refused_naming_both_lines()
    {
        TradeRecord Line(int code, string edition, long line) =>
            new(China, Russia, Flow.Export, Period.OfYear(2021), Product.Hs(code, 6, edition), 1_000m, null, Derivation.Reported, null, line);
        TradeRecord[] lines = [Line(382390, "H4", 2), Line(382499, "H5", 3), Line(270900, "H4", 4)];
        var outcome = new ReleaseOutcome(new Release(SourceKind.Comtrade, "test construction", "two-editions.csv", "mixed", null, ""), "comtrade", 3, new Dictionary<string, long>(), []);

        var result = _store.Load(ReleaseReading.OfBytes("two-editions.csv", "mixed"), lines, () => outcome, new LoadOptions());

        Assert.Equal(LoadStatus.RejectedMixedEditions, result.Status);
        Assert.Equal([new EditionClash(3, "China's exports to Russian Federation, 2021", "H5", "H4", null, null, 2)], result.EditionClashes);
        Assert.Empty(_store.Releases());
    }

    [Fact]
    public void When_the_edition_is_not_known_then_it_clashes_with_a_known_one()
    {
        BaciFixture.Load(_store, BaciFixture.CepiiLayout, "hs92");
        var renamed = _folder.File("afghanistan_2021.csv");
        File.Copy(Hs17Copy(), renamed);

        var result = BaciFixture.Load(_store, renamed, "renamed");

        Assert.Equal(LoadStatus.RejectedMixedEditions, result.Status);
        Assert.Equal((null, "HS92"), (result.EditionClashes[0].Edition, result.EditionClashes[0].OtherEdition));
    }
}
