using Turnover.Core;

namespace Turnover.Application;

/// <summary>Which products lie inside which: HS codes by their leading digits; a commodity only inside itself.</summary>
internal static class ProductNesting
{
    private static readonly int[] s_powersOfTen = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

    /// <summary>Whether a product is the other or lies inside it (2709 holds 270900, 2711 holds 271111; not 2711 in 2709).</summary>
    public static bool Inside(Product inner, Product outer) =>
        inner == outer
        || (!inner.IsCommodity && !outer.IsCommodity && !outer.IsTotal && inner.Digits > outer.Digits
            && inner.Code / s_powersOfTen[inner.Digits - outer.Digits] == outer.Code);
}
