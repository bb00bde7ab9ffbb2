using Turnover.Core;
using Turnover.Ingest.Fao;
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

    /// <summary>
    /// The HS 6-digit line that is exactly a commodity of a classification of its own (FAO's "Alaska pollock fillets,
    /// frozen" is HS 030475), or null: for an HS line, and for a commodity that is a part of an HS line or spans
    /// several (most of FAO's), whose figures therefore never compare with an HS line's.
    /// </summary>
    public static Product? ExactHs(Product product) =>
        product.IsCommodity && string.Equals(product.Classification, FaoReader.Classification, StringComparison.Ordinal)
        && FaoCommodities.ExactHs6(product.Name!) is { } code
            ? Product.Hs(code, 6, null)
            : null;

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
