using Turnover.Core;
using Turnover.Ingest.Gacc;
using Turnover.Testing;

namespace Turnover.Ingest.Tests.Gacc;

/// <summary>How the real China–Russia compilation's figures are dated with the bundled release calendar (issue 8, point 3).</summary>
public sealed class GaccReleaseDatingTests
{
    private static readonly Lazy<GaccTestRead> s_read = new(() => GaccTestRead.Of(RepoPaths.Data("gacc", "china_russia.csv")));

    private static GaccTestRead Read => s_read.Value;

    [Fact]
    public void When_january_to_november_2022_is_read_then_it_is_public_on_its_release_day_7_december_2022()
    {
        Assert.Equal(new DateOnly(2022, 12, 7), Read.Single(Flow.Turnover, Period.YearToDate(2022, 11)).Published);
        Assert.Equal(new DateOnly(2022, 12, 7), Read.Single(Flow.Turnover, Period.Month(2022, 11)).Published);
    }

    [Fact]
    public void When_september_2022_was_delayed_then_its_figures_are_public_from_24_october_2022()
    {
        Assert.All(Read.Records.Where(r => r.Period.Year == 2022 && r.Period.EndMonth == 9),
            r => Assert.Equal(new DateOnly(2022, 10, 24), r.Published));
    }

    [Fact]
    public void When_a_year_is_read_then_it_is_public_with_the_december_release()
    {
        Assert.Equal(new DateOnly(2023, 1, 13), Read.Single(Flow.Turnover, Period.OfYear(2022)).Published);
        Assert.Equal(new DateOnly(2024, 1, 12), Read.Single(Flow.Turnover, Period.OfYear(2023)).Published);
    }

    [Fact]
    public void When_a_month_is_differenced_from_two_totals_then_it_is_public_when_the_later_is()
    {
        // October 2022 exports = Jan–Oct (out 7 November) minus Jan–Sep (out 24 October).
        var october = Read.Single(Flow.Export, Period.Month(2022, 10));

        Assert.Equal(Derivation.DifferencedFromCumulative, october.Derivation);
        Assert.Equal(new DateOnly(2022, 11, 7), october.Published);
        var late = new GaccPublicationDate(new DateOnly(2022, 10, 24), GaccDating.CalendarConfirmed);
        var early = new GaccPublicationDate(new DateOnly(2022, 10, 14), GaccDating.Estimate);
        Assert.Equal(late, GaccPublicationDate.Later(early, late));
        Assert.Equal(late, GaccPublicationDate.Later(late, early));
    }

    [Fact]
    public void When_a_month_is_not_in_the_calendar_then_a_dated_page_bounds_it_and_otherwise_the_estimate_is_used_and_labelled()
    {
        // March 2022 is not in the calendar: a page of 13 April 2022 reported the imports, nothing dated the turnover.
        Assert.Null(GaccReleaseCalendar.Bundled.ReleaseOf(2022, 3));
        Assert.Equal(new DateOnly(2022, 4, 13), Read.Single(Flow.Import, Period.Month(2022, 3)).Published);
        Assert.Equal(new DateOnly(2022, 4, 14), Read.Single(Flow.Turnover, Period.Month(2022, 3)).Published);
        // 2021 (December 2021 is not in the calendar) gets the estimate for a quarter-end month.
        Assert.Equal(new DateOnly(2022, 1, 14), Read.Single(Flow.Turnover, Period.OfYear(2021)).Published);

        var note = Read.Context.Note;
        Assert.Contains($"177 figure(s) from China's customs release calendar release_dates.csv (sha256 {GaccReleaseCalendar.Bundled.ContentHash}, 87 months; 163 confirmed by a dated report, 14 from the customs' timetable)", note, StringComparison.Ordinal);
        Assert.Contains("10 not in the calendar, dated by the earliest dated page reporting them: 2017, 2019-01..02, 2022-Q1, 2022-03", note, StringComparison.Ordinal);
        Assert.Contains("57 not in the calendar nor on a dated page, estimated: quarter-end months the 14th, other months the 10th of the next month: 2013, ", note, StringComparison.Ordinal);
        Assert.Contains(", 2021, ", note, StringComparison.Ordinal);
    }

    [Fact]
    public void When_no_calendar_is_given_then_every_figure_is_dated_by_pages_or_the_estimate()
    {
        var read = GaccTestRead.Of(RepoPaths.Data("gacc", "china_russia.csv"), new IngestOptions { GaccCalendar = GaccReleaseCalendar.Empty });

        Assert.Equal(new DateOnly(2022, 12, 10), read.Single(Flow.Turnover, Period.YearToDate(2022, 11)).Published);
        Assert.Contains("published dates: 0 figure(s) from China's customs release calendar no calendar", read.Context.Note, StringComparison.Ordinal);
    }
}
