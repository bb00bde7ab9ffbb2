namespace Turnover.Application.Tests;

/// <summary>The one rule on an as-of date, which the command line and the web both apply.</summary>
public sealed class AsOfDateTests
{
    private static readonly DateOnly s_today = new(2026, 12, 8);

    [Fact]
    public void When_the_date_is_after_today_then_it_is_bad_input_with_both_dates()
    {
        var outcome = AsOfDate.NotAfter(new DateOnly(2026, 12, 9), s_today);

        Assert.False(outcome.TryGetValue(out _));
        Assert.Equal(FailureKind.BadInput, outcome.Failure.Kind);
        Assert.Equal(new AsOfAfterToday(new DateOnly(2026, 12, 9), s_today), outcome.Failure.Reason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2026-12-08")]
    [InlineData("1990-01-01")]
    public void When_the_date_is_today_earlier_or_absent_then_it_passes_as_given(string? text)
    {
        DateOnly? asOf = text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(AsOfDate.NotAfter(asOf, s_today).TryGetValue(out var date));
        Assert.Equal(asOf, date);
    }
}
