using Turnover.Core;

namespace Turnover.Application;

/// <summary>The importer's lines of the product from the source shown hold no year of the range asked for.</summary>
/// <param name="Importer">The importing country.</param>
/// <param name="Product">The HS code.</param>
/// <param name="First">The first year asked for.</param>
/// <param name="Last">The last year asked for.</param>
/// <param name="Source">The source whose lines are shown.</param>
/// <param name="FirstStored">The first year that source's lines cover.</param>
/// <param name="LastStored">The last year they cover.</param>
public sealed record NoSupplierLinesInYears(Country Importer, Product Product, int First, int Last, SourceKind Source, int FirstStored, int LastStored) : FailureReason;
