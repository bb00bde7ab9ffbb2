using Turnover.Core;
using Turnover.Testing;

namespace Turnover.Application.Tests;

/// <summary>
/// Product answers name the releases whose lines they summed: on a store holding China's customs totals beside the Wind
/// export of its imports by origin, the Wind file only, not the totals' file (a product line never comes from it).
/// </summary>
public sealed class LineReleasesTests : IDisposable
{
    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);
    private static readonly Country s_russia = CountryCatalog.Default.FromCode(643);
    private readonly Turnover.Store.TradeStore _store = Stores.With(Stores.ChinaRussia, WindColumns.ByOrigin);

    private static string Wind => Path.GetFileName(WindColumns.ByOrigin);

    public void Dispose() => _store.Dispose();

    [Fact]
    public void When_products_are_read_then_the_answer_names_the_lines_release() =>
        Assert.Equal([Wind], new ProductsQuery(_store).Run(new ProductsRequest(s_china, s_russia) { Years = YearRange.Of(2021) }).Value.Releases.Select(r => r.FileName));

    [Fact]
    public void When_a_change_is_decomposed_then_the_answer_names_the_lines_release() =>
        Assert.Equal([Wind], new DecomposeQuery(_store).Run(new DecomposeRequest(s_china, s_russia) { Years = YearRange.Of(2021) }).Value.Releases.Select(r => r.FileName));

    [Fact]
    public void When_suppliers_are_read_then_the_answer_names_the_lines_release() =>
        Assert.Equal([Wind], new SuppliersQuery(_store).Run(new SuppliersRequest(Product.Hs(2709, 4, null), s_china)).Value.Releases.Select(r => r.FileName));
}
