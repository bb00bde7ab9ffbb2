using System.Diagnostics;
using Turnover.Testing;

namespace Turnover.Ingest.Tests.InputSafety;

public sealed class InputFileTests
{
    [Fact]
    public void When_the_path_is_a_readable_regular_file_then_there_is_no_problem()
    {
        Assert.Null(InputFile.Problem(RepoPaths.Fixture("baci", "BACI_HS92_Y2021_V202301.csv")));
    }

    [Fact]
    public void When_the_path_is_a_symbolic_link_to_a_regular_file_then_it_is_followed()
    {
        using var file = TempFile.WithText("a.csv", "t,i,j,k,v,q\n");
        var link = file.Path + ".link";
        File.CreateSymbolicLink(link, file.Path);

        Assert.Null(InputFile.Problem(link));
    }

    [Fact]
    public void When_the_path_is_a_fifo_or_a_device_then_the_type_is_named_without_blocking()
    {
        using var file = TempFile.WithText("placeholder", string.Empty);
        var fifo = file.Path + ".fifo";
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        Assert.StartsWith("is a named pipe (FIFO)", InputFile.Problem(fifo), StringComparison.Ordinal);
        Assert.StartsWith("is a character device", InputFile.Problem("/dev/null"), StringComparison.Ordinal);
        Assert.StartsWith("is a directory", InputFile.Problem(Path.GetTempPath()), StringComparison.Ordinal);
        Assert.Equal("no such file", InputFile.Problem(fifo + ".missing"));
        Assert.Equal("no file named (the path is empty)", InputFile.Problem(string.Empty));
    }
}
