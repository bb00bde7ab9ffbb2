using Turnover.Core;
namespace Turnover.Claims.Tests;

/// <summary>The article's date read from the text: a line that is only a date, or a wire dateline opening the story.</summary>
public sealed class ArticleDateTests
{
    [Theory]
    [InlineData("Trade with China\n\nDecember 30, 2022\n\nBilateral trade grew.", 2022, 12, 30)]
    [InlineData("Friday, December 30, 2022\nBilateral trade grew.", 2022, 12, 30)]
    [InlineData("30 декабря 2022 г.\nТоварооборот вырос.", 2022, 12, 30)]
    [InlineData("2022年12月30日\n中俄贸易额增长。", 2022, 12, 30)]
    [InlineData("2022-12-30\nBilateral trade grew.", 2022, 12, 30)]
    [InlineData("MOSCOW, March 7, 2024. Trade between Russia and China rose 26.3% last year.", 2024, 3, 7)]
    [InlineData("Russia and China\n\nMOSCOW, March 7, 2024 (Reuters) - Trade between Russia and China rose 26.3% last year.", 2024, 3, 7)]
    [InlineData("BEIJING, Jan. 12, 2024 (Xinhua) -- China's trade with Russia hit a record.", 2024, 1, 12)]
    [InlineData("New Delhi, 5 February 2024 — Trade with China grew.", 2024, 2, 5)]
    [InlineData("Москва, 7 марта 2024 г. /ТАСС/. Товарооборот России и Китая вырос.", 2024, 3, 7)]
    [InlineData("МОСКВА, 7 марта 2024 — Товарооборот России и Китая вырос.", 2024, 3, 7)]
    [InlineData("新华社北京2024年1月12日电 海关总署12日发布数据显示，中俄贸易额创新高。", 2024, 1, 12)]
    [InlineData("Russia and China: Trade Hits New Record\nPublished: January 15, 2024\n\nTrade grew.", 2024, 1, 15)] // a metadata line
    [InlineData("Дата публикации: 15 января 2024\nТоварооборот вырос.", 2024, 1, 15)]
    [InlineData("发布时间：2024年1月12日 10:30\n中俄贸易额创新高。", 2024, 1, 12)]
    public void When_the_text_opens_with_a_dateline_then_it_is_the_articles_date(string text, int year, int month, int day)
    {
        var result = ClaimExtractor.Extract(text);

        Assert.Equal((new DateOnly(year, month, day), true), (result.ArticleDate, result.ArticleDateFromText));
    }

    [Theory]
    [InlineData("Trade between Russia and China rose on March 7, 2024, customs said.")] // a date inside a sentence
    [InlineData("BEIJING, Jan. 12 (Xinhua) -- China's trade with Russia hit a record.")] // no year: not guessed
    [InlineData("МОСКВА, 7 марта. /ТАСС/. Товарооборот России и Китая вырос.")]
    [InlineData("新华社北京1月12日电 海关总署12日发布数据显示，中俄贸易额创新高。")] // no year
    [InlineData("中俄贸易额2024年1月12日创新高。")] // a date inside a sentence, no 电
    [InlineData("One.\n\nTwo.\n\nThree.\n\nFour.\n\nMOSCOW, March 7, 2024. Trade grew.")] // too far down to open the story
    [InlineData("In Moscow, March 7, 2024 was the day trade figures came out.")] // a sentence, not a place and a date
    public void When_no_dateline_opens_the_text_then_no_date_is_taken_from_it(string text)
    {
        var result = ClaimExtractor.Extract(text);

        Assert.False(result.ArticleDateFromText);
    }

    [Theory]
    [InlineData("BEIJING, Jan. 12 (Xinhua) -- China's trade with Russia hit a record.", "BEIJING, Jan. 12")]
    [InlineData("BEIJING, Jan 13 (Reuters) - Trade between China and Russia hit a record high in 2024.", "BEIJING, Jan 13")]
    [InlineData("МОСКВА, 7 марта. /ТАСС/. Товарооборот России и Китая вырос.", "МОСКВА, 7 марта")]
    [InlineData("新华社北京1月12日电 海关总署12日发布数据显示，中俄贸易额创新高。", "新华社北京1月12日电")]
    public void When_a_dateline_names_no_year_then_it_is_reported_so_the_date_can_be_given(string text, string dateline)
    {
        var result = ClaimExtractor.Extract(text);

        Assert.Equal(((DateOnly?)null, dateline), (result.ArticleDate, result.YearlessDateline));
    }

    [Theory]
    [InlineData("Trade between Russia and China rose on March 7, 2024, customs said.")] // a date inside a sentence
    [InlineData("MOSCOW, March 7, 2024 (Reuters) - Trade grew.")] // the year is there
    public void When_no_yearless_dateline_opens_the_text_then_none_is_reported(string text) =>
        Assert.Null(ClaimExtractor.Extract(text).YearlessDateline);

    [Fact]
    public void When_a_wire_dateline_opens_the_story_then_last_year_is_the_year_before_it()
    {
        var claim = Read.Single("MOSCOW, March 7, 2024 (Reuters) - Trade between Russia and China rose 26.3% last year to $240.1 billion.", date: null);

        Assert.Equal(2023, claim.Period?.Period?.Year);
    }

    [Theory]
    [InlineData("WASHINGTON, Feb 5, 2020 (Reuters) - The U.S. goods trade deficit with China narrowed to $25.2 billion in December, data showed.")]
    [InlineData("新华社北京2020年1月14日电 12月，中国对美国出口为300亿美元。")]
    public void When_a_wire_dateline_opens_the_sentence_then_its_date_is_no_figures_period(string text)
    {
        // Since 7 December 2026: the English dateline's year went with the month, December 2020 (the Chinese one held already).
        var claim = Read.Single(text, date: null);

        Assert.Equal(Period.Month(2019, 12), claim.Period?.Period);
    }
}
