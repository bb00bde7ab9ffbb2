namespace Turnover.Application;

/// <summary>
/// A part of a request that a failure can point to: each host names it its own way (the command line an option, the
/// web a query parameter), so a use case's failure names no host's parameters.
/// </summary>
public enum RequestParameter
{
    /// <summary>How many rows a product question lists (<see cref="ProductsRequest"/>, <see cref="SuppliersRequest"/>, <see cref="DecomposeRequest"/>).</summary>
    Top,

    /// <summary>Where a saved article came from (<see cref="ClaimSaveRequest.Source"/>).</summary>
    ArticleSource,

    /// <summary>Only figures published by a date (<see cref="SourceRequest.AsOf"/> and the other requests' as-of dates).</summary>
    AsOf,
}
