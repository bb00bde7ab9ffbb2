using Turnover.Core;

namespace Turnover.Store.Internal;

/// <summary>
/// Which editions of a classification a load's product lines are in, seen while streaming: a file of one edition
/// (nearly every file) cannot clash with itself, and one without product lines cannot clash at all, so the SQL check
/// (Sql/edition_clashes.sql) runs only where it can find something.
/// </summary>
internal sealed class EditionScreen
{
    private string? _first;

    /// <summary>True once a product line (HS at 2, 4 or 6 digits) was seen.</summary>
    public bool HasProductLines { get; private set; }

    /// <summary>True once product lines of two editions (or of one and of none) were seen.</summary>
    public bool Mixed { get; private set; }

    /// <summary>The edition of the product lines when they are of one (null: not known, or none seen).</summary>
    public string? Edition => Mixed ? null : _first;

    public void Add(Product product)
    {
        if (product.IsTotal || product.IsCommodity || Mixed)
        {
            return;
        }

        if (!HasProductLines)
        {
            HasProductLines = true;
            _first = product.Classification;
        }
        else if (!ReferenceEquals(product.Classification, _first) && !string.Equals(product.Classification, _first, StringComparison.Ordinal))
        {
            Mixed = true;
        }
    }
}
