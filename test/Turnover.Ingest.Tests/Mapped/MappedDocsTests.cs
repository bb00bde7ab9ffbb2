using System.Text.RegularExpressions;
using Turnover.Ingest.Mapped;
using Turnover.Ingest.National;
using Turnover.Testing;
using static Turnover.Ingest.Tests.National.ReaderRun;

namespace Turnover.Ingest.Tests.Mapped;

/// <summary>The examples in docs/mapped-csv.md are run, so the documentation cannot drift from the reader.</summary>
public partial class MappedDocsTests
{
    private static readonly string[] s_examples = [.. JsonBlock().Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "mapped-csv.md"))).Select(m => m.Groups[1].Value)];

    [Fact]
    public void The_complete_example_reads_the_census_table_like_the_census_reader()
    {
        var census = RepoPaths.Data("national", "us_census_usa_china_monthly.csv");
        using var mapping = TempFile.WithText("census.json", s_examples[0]);

        var (records, context) = ReadAll(new MappedCsvReader(), census, new IngestOptions { MappingPath = mapping.Path });

        Assert.Empty(context.Errors);
        Assert.Equal(ReadAll(new CensusReader(), census).Records, records);
        Assert.Equal((1_187_500_000m, 8_427_500_000m), (records[0].ValueUsd, records[1].ValueUsd));
    }

    [Fact]
    public void The_long_layout_example_reads_the_legacy_comtrade_excerpt()
    {
        using var mapping = TempFile.WithText("comtrade.json", s_examples[1]);

        var (records, context) = ReadAll(new MappedCsvReader(), RepoPaths.Fixture("mapped", "comtrade_legacy_us_china_2017_excerpt.csv"), new IngestOptions { MappingPath = mapping.Path });

        Assert.Empty(context.Errors);
        Assert.Equal(30, records.Count);
        Assert.Equal("UN Comtrade (legacy CSV)", context.Dataset);
    }

    [GeneratedRegex("```json\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
