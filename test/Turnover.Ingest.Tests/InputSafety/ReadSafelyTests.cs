using System.IO.Compression;
using Turnover.Core;
using Turnover.Testing;

namespace Turnover.Ingest.Tests.InputSafety;

public sealed class ReadSafelyTests
{
    [Fact]
    public void When_a_reader_meets_an_io_fault_then_it_becomes_an_error_with_the_file_and_the_records_end()
    {
        using var file = TempFile.WithText("a.csv", "x\n");
        var context = new ReadContext(file.Path, new IngestOptions());

        var records = TradeReaders.ReadSafely(new ThrowingReader(new IOException("disk gone")), context).ToList();

        Assert.Empty(records);
        Assert.Equal("a.csv:1: the file could not be read past this line (disk gone)", Assert.Single(context.Errors).ToString());
    }

    [Fact]
    public void When_a_reader_has_a_bug_then_the_exception_still_surfaces()
    {
        using var file = TempFile.WithText("a.csv", "x\n");
        var context = new ReadContext(file.Path, new IngestOptions());

        Assert.Throws<NullReferenceException>(() => TradeReaders.ReadSafely(new ThrowingReader(new NullReferenceException()), context).ToList());
    }

    [Fact]
    public void When_the_path_is_a_directory_then_the_reader_is_not_run()
    {
        var context = new ReadContext(Path.GetTempPath(), new IngestOptions());

        var records = TradeReaders.ReadSafely(new ThrowingReader(new InvalidOperationException("must not run")), context).ToList();

        Assert.Empty(records);
        Assert.StartsWith("is a directory", Assert.Single(context.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_gzip_sample_is_corrupt_then_detection_gets_what_could_be_read_and_the_problem()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(File.ReadAllBytes(RepoPaths.Fixture("baci", "BACI_HS92_Y2021_V202301.csv")));
        }

        var bytes = buffer.ToArray();
        bytes[12] ^= 0xFF;
        bytes[13] ^= 0xFF;
        using var file = TempFile.WithBytes("BACI_HS92_Y2021_V202301.csv.gz", bytes);

        var sample = FileSample.Of(file.Path);

        Assert.StartsWith("the gzip data is corrupt: it cannot be inflated past byte ", sample.Problem, StringComparison.Ordinal);
    }

    private sealed class ThrowingReader(Exception fault) : ITradeReader
    {
        public string Format => "test";

        public SourceKind Source => SourceKind.Baci;

        public bool Recognises(FileSample sample) => false;

        public IEnumerable<TradeRecord> Read(ReadContext context)
        {
            using var stream = context.OpenRead();
            stream.ReadByte();
            throw fault;
        }
    }
}
