using Turnover.Core;
using Turnover.Ingest.Reference;
using Turnover.Ingest.Wind;

namespace Turnover.Application;

/// <summary>
/// A product's name where one is known: a commodity's own (FAO's), an HS 6-digit code's from the bundled BACI
/// product code table (<c>data/reference/baci_product_codes.csv</c>), else Wind's name of the HS line it stores
/// (crude oil, coal, LNG…). Chapters and headings otherwise have none: the bundled table names only 6-digit codes.
/// </summary>
internal static class ProductNames
{
    /// <summary>The bundled product code table, relative to the data folder.</summary>
    public const string Bundled = "reference/baci_product_codes.csv";

    private static readonly Lazy<ProductCodeTable> s_table = new(Load);

    /// <summary>The product's name, or null.</summary>
    public static string? Of(Product product) =>
        product.IsCommodity ? product.Name
        : product.IsTotal ? null
        : (product.Digits == 6 ? s_table.Value.NameOf(product.Code) : null) ?? WindProductNames.Of(product.Code, product.Digits);

    // Without the bundled data folder (an installed tool run elsewhere) products are shown by code alone.
    private static ProductCodeTable Load()
    {
        if (BundledData.FindFolder() is not { } folder || !File.Exists(Path.Combine(folder, Bundled)))
        {
            return ProductCodeTable.Empty;
        }

        using var text = File.OpenText(Path.Combine(folder, Bundled));
        return ProductCodeTable.Read(text);
    }
}
