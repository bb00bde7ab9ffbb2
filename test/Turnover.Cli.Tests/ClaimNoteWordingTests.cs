using Turnover.Application;
using Turnover.Core;
using Turnover.Presentation.Wording;

namespace Turnover.Cli.Tests;

public sealed class ClaimNoteWordingTests
{
    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);
    private static readonly Country s_russia = CountryCatalog.Default.FromCode(643);

    [Fact]
    public void When_a_year_comes_from_another_sentence_then_the_note_quotes_it_trimmed() =>
        Assert.Equal(
            "the year (2024) is from another sentence of the text with the same figure: \"Trade will reach $200 billion in 2024.\"",
            ClaimNoteWording.Text(new YearFromAnotherSentence(Period.OfYear(2024), " Trade will reach $200 billion in 2024. ")));

    [Theory]
    [InlineData(Measure.Imports, "only China's statistics of this pair are stored: the figure is read from the other side, as China's imports from Russian Federation, which Russian Federation's own statistics would give differently")]
    [InlineData(Measure.Exports, "only China's statistics of this pair are stored: the figure is read from the other side, as China's exports to Russian Federation, which Russian Federation's own statistics would give differently")]
    public void When_the_figure_is_read_from_the_other_side_then_the_note_names_the_mirror_flow(Measure measure, string expected) =>
        Assert.Equal(expected, ClaimNoteWording.Text(new ReadFromOtherSide(s_russia, s_china, s_russia, measure)));

    [Fact]
    public void When_both_sides_are_stored_then_the_note_says_whose_judged() =>
        Assert.Equal(
            "Russian Federation's statistics of the pair are also stored and differ; judged on China's",
            ClaimNoteWording.Text(new OtherSideStored(s_china, s_russia)));
}
