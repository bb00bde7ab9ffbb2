namespace Turnover.Application.Tests;

/// <summary>Finding the bundled data/ folder: where it was looked for is said when it is not found.</summary>
public sealed class BundledDataTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("turnover-bundled-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void When_no_folder_above_the_starts_holds_the_data_then_the_failure_names_each_start_and_the_file_looked_for()
    {
        var working = Directory.CreateDirectory(Path.Combine(_folder, "work")).FullName;
        var program = Directory.CreateDirectory(Path.Combine(_folder, "bin")).FullName;

        var outcome = BundledData.RequireFolder(null, [working, program]);

        Assert.Equal(FailureKind.BadInput, outcome.Failure!.Kind);
        Assert.Equal(
            $"the bundled data folder was not found: looked for data/gacc/china_russia.csv in {working} and in {program} and in every folder above; "
            + "run from the repository (or a copy of its data/ folder) or set TURNOVER_DATA to the data folder.",
            outcome.Failure.Message);
    }

    [Fact]
    public void When_a_folder_above_a_start_holds_the_data_then_that_data_folder_is_found()
    {
        var data = Directory.CreateDirectory(Path.Combine(_folder, "data", "gacc")).Parent!.FullName;
        File.WriteAllText(Path.Combine(data, BundledData.ChinaRussia), "period\n");
        var deep = Directory.CreateDirectory(Path.Combine(_folder, "a", "b")).FullName;

        Assert.Equal(data, BundledData.RequireFolder(string.Empty, [deep]).Value);
    }

    [Fact]
    public void When_turnover_data_names_a_folder_without_the_data_then_the_failure_names_that_folder_and_does_not_search()
    {
        var outcome = BundledData.RequireFolder(_folder, [Directory.GetCurrentDirectory()]);

        Assert.Equal(
            $"TURNOVER_DATA names {_folder}, which holds no gacc/china_russia.csv: set it to the bundled data folder (the repository's data/), "
            + "or unset it to look from the working and program folders.",
            outcome.Failure!.Message);
    }
}
