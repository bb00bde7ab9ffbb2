namespace Turnover.Core;

/// <summary>Facts about publishers that queries depend on: views of <see cref="SourceCatalog"/>.</summary>
public static class SourceKinds
{
    /// <summary>
    /// True for a reconciled dataset (CEPII BACI): one estimate per flow built from both sides' declarations and
    /// stored as exporter-to-importer rows, not any one reporter's statistics. A pair's exports and imports then come
    /// from its two directions, and the source is listed once per pair, never as two sides that could disagree.
    /// </summary>
    public static bool IsReconciled(this SourceKind source) => SourceCatalog.Of(source).Reconciled;

    /// <summary>Every reconciled source.</summary>
    public static IReadOnlyList<SourceKind> Reconciled { get; } = [.. SourceCatalog.All.Where(s => s.Reconciled).Select(s => s.Kind)];
}
