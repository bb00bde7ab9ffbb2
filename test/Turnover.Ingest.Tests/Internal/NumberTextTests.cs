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

    // A number beyond double's range as well as decimal's was "not a number" (double.TryParse gives Infinity for it),
    // and so was one written with the file's separators; a rate or a quantity was held to the USD ceiling.
    [Theory]
    [InlineData("1e309", nameof(NumberKind.TradeValue), '.', null, "value '1e309' is too large: above the ceiling of 10^15 USD (40 years of world trade)")]
    [InlineData("1E+400", nameof(NumberKind.TradeValue), '.', null, "value '1E+400' is too large: above the ceiling of 10^15 USD (40 years of world trade)")]
    [InlineData("-1e400", nameof(NumberKind.TradeValue), '.', null, "value '-1e400' is negative; trade values cannot be negative")]
    [InlineData("\"1,000,000,000,000,000,000,000,000,000,000\"", nameof(NumberKind.TradeValue), '.', ',', "value '\"1,000,000,000,000,000,000,000,000,000,000\"' is too large: above the ceiling of 10^15 USD (40 years of world trade)")]
    [InlineData("1.000.000.000.000.000.000.000.000.000.000,5", nameof(NumberKind.TradeValue), ',', '.', "value '1.000.000.000.000.000.000.000.000.000.000,5' is too large: above the ceiling of 10^15 USD (40 years of world trade)")]
    [InlineData("1e308", nameof(NumberKind.GrowthRate), '.', null, "growth rate '1e308' is above 999,999.999%, the largest rate the store holds (a digit slip?)")]
    [InlineData("-1e308", nameof(NumberKind.GrowthRate), '.', null, "growth rate '-1e308' is below -100%: a value cannot fall by more than all of it (a sign or digit slip?)")]
    [InlineData("1e308", nameof(NumberKind.Quantity), '.', null, "value '1e308' is out of range: above 79,228,162,514,264,337,593,543,950,335, the largest number Turnover holds")]
    [InlineData("1e308", nameof(NumberKind.ExchangeRate), '.', null, "value '1e308' is out of range: above 79,228,162,514,264,337,593,543,950,335, the largest number Turnover holds")]
    [InlineData("1e3x", nameof(NumberKind.TradeValue), '.', null, "value '1e3x' is not a number")]
    [InlineData("1,5", nameof(NumberKind.TradeValue), '.', null, "value '1,5' is not a number")]
    [InlineData("e5", nameof(NumberKind.TradeValue), '.', null, "value 'e5' is not a number")]
    [InlineData("1e", nameof(NumberKind.TradeValue), '.', null, "value '1e' is not a number")]
    public void When_a_number_is_out_of_range_then_it_is_named_out_of_range_with_the_limit_of_its_kind(string text, string kind, char point, char? thousands, string message) =>
        Assert.Equal(message, NumberText.Refused(text, kind: Enum.Parse<NumberKind>(kind), decimalSeparator: point, thousandsSeparator: thousands));

    [Fact]
    public void When_a_number_has_a_million_digits_then_it_is_too_large_and_a_long_small_one_is_too_long()
    {
        Assert.Equal("value '" + new string('9', 1_000_000) + "' is too large: above the ceiling of 10^15 USD (40 years of world trade)", NumberText.Refused(new string('9', 1_000_000)));
        var longSmall = "0." + new string('0', 2000) + "1";
        Assert.Equal($"value '{longSmall}' is 2,003 characters long, more than the 1,024 a number may have", NumberText.Refused(longSmall));
    }

    [Theory]
    [InlineData("1e308", 0, "value '1e308' is out of range: above 2,147,483,647, the largest this column holds")]
    [InlineData("99999999999", 0, "value '99999999999' is out of range: above 2,147,483,647, the largest this column holds")]
    [InlineData("-1", 0, "value '-1' is out of range: below 0, the smallest this column holds")]
    [InlineData("-1e308", int.MinValue, "value '-1e308' is out of range: below -2,147,483,648, the smallest this column holds")]
    [InlineData("2010.5", 0, "value '2010.5' is not a whole number")]
    [InlineData("20x0", 0, "value '20x0' is not a number")]
    public void When_a_whole_number_is_refused_then_the_reason_is_named(string text, int min, string message) =>
        Assert.Equal(message, NumberText.RefusedWhole(text, min: min));

    [Theory]
    [InlineData("1e308", false, 308L)]
    [InlineData("-0.05", true, -2L)]
    [InlineData("+12,345.6", false, 4L)]
    [InlineData("0.0e5", false, null)]
    [InlineData("-0", false, null)]
    [InlineData(".5", false, -1L)]
    [InlineData("5.", false, 0L)]
    public void When_a_number_is_read_for_its_size_then_sign_and_magnitude_are_found(string text, bool negative, long? magnitude)
    {
        Assert.True(NumberSyntax.TryRead(text, '.', ',', out var number));
        Assert.Equal(new NumberSyntax(negative, magnitude), number);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1e+")]
    [InlineData("NaN")]
    [InlineData("1.2.3")]
    [InlineData("12 3")]
    public void When_a_text_is_not_written_as_a_number_then_it_is_not_read(string text) =>
        Assert.False(NumberSyntax.TryRead(text, '.', ',', out _));

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
