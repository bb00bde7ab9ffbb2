using FsCheck;
using FsCheck.Fluent;
using Turnover.Core;

namespace Turnover.Core.Tests;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("2022", 2022, 1, 12, Granularity.Year)]
    [InlineData("2022-Q3", 2022, 7, 3, Granularity.Quarter)]
    [InlineData("2022-04", 2022, 4, 1, Granularity.Month)]
    [InlineData("2022-M04", 2022, 4, 1, Granularity.Month)]
    [InlineData("202204", 2022, 4, 1, Granularity.Month)]
    [InlineData("2023-01..02", 2023, 1, 2, Granularity.Span)]
    public void When_text_is_a_known_spelling_then_it_parses_to_the_period(string text, int year, int start, int months, Granularity granularity)
    {
        var period = Period.Parse(text);

        Assert.Equal((year, start, months, granularity), (period.Year, period.StartMonth, period.Months, period.Granularity));
    }

    [Theory]
    [InlineData("2022-13")]
    [InlineData("2022-Q5")]
    [InlineData("3020")]
    [InlineData("2022-02..01")]
    [InlineData("22-04")]
    [InlineData("")]
    public void When_text_is_not_a_possible_period_then_parsing_fails(string text)
    {
        Assert.False(Period.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => Period.Parse(text));
        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_span_would_cross_the_year_end_then_it_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Period.Span(2022, 11, 3));

        Assert.Contains("does not fit inside 2022", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_month_is_december_then_next_is_january_of_the_next_year()
    {
        Assert.Equal(Period.Month(2023, 1), Period.Month(2022, 12).Next());
        Assert.Equal(Period.Quarter(2023, 1), Period.Quarter(2022, 4).Next());
        Assert.Throws<InvalidOperationException>(() => Period.Span(2022, 1, 2).Next());
    }

    [Theory]
    [InlineData("2023-01", "2022-12")]
    [InlineData("2023-07", "2023-06")]
    [InlineData("2023-Q1", "2022-Q4")]
    [InlineData("2023-Q3", "2023-Q2")]
    [InlineData("2023", "2022")]
    public void When_a_period_steps_back_then_previous_is_the_one_next_leads_from(string period, string previous)
    {
        Assert.Equal(Period.Parse(previous), Period.Parse(period).Previous());
        Assert.Equal(Period.Parse(period), Period.Parse(period).Previous().Next());
        Assert.Throws<InvalidOperationException>(() => Period.Span(2022, 1, 2).Previous());
    }

    [Fact]
    public void When_comparing_periods_then_order_is_chronological_with_shorter_first()
    {
        var sorted = new[] { Period.OfYear(2022), Period.Month(2022, 3), Period.Span(2022, 1, 2), Period.Month(2021, 12) }.Order().ToList();

        Assert.Equal(["2021-12", "2022-01..02", "2022", "2022-03"], sorted.Select(p => p.ToString()));
    }

    [Fact]
    public void When_a_period_ends_in_february_of_a_leap_year_then_its_end_is_the_29th()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), Period.Span(2024, 1, 2).End);
        Assert.Equal(new DateOnly(2023, 1, 1), Period.OfYear(2023).Start);
    }

    [FsCheck.Xunit.Property(Replay = "(20261201,9)")]
    public Property Any_valid_period_round_trips_through_its_text()
    {
        var periods =
            from year in Gen.Choose(1900, 2200)
            from start in Gen.Choose(1, 12)
            from months in Gen.Choose(1, 13 - start)
            select Period.Span(year, start, months);
        return Prop.ForAll(periods.ToArbitrary(), p => Period.Parse(p.ToString()) == p);
    }
}
