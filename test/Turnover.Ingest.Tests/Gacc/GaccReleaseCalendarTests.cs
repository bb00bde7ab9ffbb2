using System.Security.Cryptography;
using System.Text;
using Turnover.Core;
using Turnover.Ingest.Gacc;
using Turnover.Testing;

namespace Turnover.Ingest.Tests.Gacc;

/// <summary>Reading China's customs release calendar (data/gacc/release_dates.csv), and what it dates (issue 8, point 3).</summary>
public sealed class GaccReleaseCalendarTests
{
    private const string Header = "data_period,release_date,source,note";
    private const string GoodLine = "2022-11,2022-12-07,https://example.org/a,confirmed: a dated report";

    [Fact]
    public void When_the_bundled_calendar_is_read_then_it_has_the_87_months_and_the_hash_of_the_data_file()
    {
        var path = RepoPaths.Data("gacc", "release_dates.csv");
        var load = GaccReleaseCalendar.Load(path);

        Assert.Empty(load.Errors);
        var calendar = load.Calendar!;
        Assert.Equal(87, calendar.Count);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), calendar.ContentHash);
        Assert.Equal(calendar.ContentHash, GaccReleaseCalendar.Bundled.ContentHash);
        Assert.Equal(new DateOnly(2022, 12, 7), calendar.ReleaseOf(2022, 11));
        Assert.Equal(new DateOnly(2022, 10, 24), calendar.ReleaseOf(2022, 9)); // delayed
        Assert.Equal(new DateOnly(2024, 3, 7), calendar.ReleaseOf(2024, 2)); // Jan–Feb combined, filed under February
        Assert.Null(calendar.ReleaseOf(2024, 1));
        Assert.Null(calendar.ReleaseOf(2021, 12));
    }

    [Fact]
    public void When_the_notes_are_read_then_53_months_are_confirmed_and_34_scheduled()
    {
        // "scheduled: … (planned date, not confirmed by a report)" is scheduled; "Jan-Feb combined release (…); confirmed: …" confirmed.
        var calendar = GaccReleaseCalendar.Bundled;
        var days = Enumerable.Range(2013, 14).SelectMany(y => Enumerable.Range(1, 12).Select(m => calendar.DayOf(Period.Month(y, m)))).OfType<GaccReleaseDay>().ToList();

        Assert.Equal((53, 34), (days.Count(d => d.Confirmed), days.Count(d => !d.Confirmed)));
    }

    [Theory]
    [InlineData("2022-13,2022-12-07,src,confirmed", 2, "data_period", "'2022-13' is not a month written YYYY-MM")]
    [InlineData("2022-1,2022-12-07,src,confirmed", 2, "data_period", "'2022-1' is not a month written YYYY-MM")]
    [InlineData("2022-11,2022-12-32,src,confirmed", 2, "release_date", "'2022-12-32' is not a date written YYYY-MM-DD")]
    [InlineData("2022-11,7 Dec 2022,src,confirmed", 2, "release_date", "'7 Dec 2022' is not a date written YYYY-MM-DD")]
    [InlineData("2022-11,2022-11-30,src,confirmed", 2, "release_date", "2022-11-30 is not after the end of 2022-11 and within a year of it")]
    [InlineData("2022-11,2023-12-07,src,confirmed", 2, "release_date", "2023-12-07 is not after the end of 2022-11 and within a year of it")]
    [InlineData("2022-11,2022-12-07,,confirmed", 2, "source", "empty: every release date cites where it comes from")]
    [InlineData("2022-11,2022-12-07,src,a guess", 2, "note", "'a guess' should say 'confirmed' (by a dated report) or 'scheduled' (in the customs' timetable)")]
    [InlineData("2022-11,2022-12-07,src, with a comma,confirmed", 2, "", "5 field(s), expected 4 (data_period,release_date,source,note); quote a value that holds a comma")]
    public void When_a_calendar_line_is_wrong_then_the_file_line_and_field_are_named(string line, long lineNumber, string column, string message)
    {
        var load = Parse($"{Header}\n{line}\n");

        Assert.Null(load.Calendar);
        var error = Assert.Single(load.Errors);
        Assert.Equal(("release_dates.csv", lineNumber, column, message), (error.File, error.Line, error.Column, error.Message));
    }

    [Theory]
    [InlineData("2022-11,2022-12-07,src,\"confirmed: a dated\nreport\"\n2022-12,2023-01-13,src,confirmed\n", "release_dates.csv:2: column 'note': the quoted value in field 4 opens on line 2 and holds a line break, so the row runs to line 3: a line break inside a quoted value is not allowed in this layout, where every row is one line (join the lines, or remove a stray quote)")]
    [InlineData("2022-11,2022-12-07,\"src,confirmed\n2022-12,2023-01-13,src,confirmed\n", "release_dates.csv:2: column 'source': the row runs from line 2 over 3 lines: a quote opened in field 3 is never closed, so the lines after it were read as one field (file cut short, or a stray quote?)")]
    public void When_a_calendar_row_runs_over_several_lines_then_its_field_and_first_line_are_named(string rows, string message)
    {
        var load = Parse($"{Header}\n{rows}");

        Assert.Null(load.Calendar);
        Assert.Equal(message, Assert.Single(load.Errors).ToString());
    }

    [Fact]
    public void When_a_month_is_listed_twice_then_the_second_line_names_the_first()
    {
        var load = Parse($"{Header}\n{GoodLine}\n2022-11,2022-12-08,src,scheduled\n");

        Assert.Equal("release_dates.csv:3: column 'data_period': 2022-11 is listed twice (first on line 2)", Assert.Single(load.Errors).ToString());
    }

    [Theory]
    [InlineData("period,date,source,note\n" + GoodLine + "\n", "release_dates.csv:1: the header is 'period,date,source,note', expected 'data_period,release_date,source,note'")]
    [InlineData("", "release_dates.csv: the calendar is empty; expected the header 'data_period,release_date,source,note' and one line per month")]
    [InlineData(Header + "\n", "release_dates.csv: the calendar has a header and no months")]
    public void When_the_calendar_as_a_whole_is_wrong_then_it_is_refused(string text, string message)
    {
        Assert.Equal(message, Assert.Single(Parse(text).Errors).ToString());
    }

    [Fact]
    public void When_a_calendar_is_not_utf8_then_it_is_refused()
    {
        var load = GaccReleaseCalendarParser.Parse([.. Encoding.UTF8.GetBytes(Header + "\n2022-11,2022-12-07,"), 0xFF, .. "x,confirmed\n"u8], "release_dates.csv");

        Assert.Equal("release_dates.csv: the calendar is not UTF-8 text", Assert.Single(load.Errors).ToString());
    }

    [Fact]
    public void When_a_calendar_file_is_loaded_then_its_hash_is_of_its_bytes()
    {
        var text = $"{Header}\r\n{GoodLine}\r\n";
        using var file = TempFile.WithBytes("calendar.csv", Encoding.UTF8.GetBytes(text));

        var calendar = GaccReleaseCalendar.Load(file.Path).Calendar!;

        Assert.Equal(("calendar.csv", 1, new DateOnly(2022, 12, 7)), (calendar.Name, calendar.Count, calendar.ReleaseOf(2022, 11)));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), calendar.ContentHash);
    }

    private static GaccReleaseCalendarLoad Parse(string text) => GaccReleaseCalendarParser.Parse(Encoding.UTF8.GetBytes(text), "release_dates.csv");
}
