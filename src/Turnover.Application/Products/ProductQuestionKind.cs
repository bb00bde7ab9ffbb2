namespace Turnover.Application;

/// <summary>The product questions that need an HS code rather than the total of all goods.</summary>
public enum ProductQuestionKind
{
    /// <summary>Who supplies a product to an importer (<see cref="SuppliersQuery"/>).</summary>
    Suppliers,

    /// <summary>A product's change split into price and volume (<see cref="DecomposeQuery"/>).</summary>
    Decompose,
}
