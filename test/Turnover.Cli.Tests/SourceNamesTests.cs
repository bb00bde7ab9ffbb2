using Turnover.Cli.Rendering;
using Turnover.Core;
using Turnover.Presentation.Wording;

namespace Turnover.Cli.Tests;

/// <summary>Display names and the names --source accepts are views of Core's SourceCatalog, with the words they always had.</summary>
public sealed class SourceNamesTests
{
    [Theory]
    [InlineData(SourceKind.Gacc, "China's customs, GACC")]
    [InlineData(SourceKind.UsCensus, "US Census Bureau")]
    [InlineData(SourceKind.Kosis, "KOSIS")]
    [InlineData(SourceKind.Comtrade, "UN Comtrade")]
    [InlineData(SourceKind.Baci, "CEPII BACI")]
    [InlineData(SourceKind.Imf, "IMF")]
    [InlineData(SourceKind.Mapped, "mapped CSV")]
    [InlineData(SourceKind.Fcs, "Russia's customs, FCS")]
    [InlineData(SourceKind.Fao, "FAO FishStat")]
    public void When_a_source_is_shown_then_it_has_its_display_name(SourceKind source, string name)
    {
        Assert.Equal(name, SourceNames.Describe(source));
    }

    [Theory]
    [InlineData("gacc", SourceKind.Gacc)]
    [InlineData("UsCensus", SourceKind.UsCensus)]
    [InlineData("census", SourceKind.UsCensus)]
    [InlineData("BACI", SourceKind.Baci)]
    public void When_a_source_is_named_on_the_command_line_then_its_code_or_reader_format_is_accepted(string text, SourceKind expected)
    {
        Assert.Equal(expected, SourceNames.Parse(text).Value);
    }

    [Fact]
    public void When_a_source_name_is_unknown_then_the_error_lists_every_code()
    {
        var ex = Assert.Throws<UserInputException>(() => SourceNames.Parse("eurostat").OrThrow());

        Assert.Equal("unknown source 'eurostat' (expected one of: Comtrade, Baci, Imf, Gacc, UsCensus, Kosis, Mapped, Fcs, Fao).", ex.Message);
    }

    [Fact]
    public void When_series_help_is_shown_then_the_source_option_lists_every_declared_source()
    {
        using var run = new CliRun();

        var (exit, console, output, _) = run.Run("series", "--help");

        Assert.Equal(0, exit);
        var help = console + output;
        Assert.All(SourceCatalog.Codes, code => Assert.Contains(code, help, StringComparison.Ordinal));
    }
}
