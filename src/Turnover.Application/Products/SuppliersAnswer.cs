using Turnover.Core;

namespace Turnover.Application;

/// <summary>An importer's suppliers of one product over the years, on one source's statistics.</summary>
/// <param name="Importer">The importing country.</param>
/// <param name="Product">The product asked.</param>
/// <param name="Source">The publisher of the lines.</param>
/// <param name="Markets">One per year shown, ascending.</param>
/// <param name="Origins">The listed origins, largest in the last year first, each with its years (a year without lines is left out).</param>
/// <param name="Others">The origins not listed, summed per year (Origin is World); empty when every origin is listed.</param>
/// <param name="OtherOrigins">How many origins <paramref name="Others"/> sums.</param>
public sealed record SuppliersAnswer(
    Country Importer,
    Product Product,
    SourceKind Source,
    IReadOnlyList<SupplierMarket> Markets,
    IReadOnlyList<IReadOnlyList<SupplierYear>> Origins,
    IReadOnlyList<SupplierYear> Others,
    int OtherOrigins)
{
    /// <summary>The product's name where one is known (a commodity's own, the bundled HS 6-digit table's, Wind's); else null.</summary>
    public string? ProductName { get; init; } = ProductNames.Of(Product);

    /// <summary>For a commodity (FAO's), the HS 6-digit line that is exactly the same goods; else null (<see cref="ProductChange.ExactHs"/>).</summary>
    public Product? ProductExactHs { get; init; }

    /// <summary>The releases whose lines were summed (<c>turnover release show ID</c>), by id.</summary>
    public IReadOnlyList<Turnover.Store.ReleaseSummary> Releases { get; init; } = [];
}
