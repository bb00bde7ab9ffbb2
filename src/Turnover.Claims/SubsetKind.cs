namespace Turnover.Claims;

/// <summary>Whether a figure is about total goods trade, only part of it, more (services too), or services alone.</summary>
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

    /// <summary>
    /// Goods and services together ("exports of goods and services", "товаров и услуг", "货物和服务贸易"): more than the
    /// stored goods (merchandise) trade, so never to be compared with it.
    /// </summary>
    GoodsAndServices = 4,

    /// <summary>Trade in services ("trade in services", "торговля услугами", "服务贸易"): not the stored goods trade at all.</summary>
    Services = 5,
}
