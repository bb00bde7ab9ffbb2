using Turnover.Analytics.Targets;
using Turnover.Core;

namespace Turnover.Analytics.Tests.Targets;

/// <summary>Valuation wording is a view of each source's declared bases (SourceCatalog): the same words as before the catalogue.</summary>
public sealed class ValuationTests
{
    private const string Fas = "at f.a.s. value (free alongside ship at the US port)";
    private const string Customs = "at customs value (the transaction price, without freight and insurance; not CIF)";
    private const string Fob = "FOB";
    private const string Cif = "CIF (with freight and insurance)";
    private const string Comtrade = "as the reporter declared them to UN Comtrade (usually exports FOB, imports CIF)";
    private const string Baci = "FOB (CEPII's reconciled estimate)";
    private const string NotStated = "as the file's publisher values them (not stated to turnover)";

    [Theory]
    [InlineData(SourceKind.UsCensus, Fas, Customs, NotStated)]
    [InlineData(SourceKind.Gacc, Fob, Cif, NotStated)]
    [InlineData(SourceKind.Kosis, Fob, Cif, NotStated)]
    [InlineData(SourceKind.Imf, Fob, Cif, NotStated)]
    [InlineData(SourceKind.Comtrade, Comtrade, Comtrade, Comtrade)]
    [InlineData(SourceKind.Baci, Baci, Baci, Baci)]
    [InlineData(SourceKind.Mapped, NotStated, NotStated, NotStated)]
    public void When_a_source_valuation_is_described_then_each_measure_gets_its_wording(SourceKind source, string exports, string imports, string bothWays)
    {
        Assert.Equal(
            (exports, imports, bothWays, bothWays),
            (Valuation.Of(source, Measure.Exports), Valuation.Of(source, Measure.Imports), Valuation.Of(source, Measure.Turnover), Valuation.Of(source, Measure.Balance)));
    }

    [Fact]
    public void When_imports_are_valued_cif_then_they_include_freight()
    {
        Assert.Equal(
            [SourceKind.Imf, SourceKind.Gacc, SourceKind.Kosis],
            Enum.GetValues<SourceKind>().Where(Valuation.ImportsIncludeFreight));
    }
}
