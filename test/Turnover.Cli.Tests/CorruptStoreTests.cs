namespace Turnover.Cli.Tests;

/// <summary>
/// A damaged store file gives one line naming the file and what to do, exit code 2, never a stack trace: copies of a
/// real store (the bundled China–Russia and US–China files, ingested) cut short, overwritten, emptied or with bytes
/// flipped, found damaged when opened or in the middle of a query.
/// </summary>
public sealed class CorruptStoreTests : IClassFixture<CorruptStoreTests.RealStore>
{
    // DuckDB's block size: the file is a header then blocks of this size, each with its own checksum.
    private const int BlockSize = 262_144;
    private const int FirstBlock = 12_288;

    private readonly byte[] _real;

    public CorruptStoreTests(RealStore store) => _real = store.Bytes;

    public static TheoryData<string> Damages() => ["first 4 KB", "random bytes", "zero-length", "header flipped"];

    [Theory]
    [MemberData(nameof(Damages))]
    public void When_the_store_file_is_damaged_then_queries_say_so_with_exit_code_2(string damage)
    {
        using var cli = new CliRun();
        File.WriteAllBytes(cli.Database, Damaged(damage));

        foreach (var args in new[] { new[] { "series", "CHN", "RUS" }, ["info"], ["ingest", Bundled.KoreaChina] })
        {
            var (exit, console, output, error) = cli.Run(args);

            Assert.Equal(2, exit);
            AssertOneLineNamingTheStore(cli.Database, console + output + error);
        }
    }

    // Block 15 of this store is one DuckDB's checksum does not guard against this damage (zero words flipped to ones
    // cancel out in its XOR): reading it crashed the process (SIGSEGV) until stores not written here were first read
    // in a separate process (Turnover.Store's StoreProbe). Every block must now give exit 0 or 2.
    [Fact]
    public void When_a_block_is_damaged_then_every_query_answers_or_says_so_and_some_find_it_mid_query()
    {
        using var cli = new CliRun();
        var midQuery = 0;
        for (var block = 0; FirstBlock + ((block + 1) * BlockSize) <= _real.Length; block++)
        {
            var bytes = (byte[])_real.Clone();
            for (var i = FirstBlock + (block * BlockSize) + 200; i < FirstBlock + (block * BlockSize) + 264; i++)
            {
                bytes[i] ^= 0xFF;
            }

            File.WriteAllBytes(cli.Database, bytes);
            var series = cli.Run("series", "CHN", "RUS", "--freq", "year", "--format", "csv");
            var info = cli.Run("info");
            foreach (var (exit, console, output, error) in new[] { series, info })
            {
                Assert.True(exit is 0 or 2, $"block {block}: exit {exit}");
                if (exit == 2)
                {
                    // Tables printed before the damage was met stay; the error is one line after them.
                    AssertOneLineNamingTheStore(cli.Database, error);
                    Assert.DoesNotContain(" at Turnover.", console + output, StringComparison.Ordinal);
                }
            }

            // The store opened (series answered) yet info's queries met the damage.
            midQuery += series.Exit == 0 && info.Exit == 2 ? 1 : 0;
        }

        Assert.True(midQuery > 0, "no damaged block was met in the middle of a query");
    }

    private byte[] Damaged(string damage)
    {
        switch (damage)
        {
            case "first 4 KB":
                return _real[..4096];
            case "random bytes":
                var random = new byte[1 << 20];
                new Random(7).NextBytes(random);
                return random;
            case "zero-length":
                return [];
            default:
                var bytes = (byte[])_real.Clone();
                for (var i = FirstBlock + 200; i < FirstBlock + 264; i++)
                {
                    bytes[i] ^= 0xFF;
                }

                return bytes;
        }
    }

    private static void AssertOneLineNamingTheStore(string path, string printed)
    {
        var line = Assert.Single(printed.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith($"error: ", line, StringComparison.Ordinal);
        Assert.Contains(path, line, StringComparison.Ordinal);
        Assert.Matches("restore it from a backup|delete it", line);
        Assert.DoesNotContain(" at Turnover.", printed, StringComparison.Ordinal);
    }

    /// <summary>The bytes of a real store, built once.</summary>
    public sealed class RealStore : IDisposable
    {
        private readonly CliRun _cli = new();

        public RealStore()
        {
            _cli.Run("ingest", Bundled.ChinaRussia, Bundled.UsChina);
            Bytes = File.ReadAllBytes(_cli.Database);
        }

        public byte[] Bytes { get; }

        public void Dispose() => _cli.Dispose();
    }
}
