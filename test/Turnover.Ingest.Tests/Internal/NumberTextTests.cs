using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Turnover.Ingest.Internal;

namespace Turnover.Ingest.Tests.Internal;

public sealed class NumberTextTests
{
    [Theory]
    [InlineData("1,141,500", true)]
    [InlineData("8,427.5", true)]
    [InlineData("-7,240.0", true)]
    [InlineData("\"21,500,000\"", true)]
    [InlineData("999", true)]
    [InlineData("1141.5", true)]
    [InlineData("1,141,5", false)]
    [InlineData("8,42", false)]
    [InlineData("1,1415", false)]
    [InlineData(",141", false)]
    [InlineData("1,,141", false)]
    [InlineData("1234,567", false)]
    [InlineData("1,234.5,6", false)]
    public void When_thousands_are_grouped_then_only_groups_of_three_before_the_point_pass(string text, bool expected) =>
        Assert.Equal(expected, NumberText.IsGroupedCorrectly(text, '.', ','));

    [Fact]
    public void When_there_is_no_thousands_separator_then_grouping_is_not_checked() =>
        Assert.True(NumberText.IsGroupedCorrectly("1,141,5", ',', null));

    [Theory]
    [InlineData("NaN", "value 'NaN' is not a number (NaN and Infinity are not trade values; leave the cell empty where a value is missing)")]
    [InlineData("-Infinity", "value '-Infinity' is not a number (NaN and Infinity are not trade values; leave the cell empty where a value is missing)")]
    [InlineData("1e308", "value '1e308' is too large: above the ceiling of 10^15 USD (40 years of world trade)")]
    [InlineData("-1e308", "value '-1e308' is negative; trade values cannot be negative")]
    [InlineData("12a", "value '12a' is not a number")]
    public void When_a_cell_is_refused_then_the_reason_is_named(string text, string message) =>
        Assert.Equal(message, NumberText.Refused(text));

    [Property(MaxTest = 300, Replay = "(20251201,101)")]
    public Property Any_number_grouped_by_the_invariant_culture_passes_and_a_digit_lost_from_a_group_fails() =>
        Prop.ForAll(Gen.Choose(1000, int.MaxValue).ToArbitrary(), Gen.Choose(0, 9).ToArbitrary(), (value, cut) =>
        {
            var grouped = value.ToString("#,0", CultureInfo.InvariantCulture);
            // A digit lost after the first separator leaves a group of two (the first group may have 1-3 digits).
            var first = grouped.IndexOf(',', StringComparison.Ordinal);
            var digits = grouped.Select((c, i) => (c, i)).Where(p => p.i > first && char.IsAsciiDigit(p.c)).Select(p => p.i).ToArray();
            var at = digits[cut % digits.Length];
            var lostDigit = grouped.Remove(at, 1);
            return NumberText.IsGroupedCorrectly(grouped, '.', ',') && !NumberText.IsGroupedCorrectly(lostDigit, '.', ',');
        });
}
