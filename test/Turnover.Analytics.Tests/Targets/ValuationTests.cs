using Turnover.Analytics.Targets;
using Turnover.Core;

namespace Turnover.Analytics.Tests.Targets;

/// <summary>Each side's valuation is its source's declared bases (SourceCatalog), as data: the renderers word them.</summary>
public sealed class ValuationTests
{
    private static readonly Country s_usa = CountryCatalog.Default.FromCode(842);

    [Theory]
    [InlineData(SourceKind.UsCensus, ValuationBasis.Fas, ValuationBasis.CustomsValue)]
    [InlineData(SourceKind.Gacc, ValuationBasis.Fob, ValuationBasis.Cif)]
    [InlineData(SourceKind.Kosis, ValuationBasis.Fob, ValuationBasis.Cif)]
    [InlineData(SourceKind.Imf, ValuationBasis.Fob, ValuationBasis.Cif)]
    [InlineData(SourceKind.Comtrade, ValuationBasis.AsDeclared, ValuationBasis.AsDeclared)]
    [InlineData(SourceKind.Baci, ValuationBasis.Fob, ValuationBasis.Fob)]
    [InlineData(SourceKind.Mapped, ValuationBasis.Unknown, ValuationBasis.Unknown)]
    [InlineData(SourceKind.Fcs, ValuationBasis.Fob, ValuationBasis.Cif)]
    public void When_a_sides_valuation_is_taken_then_it_is_its_sources_declared_bases(SourceKind source, ValuationBasis exports, ValuationBasis imports)
    {
        Assert.Equal(new SideValuation(s_usa, source, exports, imports), Valuation.Of(s_usa, source));
    }

    [Fact]
    public void When_imports_are_valued_cif_then_they_include_freight()
    {
        Assert.Equal(
            [SourceKind.Imf, SourceKind.Gacc, SourceKind.Kosis, SourceKind.Fcs],
            Enum.GetValues<SourceKind>().Where(Valuation.ImportsIncludeFreight));
    }
}
