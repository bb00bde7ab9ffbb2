using System.Security.Cryptography;
using Turnover.Ingest;
using Turnover.Store;
using Turnover.Testing;

namespace Turnover.Application.Tests;

/// <summary>Reading a real file into the store as one release, and the refusals, all as reports rather than exceptions.</summary>
public sealed class IngestFilesTests
{
    private static FileIngestRequest Request(string path) => new(path, "auto", new IngestOptions());

    [Fact]
    public void When_a_file_is_ingested_then_its_release_carries_the_files_hash_and_reader()
    {
        using var store = TradeStore.Open(":memory:");

        var report = new IngestFiles(store).Run(Request(Stores.ChinaRussia));

        Assert.Equal((LoadStatus.Stored, "gacc", false), (report.Status, report.Format, report.Rejected));
        var release = Assert.Single(store.Releases());
        Assert.Equal(report.ReleaseId, release.Id);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Stores.ChinaRussia))), release.ContentHash);
        Assert.Equal(report.RowsStored, release.RowsStored);
    }

    // An empty file was "the layout was not recognised; name it with --format", sending the user after a format.
    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { (byte)'\r', (byte)'\n', (byte)' ', (byte)'\n' })]
    public void When_the_file_is_empty_then_the_refusal_says_so_not_that_its_layout_is_unknown(byte[] bytes)
    {
        using var store = TradeStore.Open(":memory:");
        using var empty = TempFile.WithBytes("kosis_korea_china_monthly.csv", bytes);

        var report = new IngestFiles(store).Run(Request(empty.Path) with { FormatParameter = "--format" });

        Assert.Equal("kosis_korea_china_monthly.csv: the file is empty (no text, or only blank lines): nothing to store", Assert.Single(report.Errors));
        Assert.Empty(store.Releases());
    }

    [Fact]
    public void When_the_layout_is_not_recognised_then_the_refusal_names_the_hosts_format_parameter_or_says_it_in_words()
    {
        using var store = TradeStore.Open(":memory:");
        using var notes = TempFile.WithText("notes.txt", "shopping list: tea, rice\n");

        var neutral = new IngestFiles(store).Run(Request(notes.Path));
        var cli = new IngestFiles(store).Run(Request(notes.Path) with { FormatParameter = "--format" });

        Assert.StartsWith("notes.txt: the layout was not recognised; name its format (comtrade, ", Assert.Single(neutral.Errors), StringComparison.Ordinal);
        Assert.StartsWith("notes.txt: the layout was not recognised; name it with --format (comtrade, ", Assert.Single(cli.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_same_file_is_ingested_again_then_it_is_the_same_release_and_nothing_is_stored()
    {
        using var store = TradeStore.Open(":memory:");
        var ingest = new IngestFiles(store);
        var first = ingest.Run(Request(Stores.ChinaRussia));

        var again = ingest.Run(Request(Stores.ChinaRussia));

        Assert.Equal((LoadStatus.AlreadyIngested, first.ReleaseId, 0L, false), (again.Status, again.ReleaseId, again.RowsStored, again.Rejected));
        Assert.Single(store.Releases());
    }

    [Fact]
    public void When_a_stored_file_comes_again_under_another_name_then_the_load_beside_its_hash_finds_it_and_stores_nothing()
    {
        using var store = TradeStore.Open(":memory:");
        var ingest = new IngestFiles(store);
        var first = ingest.Run(Request(Stores.ChinaRussia));
        using var copy = TempFile.WithBytes("renamed.csv", File.ReadAllBytes(Stores.ChinaRussia));

        var again = ingest.Run(Request(copy.Path));

        Assert.Equal((false, true), (store.MayHoldFile("renamed.csv"), store.MayHoldFile(Path.GetFileName(Stores.ChinaRussia))));
        Assert.Equal((LoadStatus.AlreadyIngested, first.ReleaseId, 0L, 0L), (again.Status, again.ReleaseId, again.RowsRead, again.RowsStored));
        Assert.Equal((first.ReleaseId, ReleaseMatchKind.SameReading), (again.Match?.ReleaseId, again.Match?.Kind));
        Assert.Single(store.Releases());
    }

    [Fact]
    public void When_a_retracted_reading_is_ingested_again_then_it_is_refused_naming_the_retracted_release()
    {
        using var store = TradeStore.Open(":memory:");
        var ingest = new IngestFiles(store);
        var first = ingest.Run(Request(Stores.ChinaRussia));
        new RetractRelease(store).Run(new RetractRequest(first.ReleaseId, "test"));

        var again = ingest.Run(Request(Stores.ChinaRussia));

        Assert.Equal((LoadStatus.AlreadyRetracted, true), (again.Status, again.Rejected));
        Assert.Equal((first.ReleaseId, ReleaseMatchKind.SameReadingRetracted), (again.Match?.ReleaseId, again.Match?.Kind));
    }

    [Theory]
    [InlineData("auto")]
    [InlineData("no-such-format")]
    public void When_the_file_cannot_be_read_then_the_report_rejects_it_with_one_error_instead_of_throwing(string format)
    {
        using var store = TradeStore.Open(":memory:");
        var path = format == "auto" ? Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.csv") : Stores.ChinaRussia;

        var report = new IngestFiles(store).Run(new FileIngestRequest(path, format, new IngestOptions()));

        Assert.Equal((LoadStatus.RejectedByReader, "?", true), (report.Status, report.Format, report.Rejected));
        Assert.Single(report.Errors);
        Assert.Empty(store.Releases());
    }
}
