namespace Turnover.Store.Internal;

/// <summary>
/// The layout of a record's <c>detail</c> column: derivation (bits 0–7) | units id (bits 8–19, 0 = no quantity) |
/// classifications id (bits 20–30, 0 = unknown). The one definition: <c>Sql/schema.sql</c> decodes it through
/// <c>{Detail.…}</c> placeholders that <see cref="SqlText"/> fills from these constants.
/// </summary>
internal static class RecordDetail
{
    public const int DerivationBits = 8, UnitBits = 12, ClassificationBits = 11;

    public const int DerivationShift = 0;
    public const int UnitShift = DerivationShift + DerivationBits;
    public const int ClassificationShift = UnitShift + UnitBits;

    /// <summary>Every field: what the SQL placeholders <c>{Detail.Name.Shift}</c>, <c>.Bits</c> and <c>.Mask</c> name.</summary>
    public static IReadOnlyList<(string Name, int Shift, int Bits)> Fields { get; } =
    [
        ("Derivation", DerivationShift, DerivationBits),
        ("Unit", UnitShift, UnitBits),
        ("Classification", ClassificationShift, ClassificationBits),
    ];

    /// <summary>The detail of a record.</summary>
    public static int Pack(int derivation, int unitId, int classificationId) =>
        (derivation << DerivationShift) | (unitId << UnitShift) | (classificationId << ClassificationShift);
}
