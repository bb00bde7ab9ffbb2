using System.Diagnostics;
using Turnover.Store;

namespace Turnover.Application.Tests;

/// <summary>
/// Every output file (export, chart, report) is written through <see cref="OutputFile"/>: moved into place when whole,
/// which replaced whatever had the name before (a device, a named pipe, a symbolic link) with a regular file.
/// </summary>
public sealed class OutputFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("turnover-output-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string In(string name) => Path.Combine(_folder, name);

    private static Outcome<bool> WriteNew(string partial)
    {
        File.WriteAllText(partial, "new\n");
        return Outcome.Of(true);
    }

    private string NamedPipe(string name)
    {
        var fifo = In(name);
        using var mkfifo = Process.Start("mkfifo", [fifo]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return fifo;
    }

    private static bool IsNamedPipe(string path)
    {
        // The pipe is still there, not a regular file put in its place (the test must not open it: that would block).
        using var stat = Process.Start(new ProcessStartInfo("stat", ["-c", "%F", path]) { RedirectStandardOutput = true })!;
        var type = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return type == "fifo";
    }

    [Fact]
    public void When_the_path_is_a_named_pipe_then_it_is_refused_and_the_pipe_left_in_place()
    {
        var fifo = NamedPipe("out.csv");

        var outcome = OutputFile.Replace(fifo, WriteNew);

        Assert.Equal(FailureKind.BadInput, outcome.Failure!.Kind);
        Assert.Equal(new OutputPathUnusable(fifo, OutputPathProblem.IsNamedPipe), outcome.Failure.Reason);
        Assert.True(IsNamedPipe(fifo));
        Assert.Equal([fifo], Directory.GetFileSystemEntries(_folder));
    }

    [Fact]
    public void When_the_path_is_a_symbolic_link_then_its_target_is_replaced_and_the_link_kept()
    {
        var real = In("real.csv");
        File.WriteAllText(real, "old\n");
        var link = In("link.csv");
        File.CreateSymbolicLink(link, "real.csv");

        Assert.True(OutputFile.Replace(link, WriteNew).Succeeded);

        Assert.Equal("real.csv", new FileInfo(link).LinkTarget);
        Assert.Equal("new\n", File.ReadAllText(real));
        Assert.Equal(new[] { link, real }.Order(), Directory.GetFileSystemEntries(_folder).Order());
    }

    [Fact]
    public void When_a_symbolic_link_leads_to_a_named_pipe_then_it_is_refused_naming_the_target()
    {
        var fifo = NamedPipe("pipe");
        var link = In("link.csv");
        File.CreateSymbolicLink(link, fifo);

        var outcome = OutputFile.Replace(link, WriteNew);

        Assert.Equal(new OutputPathUnusable(link, OutputPathProblem.IsNamedPipe) { LinkTarget = fifo }, outcome.Failure!.Reason);
        Assert.Equal(fifo, new FileInfo(link).LinkTarget);
        Assert.True(IsNamedPipe(fifo));
    }

    [Fact]
    public void When_a_symbolic_link_leads_to_a_folder_or_loops_then_it_is_refused_and_left()
    {
        var link = In("to-folder.csv");
        File.CreateSymbolicLink(link, _folder);
        var first = In("a.csv");
        var second = In("b.csv");
        File.CreateSymbolicLink(first, second);
        File.CreateSymbolicLink(second, first);

        var toFolder = OutputFile.Replace(link, WriteNew);
        var loop = OutputFile.Replace(first, WriteNew);

        Assert.Equal(new OutputPathUnusable(link, OutputPathProblem.IsFolder) { LinkTarget = _folder }, toFolder.Failure!.Reason);
        Assert.Equal(new OutputPathUnusable(first, OutputPathProblem.NotRegularFile), loop.Failure!.Reason);
        Assert.Equal(_folder, new FileInfo(link).LinkTarget);
        Assert.Equal(second, new FileInfo(first).LinkTarget);
        Assert.Equal(3, Directory.GetFileSystemEntries(_folder).Length);
    }

    [Fact]
    public void When_the_writer_fails_then_the_destination_is_unchanged_and_no_partial_file_is_left()
    {
        var path = In("out.csv");
        File.WriteAllText(path, "old\n");

        var outcome = OutputFile.Replace(path, partial =>
        {
            File.WriteAllText(partial, "half");
            return (Outcome<bool>)Failure.NoData("nothing");
        });

        Assert.False(outcome.Succeeded);
        Assert.Equal("old\n", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFileSystemEntries(_folder));
    }

    [Fact]
    public void When_an_export_is_asked_into_a_named_pipe_then_it_is_refused_before_reading_anything()
    {
        using var store = Stores.With(Stores.UsChina);
        var fifo = NamedPipe("out.csv");

        var outcome = new ExportRecords(store).Run(new ExportRequest(fifo, ExportFileFormat.Csv));

        Assert.Equal(new OutputPathUnusable(fifo, OutputPathProblem.IsNamedPipe), outcome.Failure!.Reason);
        Assert.True(IsNamedPipe(fifo));
    }
}
