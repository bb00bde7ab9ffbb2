using System.Diagnostics;
using Turnover.Store.Internal;
using static Turnover.Store.Tests.RealFigures;

namespace Turnover.Store.Tests;

/// <summary>
/// A store file not last written by turnover is read whole in a child process before this process opens it: a crash
/// there (a damaged file that makes DuckDB's reader segfault) is a "damaged store" error here, not a dead process.
/// The real crash, on a real store with a damaged block, is in the CLI's CorruptStoreTests; stand-in probes here
/// crash or refuse on purpose.
/// </summary>
public sealed class StoreProbeTests : IDisposable
{
    private readonly StoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void When_this_process_wrote_the_store_then_it_is_known_sound_until_something_else_changes_it()
    {
        var path = Stored("store.duckdb");
        Assert.True(StoreProbe.IsKnownSound(path));

        var bytes = File.ReadAllBytes(path);
        bytes[^1] ^= 0xFF;
        File.WriteAllBytes(path, bytes);

        Assert.False(StoreProbe.IsKnownSound(path));
    }

    [Fact]
    public void When_a_copied_store_is_opened_then_the_real_probe_reads_it_whole_once_and_remembers_it()
    {
        var copy = _folder.File("copy.duckdb");
        File.Copy(Stored("store.duckdb"), copy);
        Assert.False(StoreProbe.IsKnownSound(copy));

        using (var store = TradeStore.Open(copy, new TradeStoreOptions { ReadOnly = true }))
        {
            Assert.Single(store.Releases());
        }

        Assert.True(StoreProbe.IsKnownSound(copy));
    }

    [Fact]
    public void When_the_probe_crashes_then_the_store_is_refused_as_damaged_naming_the_signal()
    {
        var copy = Copied();

        var ex = Assert.Throws<StoreException>(() => StoreProbe.ThrowIfReadingCrashes(copy, () => Shell("kill -SEGV $$")));

        Assert.Equal(
            $"cannot read the store {copy} (reading it crashed DuckDB in a separate check (signal 11)): the file is damaged or not a turnover store; restore it from a backup, or delete it and ingest the files again.",
            ex.Message);
        Assert.False(StoreProbe.IsKnownSound(copy));
    }

    [Theory]
    [InlineData("echo 'IO Error: Corrupt database file' >&2; exit 2")]
    [InlineData("exit 3")]
    public void When_the_probe_refuses_or_finds_the_file_held_then_the_open_goes_on_and_nothing_is_remembered(string script)
    {
        var copy = Copied();

        StoreProbe.ThrowIfReadingCrashes(copy, () => Shell(script));

        Assert.False(StoreProbe.IsKnownSound(copy));
    }

    [Fact]
    public void When_no_probe_can_run_then_the_open_goes_on_unprobed()
    {
        var copy = Copied();

        StoreProbe.ThrowIfReadingCrashes(copy, () => null);
        StoreProbe.ThrowIfReadingCrashes(copy, () => new ProcessStartInfo(_folder.File("no-such-probe")));

        Assert.False(StoreProbe.IsKnownSound(copy));
    }

    [Fact]
    public void When_the_probes_apphost_finds_no_runtime_then_the_message_says_so_not_a_signal()
    {
        var copy = Copied();
        // What the apphost prints and returns (0x80008083's low byte) when it finds no .NET runtime.
        const string NoDotnet = "echo 'You must install .NET to run this application.' >&2; echo >&2; echo 'Learn more:' >&2; echo 'https://aka.ms/dotnet/app-launch-failed' >&2; exit 131";

        var ex = Assert.Throws<StoreException>(() => StoreProbe.ThrowIfReadingCrashes(copy, () => Shell(NoDotnet)));

        Assert.Equal(
            $"cannot check the store {copy} before opening it: the check program /bin/sh found no .NET runtime to run on (You must install .NET to run this application.); "
            + "set DOTNET_ROOT to the folder .NET is installed in (the one holding 'dotnet' and 'shared/Microsoft.NETCore.App').",
            ex.Message);
        Assert.False(StoreProbe.IsKnownSound(copy));
    }

    [Fact]
    public void When_the_real_apphost_is_pointed_at_no_runtime_then_the_store_is_not_called_damaged()
    {
        var copy = Copied();
        var empty = Directory.CreateDirectory(_folder.File("no-dotnet")).FullName;

        var ex = Assert.Throws<StoreException>(() => StoreProbe.ThrowIfReadingCrashes(copy, () =>
        {
            var start = StoreProbe.StartInfo(copy)!;
            start.Environment["DOTNET_ROOT"] = empty;
            Assert.DoesNotContain(start.Environment.Keys, k => k.StartsWith("DOTNET_ROOT_", StringComparison.Ordinal));
            return start;
        }));

        Assert.Contains("found no .NET runtime to run on (You must install .NET", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("signal", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_probe_is_started_then_its_apphost_is_told_the_runtime_this_process_runs_on()
    {
        var start = StoreProbe.StartInfo(_folder.File("any.duckdb"))!;

        var root = start.Environment["DOTNET_ROOT"]!;
        Assert.Equal(StoreProbe.DotnetRoot(), root);
        Assert.StartsWith(Path.Combine(root, "shared", "Microsoft.NETCore.App") + Path.DirectorySeparatorChar, typeof(object).Assembly.Location, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(root, "dotnet")));
    }

    private string Stored(string name)
    {
        var path = _folder.File(name);
        using var store = TradeStore.Open(path);
        store.Load("h", FirstFourMonths2023(), () => Accept("h"));
        return path;
    }

    private string Copied()
    {
        var copy = _folder.File($"copy-{Guid.NewGuid():N}.duckdb");
        File.Copy(Stored($"store-{Guid.NewGuid():N}.duckdb"), copy);
        return copy;
    }

    private static ProcessStartInfo Shell(string script)
    {
        var start = new ProcessStartInfo("/bin/sh");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        return start;
    }
}
