namespace Turnover.Claims;

/// <summary>Whether a figure is about total goods trade or only part of it.</summary>
public enum SubsetKind : byte
{
    /// <summary>Total trade between the two countries.</summary>
    None = 0,

    /// <summary>A product group (crude oil, gas, farm goods…): never to be compared with total trade.</summary>
    ProductGroup = 1,

    /// <summary>A physical volume (tonnes, barrels): not a value at all.</summary>
    Volume = 2,

    /// <summary>
    /// Part of the flow named by a word before it that is no product ("seaborne imports", "non-oil exports"): never
    /// to be compared with total trade either.
    /// </summary>
    Qualified = 3,
}
