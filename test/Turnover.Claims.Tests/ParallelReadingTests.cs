using System.Globalization;

namespace Turnover.Claims.Tests;

/// <summary>
/// A text over <see cref="ClaimExtractor.ParallelFrom"/> characters has each sentence's own mentions found in parallel,
/// then its claims read in order: the claims must be those of reading every sentence on one thread, including what
/// one sentence takes from the ones before it (the pair named earlier, the previous flow, the speaker of a quote).
/// </summary>
public sealed class ParallelReadingTests
{
    public static TheoryData<string, bool> Options() => new()
    {
        { "auto, dateline", false },
        { "auto, dated, China–Russia assumed", true },
    };

    [Theory]
    [MemberData(nameof(Options))]
    public void When_a_long_text_is_read_in_parallel_then_its_claims_are_those_read_in_order(string name, bool datedAndAssumed)
    {
        var text = LongText();
        var options = datedAndAssumed ? new ExtractionOptions { ArticleDate = new DateOnly(2024, 3, 1), AssumedPair = Read.ChinaRussia } : default;

        var inOrder = ClaimExtractor.Extract(text, options, inParallel: false);
        var inParallel = ClaimExtractor.Extract(text, options, inParallel: true);

        Assert.True(text.Length > ClaimExtractor.ParallelFrom, name);
        Assert.True(inOrder.Success, inOrder.Error);
        Assert.Equal(inOrder.Language, inParallel.Language);
        Assert.Equal(inOrder.ArticleDate, inParallel.ArticleDate);
        Assert.Equal(inOrder.Claims.Count, inParallel.Claims.Count);
        for (var i = 0; i < inOrder.Claims.Count; i++)
        {
            Assert.Equal(inOrder.Claims[i] with { Rules = [] }, inParallel.Claims[i] with { Rules = [] });
            Assert.Equal(inOrder.Claims[i].Rules, inParallel.Claims[i].Rules);
        }

        // The text exercises what a sentence takes from the ones before it, so a reading out of order would differ.
        var rules = inOrder.Claims.SelectMany(c => c.Rules).ToHashSet();
        Assert.Contains("context.pair-named-earlier", rules);
        Assert.Contains("context.previous-flow", rules);
        Assert.Contains(inOrder.Claims, c => c.Speaker == "Minister Ivan Petrov");
        Assert.Contains(inOrder.Claims, c => c.Kind == ClaimKind.Ranking);
        // Where the India–China blocks make the pair named nearby ambiguous, the same sentence is read otherwise.
        Assert.Equal(2, inOrder.Claims.Where(c => c.Sentence.StartsWith("Bilateral trade rose", StringComparison.Ordinal)).Select(c => string.Join(",", c.Rules)).Distinct().Count());
        Assert.Equal(3, inOrder.Claims.Select(c => c.Language).Distinct().Count());
    }

    [Fact]
    public void When_a_long_text_is_empty_of_claims_then_the_parallel_reading_finds_none_either()
    {
        var text = string.Concat(Enumerable.Repeat("The two delegations met in the spring and spoke about the weather. ", 400));

        var result = ClaimExtractor.Extract(text);

        Assert.True(text.Length > ClaimExtractor.ParallelFrom);
        Assert.True(result.Success);
        Assert.Empty(result.Claims);
    }

    // Written for this test (not from ../shared): blocks in three languages whose years, figures and pairs change, with
    // sentences that need the ones before them.
    private static string LongText()
    {
        var inv = CultureInfo.InvariantCulture;
        var blocks = new List<string> { "# Trade notes\n\nMarch 1, 2024\n" };
        for (var i = 0; i < 40; i++)
        {
            var year = 2001 + (i % 23);
            var amount = 100 + (i * 7);
            var pair = i % 5 == 4 ? "India and China" : "Russia and China";
            blocks.Add(string.Create(inv, $"""
                {pair} held their annual trade talks in Beijing. Bilateral trade rose {10 + (i % 9)}.{i % 10}% year on year to ${amount}.5 billion in {year}.
                The ${amount + 100} billion target was set for {year + 5}.

                Minister Ivan Petrov said:

                “Exports to China grew by {3 + (i % 4)}.2% in {year}, and imports from China fell 3.5%.”

                Товарооборот России и Китая за {year} год вырос на {5 + (i % 6)},5% и составил {amount},2 млрд долларов. Экспорт из России в Китай увеличился на 7,1%, а поставки в обратном направлении выросли на 9,4%.

                {year}年中俄贸易额为{amount * 10}亿美元，同比增长{2 + (i % 7)}.3%。 China remains Russia's largest trading partner.

                """));
        }

        return string.Concat(blocks);
    }
}
