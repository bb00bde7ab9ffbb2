using Turnover.Core;

namespace Turnover.Store.ClickHouse.Tests;

public abstract partial class StoreSuite
{
    [BackendFact]
    public void When_releases_are_stored_then_they_are_listed_with_their_reading_and_vintage()
    {
        Load("first", new DateOnly(2021, 6, 1), Line(Flow.Export, Product.Total, 10));
        var reading = new ReleaseReading([ReadingComponent.OfFile(ReleaseReading.BytesName, "second.csv", "second"), new ReadingComponent("mapping", "map.json", "abc")]);
        var second = Store.Load(reading, [Line(Flow.Import, Product.Total, 5)],
            () => Outcome(new Release(SourceKind.Comtrade, "artificial test records", "second.csv", "second", null, "artificial values"), 3)
                with
            { Skipped = new Dictionary<string, long> { ["no value"] = 2 } },
            new LoadOptions());

        var releases = Store.Releases();

        Assert.Equal(LoadStatus.Stored, second.Status);
        Assert.Equal(new (int, string, DateOnly?, long, long)[] { (1, "first.csv", new DateOnly(2021, 6, 1), 1L, 1L), (2, "second.csv", null, 3L, 1L) },
            releases.Select(r => (r.Id, r.FileName, r.Vintage, r.RowsRead, r.RowsStored)));
        Assert.Equal(new DateTime(2024, 5, 6, 7, 8, 9, 123, DateTimeKind.Utc).AddTicks(4560), releases[0].IngestedAt);
        Assert.Equal(reading.Identity, releases[1].Reading!.Identity);
        Assert.Equal(2L, releases[1].Skipped["no value"]);
        Assert.Equal(new[] { (2, "no value", 2L) }, Store.SkippedRows());
        Assert.Equal(1, Store.FindRelease("first"));
        Assert.Null(Store.FindRelease("third"));
        Assert.Equal(ReleaseMatchKind.SameReading, Store.FindRelease(reading)!.Kind);
        Assert.Equal(new StoreCounts(2, 2, 0), Store.Counts());
    }

    [BackendFact]
    public void When_the_same_reading_is_loaded_again_then_nothing_is_added()
    {
        Load("h", null, Line(Flow.Export, Product.Total, 10));

        var again = Store.Load("h", [Line(Flow.Export, Product.Total, 99)], () => Outcome(ArtificialRelease("h", null, SourceKind.Comtrade), 1));

        Assert.Equal((LoadStatus.AlreadyIngested, 1), (again.Status, again.ReleaseId));
        Assert.Equal(10m, Assert.Single(Read().Values).ExportsUsd);
    }

    [BackendFact]
    public void When_a_release_is_retracted_then_no_answer_counts_it_but_it_is_listed()
    {
        Load("first", new DateOnly(2021, 6, 1), Line(Flow.Export, Product.Total, 10));
        Load("second", new DateOnly(2022, 6, 1), Line(Flow.Export, Product.Total, 12));

        var retracted = Store.Retract(2, "wrong file");

        Assert.Equal(RetractStatus.Retracted, retracted.Status);
        Assert.Equal(10m, Assert.Single(Read().Values).ExportsUsd);
        Assert.Equal("wrong file", Store.Releases()[1].Retraction!.Reason);
        Assert.Equal(RetractStatus.AlreadyRetracted, Store.Retract(2, "again").Status);
        Assert.Equal(RetractStatus.UnknownRelease, Store.Retract(9, "none").Status);
        Assert.Equal(LoadStatus.AlreadyRetracted, Store.Load("second", [], () => Outcome(ArtificialRelease("second", null, SourceKind.Comtrade), 0)).Status);
    }

    [BackendFact]
    public void When_two_rows_share_a_key_then_the_file_is_refused_whole()
    {
        var result = Store.Load("h", [Line(Flow.Export, Product.Total, 10), Line(Flow.Export, Product.Total, 11)],
            () => Outcome(ArtificialRelease("h", null, SourceKind.Comtrade), 2));

        Assert.Equal(LoadStatus.RejectedDuplicateKeys, result.Status);
        Assert.Equal((1L, 2L), (result.DuplicateKeys[0].FirstLine, result.DuplicateKeys[0].SecondLine));
        Assert.Empty(Store.Releases());
        Assert.Equal(new StoreCounts(0, 0, 0), Store.Counts());
    }

    [BackendFact]
    public void When_the_reader_rejects_the_file_then_nothing_is_stored()
    {
        var result = Store.Load("h", [Line(Flow.Export, Product.Total, 10)], () => Outcome(null, 1));

        Assert.Equal(LoadStatus.RejectedByReader, result.Status);
        Assert.Equal(new StoreCounts(0, 0, 0), Store.Counts());
    }

    [BackendFact]
    public void When_the_reader_fails_mid_file_then_the_release_is_absent_and_a_rerun_stores_it()
    {
        var chapters = Chapters(Flow.Export, 90, 10);

        Assert.Throws<IOException>(() => Store.Load("h", Failing(chapters, after: 50), () => Outcome(ArtificialRelease("h", null, SourceKind.Comtrade), 90)));

        Assert.Empty(Store.Releases());
        Assert.Empty(Read().Values);
        Assert.Equal(0L, Store.Counts().Records);
        Load("h", null, chapters);
        Assert.Equal(900m, Assert.Single(Read().Values).ExportsUsd);
        Assert.Equal(new StoreCounts(1, 90, 0), Store.Counts());
    }

    private static IEnumerable<TradeRecord> Failing(IEnumerable<TradeRecord> records, int after)
    {
        foreach (var (record, i) in records.Select((r, i) => (r, i)))
        {
            if (i == after)
            {
                throw new IOException("artificial read failure");
            }

            yield return record;
        }
    }
}
