using Turnover.Core;

namespace Turnover.Application;

/// <summary>No line of the product is stored for the importer's imports (from any source).</summary>
/// <param name="Importer">The importing country.</param>
/// <param name="Product">The HS code.</param>
public sealed record NoSupplierLines(Country Importer, Product Product) : FailureReason;
