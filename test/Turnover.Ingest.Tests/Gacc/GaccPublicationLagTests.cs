using Turnover.Core;
using Turnover.Ingest.Gacc;

namespace Turnover.Ingest.Tests.Gacc;

/// <summary>The publication-date rules: GACC's release lag and dates embedded in news URLs.</summary>
public sealed class GaccPublicationLagTests
{
    [Fact]
    public void When_no_date_is_known_then_quarter_end_months_are_estimated_the_14th_and_others_the_10th()
    {
        // Actually published 7 December 2022, 13 January 2023 and 7 March 2024.
        Assert.Equal(new DateOnly(2022, 12, 10), GaccPublicationLag.EstimatedRelease(Period.YearToDate(2022, 11)));
        Assert.Equal(new DateOnly(2023, 1, 14), GaccPublicationLag.EstimatedRelease(Period.OfYear(2022)));
        Assert.Equal(new DateOnly(2024, 3, 10), GaccPublicationLag.EstimatedRelease(Period.Span(2024, 1, 2)));
        Assert.Equal(new DateOnly(2021, 7, 14), GaccPublicationLag.EstimatedRelease(Period.Month(2021, 6)));
    }

    [Fact]
    public void When_the_estimate_is_checked_against_every_real_release_date_then_only_the_delayed_september_2022_is_later()
    {
        // The estimate is a fallback; on the 87 real dates it is never early except for the one delayed release.
        var calendar = GaccReleaseCalendar.Bundled;
        var later = new List<string>();
        for (var year = 2013; year <= 2026; year++)
        {
            for (var month = 1; month <= 12; month++)
            {
                if (calendar.ReleaseOf(year, month) is { } real && real > GaccPublicationLag.EstimatedRelease(Period.Month(year, month)))
                {
                    later.Add($"{year}-{month:D2}");
                }
            }
        }

        Assert.Equal(["2022-09"], later);
    }

    [Theory]
    [InlineData("https://sputnikglobe.com/20231107/russia-china-trade-up-277-in-10-months-of-2023-1114777224.html", "2023-11-07")]
    [InlineData("https://thefinancialtrends.com/2023/11/10/russian-trade-with-china-on-track", "2023-11-10")]
    [InlineData("https://monocle.ru/2022/05/9/tovarooborot-rossii-i-kitaya-vyros-na-chetvert", "2022-05-09")]
    [InlineData("https://sputniknews.com/world/201705081053373148-china-russia-trade-customs/", "2017-05-08")]
    [InlineData("https://www3.nhk.or.jp/nhkworld/en/news/20230113_36/", "2023-01-13")]
    public void When_a_url_embeds_a_date_then_it_is_found(string url, string date)
    {
        Assert.Equal([DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)], UrlDates.DatesIn(url));
    }

    [Theory]
    [InlineData("https://www.kommersant.ru/doc/3189443")]
    [InlineData("https://tass.com/economy/1178145")]
    [InlineData("https://globaltimes.cn/page/202206/1267751.shtml")]
    [InlineData("https://www.newsbreak.com/news/2570910316230/china-s-jan-march-overall-trade")]
    public void When_a_url_id_is_not_a_date_then_none_is_found(string url)
    {
        Assert.Empty(UrlDates.DatesIn(url));
    }

    [Fact]
    public void When_a_url_date_is_before_the_period_ends_or_more_than_a_year_after_then_it_is_not_plausible()
    {
        string[] urls =
        [
            "https://example.org/2022/12/20/before-the-year-ended",
            "https://example.org/2024/02/01/more-than-a-year-later",
            "https://example.org/2023/03/01/plausible",
            "https://example.org/2023/01/13/earliest-plausible",
        ];

        Assert.Equal(new DateOnly(2023, 1, 13), UrlDates.EarliestPlausible(urls, Period.OfYear(2022)));
        Assert.Null(UrlDates.EarliestPlausible(urls.Take(2), Period.OfYear(2022)));
    }
}
