using Turnover.Core;
using Turnover.Testing;

namespace Turnover.Application.Tests;

/// <summary>
/// Answers name the releases behind their figures: on a store holding China's customs totals beside the Wind export of
/// its imports by origin (both of source GACC), product answers the Wind file only, and answers on the pair's totals
/// (claims, forecasts) the totals' file only; each named every release of the source.
/// </summary>
public sealed class ReleasesBehindAnswersTests : IDisposable
{
    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);
    private static readonly Country s_russia = CountryCatalog.Default.FromCode(643);
    private readonly Turnover.Store.TradeStore _store = Stores.With(Stores.ChinaRussia, WindColumns.ByOrigin);

    private static string Wind => Path.GetFileName(WindColumns.ByOrigin);

    private static string Totals => Path.GetFileName(Stores.ChinaRussia);

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

    [Fact]
    public void When_a_claim_on_the_pairs_totals_is_judged_then_its_evidence_names_the_totals_release()
    {
        var claim = Assert.Single(new ClaimCheckQuery(_store).Run(new ClaimCheckRequest("China's imports from Russia reached $114.15 billion in 2022.", new DateOnly(2026, 11, 28))).Value.Claims);

        Assert.Equal([Totals], claim.Evidence!.Releases.Select(r => r.FileName));
    }

    [Fact]
    public void When_the_pair_is_forecast_then_the_answer_names_the_totals_release() =>
        Assert.Equal([Totals], new ForecastQuery(_store).Run(new ForecastRequest(new SourceRequest(s_china, s_russia), Measure.Turnover, Turnover.Analytics.Forecasting.Forecasters.Get("snaive"))).Value.Releases.Select(r => r.FileName));
}
