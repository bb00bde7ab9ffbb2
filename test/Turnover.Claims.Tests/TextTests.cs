using FsCheck;
using FsCheck.Fluent;
using Turnover.Claims.Internal;

namespace Turnover.Claims.Tests;

/// <summary>Sentence splitting, Unicode normalisation and number reading.</summary>
public sealed class TextTests
{
    [Theory]
    [InlineData("U.S. exports to China rose. Trade with Russia fell.", 2)]
    [InlineData("Trade reached 200 bln. dollars in 2021. It was a record.", 2)]
    [InlineData("Товарооборот достиг 240 млрд. долларов. Это рекорд.", 2)]
    [InlineData("中俄贸易额创新高。中国对俄出口增长！俄罗斯呢？", 3)]
    [InlineData("Growth was 1.5 percent in 2019, said Dr. Smith of the U.N. trade office.", 1)]
    [InlineData("# Headline\n\nFirst paragraph. Second sentence.", 3)]
    [InlineData("Товарооборот составил $218,17 млрд.\nЭкспорт вырос до $100,27 млрд. Путин заявил о рекорде.", 3)] // a unit ends a sentence before a capital
    [InlineData("Товарооборот составил $180,3 млрд.\n2024年前三季度中俄贸易额为1803亿美元。", 2)] // and at a line's end (the two were one sentence)
    [InlineData("Товарооборот составил 240 млрд.\nдолларов.", 1)] // a wrapped line goes on in lower case
    [InlineData("Trade reached $240 bln. The U.S. Commerce Department said so.", 2)]
    [InlineData("2024年1月12日\n海关总署发布数据显示，2023年中俄贸易额达2401.1亿美元。", 2)] // a short Chinese line is a dateline or heading
    [InlineData("海关总署发布数据显示，2023年中俄双边贸易额达到了创纪录的\n2401.1亿美元。", 1)] // a long line broken mid-sentence is joined
    public void When_a_text_is_split_then_abbreviations_and_decimals_do_not_end_sentences(string text, int sentences)
    {
        Assert.Equal(sentences, SentenceSplitter.Split(text).Count);
    }

    [Fact]
    public void When_text_has_full_width_characters_and_number_spaces_then_they_are_normalised_one_for_one()
    {
        var text = "贸易额为１９０２．７１亿美元，增长２９．３％; 1\u00A0234,5 and a\u00A0word";
        var normalised = TextNormalizer.Normalize(text);
        Assert.Equal(text.Length, normalised.Length);
        Assert.Contains("1902.71亿美元,增长29.3%", normalised, StringComparison.Ordinal);
        Assert.Contains("1\u202F234,5", normalised, StringComparison.Ordinal);
        Assert.Contains("a word", normalised, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1,187.5", false, 1187.5, 1)]
    [InlineData("1,280", false, 1280, 0)]
    [InlineData("76,12", false, 76.12, 2)]
    [InlineData("89,21", true, 89.21, 2)]
    [InlineData("183,243", true, 183.243, 3)]
    [InlineData("1\u202F234,5", true, 1234.5, 1)]
    [InlineData("1.234,5", true, 1234.5, 1)]
    public void When_a_number_is_read_then_the_decimal_mark_follows_the_language(string text, bool decimalComma, double value, int decimals)
    {
        Assert.True(NumberText.TryParse(text, decimalComma, out var parsed, out var written));
        Assert.Equal((decimal)value, parsed);
        Assert.Equal(decimals, written);
    }

    [Theory]
    [InlineData("Bilateral trade reached $190 billion in 2022.", ClaimLanguage.English)]
    [InlineData("Товарооборот достиг $190 млрд.", ClaimLanguage.Russian)]
    [InlineData("中俄贸易额为1902.71亿美元。", ClaimLanguage.Chinese)]
    [InlineData("中俄貿易額為1902.72億美元。", ClaimLanguage.Chinese)]
    public void When_the_language_is_auto_then_the_script_decides(string text, ClaimLanguage language)
    {
        Assert.Equal(language, ClaimExtractor.Extract(text).Language);
    }

    [Fact]
    public void When_a_text_mixes_languages_then_each_sentence_is_read_in_its_own()
    {
        var result = ClaimExtractor.Extract("Bilateral trade between China and Russia reached $240 billion in 2023. 2024年中俄贸易额为2448亿美元。 Товарооборот России и Китая в 2025 году составил $228 млрд.");
        Assert.Equal([ClaimLanguage.English, ClaimLanguage.Chinese, ClaimLanguage.Russian], result.Claims.Select(c => c.Language));
        Assert.Equal([240m, 244.8m, 228m], result.Claims.Select(c => c.UsdBillions()!.Value));
    }

    [FsCheck.Xunit.Property(Replay = "(20261202,5)")]
    public Property Normalisation_keeps_every_offset()
    {
        return Prop.ForAll(ArbMap.Default.ArbFor<string>().Filter(s => s is not null), s => TextNormalizer.Normalize(s).Length == s.Length);
    }

    [Fact]
    public void When_random_fragments_of_news_are_read_then_extraction_never_throws_and_spans_point_into_the_text()
    {
        var pieces = new[]
        {
            "$", "200", " billion", "bln", "1,280", "89,21", " млрд", "亿美元", "万亿元", "%", " percent", "grew ", "fell ",
            "下降", "增长", " trade ", "товарооборот ", "中俄贸易额", "Russia", "China", "Китая", "(", ")", ",", ". ", "。",
            "January-May ", "前11个月", "by 2024 ", "respectively", "соответственно", "分别", "\n\n", "99999999999999999999999",
            "\u00A0", "１２", "more than ", "почти ", "约",
        };
        var random = new Random(20261202);
        for (var i = 0; i < 2000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => pieces[random.Next(pieces.Length)]));
            var result = ClaimExtractor.Extract(text, new ExtractionOptions { AssumedPair = Read.ChinaRussia });
            foreach (var claim in result.Claims)
            {
                Assert.InRange(claim.SentenceSpan.End, 1, text.Length);
                Assert.Equal(claim.Sentence, text.Substring(claim.SentenceSpan.Start, claim.SentenceSpan.Length));
                if (claim.Amount is { } amount)
                {
                    Assert.InRange(amount.Span.End, 1, text.Length);
                }
            }
        }
    }

    [FsCheck.Xunit.Property(Replay = "(20261206,7)", MaxTest = 60)]
    public Property Sentences_are_never_longer_than_the_limit_and_keep_every_word_in_order()
    {
        // Runs of words with no sentence end, long enough to be cut several times.
        var words = new[] { "trade", "China", "Russia", "rose", "1,280", "$240.1", "billion", "2023", ",", ";", "；", "，", "товарооборот", "中俄贸易额增长", "\n" };
        var texts = Gen.Choose(0, words.Length - 1).ArrayOf().Where(a => a.Length > 0)
            .Select(picks => string.Join(' ', Enumerable.Range(0, 40).SelectMany(_ => picks).Select(p => words[p])))
            .ToArbitrary();
        return Prop.ForAll(texts, text =>
        {
            var spans = SentenceSplitter.Split(text);
            var joined = string.Concat(spans.Select(s => text.Substring(s.Start, s.Length)));
            return spans.All(s => s.Length <= SentenceSplitter.MaxSentence)
                && spans.Zip(spans.Skip(1)).All(p => p.First.End <= p.Second.Start)
                && joined.Where(c => !char.IsWhiteSpace(c)).SequenceEqual(text.Where(c => !char.IsWhiteSpace(c)));
        });
    }

    [Fact]
    public void When_a_run_has_no_sentence_end_then_it_is_cut_at_a_clause_break_and_its_claims_are_still_read()
    {
        // 500 clauses of one run: one 20,000-character "sentence" cost the readers its length squared.
        var clause = "China-Russia trade reached $240.1 billion in 2023, ";
        var text = string.Concat(Enumerable.Repeat(clause, 500));

        var spans = SentenceSplitter.Split(text);
        var claims = Read.Claims(text);

        Assert.True(spans.Count > 10, $"{spans.Count} pieces");
        Assert.All(spans.SkipLast(1), s => Assert.InRange(s.Length, SentenceSplitter.MaxSentence / 2, SentenceSplitter.MaxSentence));
        Assert.All(spans.SkipLast(1), s => Assert.Equal(',', text[s.End - 1]));
        Assert.Equal(500, claims.Count);
        Assert.All(claims, c => Assert.Equal((240.1m, 2023), (c.UsdBillions(), c.Period!.Period!.Value.Year)));
    }
}
