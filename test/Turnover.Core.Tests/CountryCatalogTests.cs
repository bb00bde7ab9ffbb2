using Turnover.Core;

namespace Turnover.Core.Tests;

public sealed class CountryCatalogTests
{
    private static readonly CountryCatalog s_catalog = CountryCatalog.Default;

    [Theory]
    [InlineData("Russian Federation", 643)]
    [InlineData("Russia", 643)]
    [InlineData("RUS", 643)]
    [InlineData("ru", 643)]
    [InlineData("643", 643)]
    [InlineData("China", 156)]
    [InlineData("PRC", 156)]
    [InlineData("China, peoples' republic of", 156)]
    [InlineData("Mainland China", 156)]
    [InlineData("CHN", 156)]
    [InlineData("842", 842)]
    [InlineData("840", 842)]
    [InlineData("USA", 842)]
    [InlineData("United States", 842)]
    [InlineData("251", 251)]
    [InlineData("FRA", 251)]
    [InlineData("699", 699)]
    [InlineData("356", 699)]
    [InlineData("757", 757)]
    [InlineData("490", 490)]
    [InlineData("Other Asia, nes", 490)]
    [InlineData("Rep. of Korea", 410)]
    [InlineData("South Korea", 410)]
    [InlineData("0", 0)]
    [InlineData("World", 0)]
    [InlineData("  Côte d'Ivoire ", 384)]
    [InlineData("Cote d'Ivoire", 384)]
    public void When_a_code_or_name_is_known_then_it_resolves_to_the_trade_code(string text, int code)
    {
        var resolution = s_catalog.Resolve(text);

        Assert.True(resolution.Success, resolution.ErrorMessage);
        Assert.Equal(code, resolution.Country.Code);
    }

    [Fact]
    public void When_the_aliases_are_listed_then_each_is_as_written_with_its_country()
    {
        // The claims reader finds them in text as written: "North Korea" is not South Korea.
        var aliases = CountryCatalog.Default.Aliases;

        Assert.Equal(("PRK", "KOR"), (aliases["North Korea"].Iso3, aliases["South Korea"].Iso3));
        Assert.All(aliases, a => Assert.Equal(a.Value, CountryCatalog.Default.Resolve(a.Key).Country));
    }

    [Fact]
    public void When_a_name_is_misspelt_then_the_error_suggests_the_closest()
    {
        var resolution = s_catalog.Resolve("Rusia");

        Assert.False(resolution.Success);
        Assert.Equal("unknown country 'Rusia' (did you mean 'Russian Federation'?)", resolution.ErrorMessage);
    }

    [Theory]
    [InlineData("XXX")]
    [InlineData("ZZ")]
    [InlineData("QQQQ")]
    public void When_a_code_is_nothing_like_any_then_no_suggestion_is_made(string text) =>
        Assert.Equal($"unknown country '{text}'", s_catalog.Resolve(text).ErrorMessage);

    [Theory]
    [InlineData("USX", "USA")]
    [InlineData("RUSS", "Russian Federation")]
    [InlineData("Chiina", "China")]
    [InlineData("Indai", "India")]
    [InlineData("Koera", "Rep. of Korea")]
    public void When_a_code_or_name_is_one_slip_away_then_it_is_suggested(string text, string suggestion) =>
        Assert.Equal($"unknown country '{text}' (did you mean '{suggestion}'?)", s_catalog.Resolve(text).ErrorMessage);

    [Fact]
    public void When_a_name_is_megabytes_long_then_it_fails_at_once_without_a_suggestion()
    {
        // Levenshtein against every name would take length × length steps; the lengths alone rule every name out.
        var resolution = CountryCatalog.Default.Resolve("China" + new string('x', 5_000_000));

        Assert.False(resolution.Success);
        Assert.Null(resolution.Suggestion);
    }

    [Theory]
    [InlineData("Rusia", "Russia", 3, 1)]
    [InlineData("Rusia", "Russian Federation", 3, null)]
    [InlineData("kitten", "sitting", 3, 3)]
    [InlineData("kitten", "sitting", 2, null)]
    [InlineData("Indai", "India", 1, 1)] // a swap of neighbours is one slip (two for Levenshtein)
    [InlineData("ab", "ba", 1, 1)]
    [InlineData("ca", "abc", 3, 3)] // each substring edited once: not "swap, then insert between"
    public void When_the_distance_is_bounded_then_it_is_exact_within_the_bound_and_null_beyond(string a, string b, int limit, int? expected)
    {
        Assert.Equal(expected, EditDistance.Within(a, b, limit));
    }

    [Fact]
    public void When_a_code_is_unknown_then_resolution_fails_without_a_suggestion()
    {
        var resolution = s_catalog.Resolve("999");

        Assert.False(resolution.Success);
        Assert.Equal("unknown country '999'", resolution.ErrorMessage);
    }

    [Fact]
    public void When_the_baci_table_has_mojibake_names_then_they_are_repaired()
    {
        Assert.Equal("Côte d'Ivoire", s_catalog.FromCode(384).Name);
        Assert.Equal("Curaçao", s_catalog.FromCode(531).Name);
        Assert.Equal("Saint Barthélemy", s_catalog.FromCode(652).Name);
    }

    [Fact]
    public void When_a_code_is_not_an_iso_country_then_it_has_no_iso_codes()
    {
        var otherAsia = s_catalog.FromCode(490);

        Assert.Null(otherAsia.Iso3);
        Assert.Equal("490", otherAsia.Label);
        Assert.Null(s_catalog.FromCode(516).Iso2); // Namibia's "NA" was read as missing in the BACI table
        Assert.Equal("NAM", s_catalog.FromCode(516).Iso3);
    }

    [Fact]
    public void When_countries_are_compared_then_equality_is_by_code()
    {
        Assert.Equal(s_catalog.FromCode(840), s_catalog.FromCode(842));
        Assert.NotEqual(s_catalog.FromCode(156), s_catalog.FromCode(344));
        Assert.True(s_catalog.World.IsWorld);
    }
}
