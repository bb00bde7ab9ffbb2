namespace Turnover.Core.Tests;

public sealed class SourceCatalogTests
{
    [Fact]
    public void When_sources_are_listed_then_every_kind_is_declared_once_in_enum_order()
    {
        Assert.Equal(Enum.GetValues<SourceKind>(), SourceCatalog.All.Select(s => s.Kind));
        Assert.Equal(SourceCatalog.All.Count, SourceCatalog.All.Select(s => s.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(SourceCatalog.All.Count, SourceCatalog.All.Select(s => s.ReaderFormat).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(Enum.GetValues<SourceKind>(), kind => Assert.Equal(kind, SourceCatalog.Of(kind).Kind));
    }

    [Theory]
    [InlineData("Gacc", SourceKind.Gacc)]
    [InlineData("gacc", SourceKind.Gacc)]
    [InlineData("UsCensus", SourceKind.UsCensus)]
    [InlineData("census", SourceKind.UsCensus)]
    [InlineData("CENSUS", SourceKind.UsCensus)]
    [InlineData("baci", SourceKind.Baci)]
    [InlineData("Mapped", SourceKind.Mapped)]
    public void When_a_user_names_a_source_by_code_or_reader_format_then_it_is_found_in_any_case(string name, SourceKind expected)
    {
        Assert.Equal(expected, SourceCatalog.FromName(name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("comtrad")]
    [InlineData("4")]
    [InlineData("Gacc, Imf")]
    public void When_a_name_is_not_a_source_then_none_is_found(string name)
    {
        Assert.Null(SourceCatalog.FromName(name));
    }

    [Fact]
    public void When_a_stored_code_is_read_back_then_it_gives_its_source_and_only_the_exact_code_does()
    {
        Assert.All(SourceCatalog.All, s => Assert.Equal(s.Kind, SourceCatalog.FromCode(s.Code)));
        Assert.Throws<ArgumentException>(() => SourceCatalog.FromCode("gacc"));
        Assert.Throws<ArgumentOutOfRangeException>(() => SourceCatalog.Of((SourceKind)99));
    }

    [Fact]
    public void When_a_source_is_reconciled_then_the_views_agree_with_its_declaration()
    {
        Assert.Equal([SourceKind.Baci], SourceKinds.Reconciled);
        Assert.All(SourceCatalog.All, s => Assert.Equal(s.Reconciled, s.Kind.IsReconciled()));
    }
}
