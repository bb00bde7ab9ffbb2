using System.Diagnostics;
using Turnover.Testing;

namespace Turnover.Cli.Tests.DefectCatalogue;

/// <summary>Paths that are not a readable regular file: refused by type before anything opens them, exit 1.</summary>
public sealed partial class IoDefectTests
{
    [Fact]
    public void When_the_path_is_a_directory_then_it_is_refused()
    {
        using var cli = new CliRun();
        var folder = Path.Combine(cli.Folder, "downloads.csv");
        Directory.CreateDirectory(folder);

        var (exit, error) = IngestLeavingStoreUnchanged(cli, folder);

        Assert.Equal(1, exit);
        Assert.Equal($"error: {folder}: is a directory, not a file; name the files inside it.", error.Trim());
    }

    [Fact]
    public void When_the_file_is_missing_then_it_is_refused()
    {
        using var cli = new CliRun();
        var missing = Path.Combine(cli.Folder, "kosis.csv");

        var (exit, error) = IngestLeavingStoreUnchanged(cli, missing);

        Assert.Equal(1, exit);
        Assert.Equal($"error: {missing}: no such file.", error.Trim());
    }

    [Fact]
    public void When_a_symbolic_link_leads_nowhere_then_it_is_refused_naming_its_target()
    {
        using var cli = new CliRun();
        var link = Path.Combine(cli.Folder, "latest.csv");
        File.CreateSymbolicLink(link, Path.Combine(cli.Folder, "gone.csv"));

        var (exit, error) = IngestLeavingStoreUnchanged(cli, link);

        Assert.Equal(1, exit);
        Assert.Equal($"error: {link}: is a symbolic link to '{Path.Combine(cli.Folder, "gone.csv")}', which does not exist.", error.Trim());
    }

    [Fact]
    public void When_symbolic_links_form_a_loop_then_it_is_refused()
    {
        using var cli = new CliRun();
        var first = Path.Combine(cli.Folder, "a.csv");
        var second = Path.Combine(cli.Folder, "b.csv");
        File.CreateSymbolicLink(first, second);
        File.CreateSymbolicLink(second, first);

        var (exit, error) = IngestLeavingStoreUnchanged(cli, first);

        Assert.Equal(1, exit);
        Assert.Equal($"error: {first}: is a symbolic link that leads back to itself (a loop of links), not a file.", error.Trim());
    }

    [Fact]
    public void When_the_path_is_a_named_pipe_then_it_is_refused_without_waiting_for_a_writer()
    {
        using var cli = new CliRun();
        var fifo = Path.Combine(cli.Folder, "stream.csv");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // Before the fix this hung forever (the open waits for a writer); a refusal returns at once.
        var (exit, error) = IngestLeavingStoreUnchanged(cli, fifo);

        Assert.Equal(1, exit);
        Assert.Equal($"error: {fifo}: is a named pipe (FIFO), not a regular file; reading it would wait for a writer; save the data to a file first.", error.Trim());
    }

    [Fact]
    public void When_the_path_is_dev_zero_then_it_is_refused_instead_of_read_forever()
    {
        using var cli = new CliRun();

        var (exit, error) = IngestLeavingStoreUnchanged(cli, "/dev/zero");

        Assert.Equal(1, exit);
        Assert.Equal("error: /dev/zero: is a character device, not a regular file (a device such as /dev/zero never ends).", error.Trim());
    }

    [Fact]
    public void When_the_file_may_not_be_read_then_it_is_refused_as_permission_denied()
    {
        using var cli = new CliRun();
        using var copy = TempFile.WithBytes(Kosis, File.ReadAllBytes(Bundled.KoreaChina));
        // Root reads any file whatever its mode (CI runs as root), but not a write-only sysctl: the kernel checks
        // those modes for root too. As another user a copy with mode 000 is unreadable.
        var unreadable = Environment.IsPrivilegedProcess ? "/proc/sys/vm/compact_memory" : copy.Path;
        if (!Environment.IsPrivilegedProcess && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(copy.Path, UnixFileMode.None);
        }

        Assert.True(File.Exists(unreadable), $"{unreadable} is needed to show an unreadable file as root");

        var (exit, error) = IngestLeavingStoreUnchanged(cli, unreadable);

        Assert.Equal(1, exit);
        Assert.Equal($"error: {unreadable}: permission denied: this user may not read the file.", error.Trim());
    }
}
