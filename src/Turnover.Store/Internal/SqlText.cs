using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Turnover.Core;

namespace Turnover.Store.Internal;

/// <summary>
/// Fills the placeholders of the embedded SQL from the C# definitions, so that a code or a bit layout is written once:
/// <c>{Flow.Export}</c> and <c>{Derivation.CurrencyConverted}</c> (the enums' values), <c>{Key.Flow.Shift}</c>,
/// <c>{Key.Flow.Mask}</c>, <c>{Key.Flow.Bits}</c> and the like (<see cref="RecordKey"/>, <see cref="RecordDetail"/>),
/// <c>{Sources.Reconciled}</c> (the reconciled sources' codes, from <see cref="SourceCatalog"/>, as SQL strings), and
/// <c>{Flow.Names}</c> and <c>{Derivation.Names}</c> (a <c>CASE</c>'s <c>WHEN code THEN 'snake_name'</c> arms, for exports).
/// </summary>
/// <remarks>
/// A placeholder is a dotted name in braces; anything else in braces (a struct literal <c>{'a': 1}</c>, a query's own
/// <c>{counts}</c>) is left alone. A dotted name that is not defined throws, so a typo cannot reach DuckDB as text.
/// </remarks>
internal static partial class SqlText
{
    /// <summary>Every placeholder's value.</summary>
    public static FrozenDictionary<string, string> Values { get; } = Define().ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The SQL with every placeholder filled.</summary>
    /// <exception cref="InvalidOperationException">A placeholder is not defined.</exception>
    public static string Expand(string sql) =>
        Placeholder().Replace(sql, match => Values.TryGetValue(match.Groups[1].Value, out var value)
            ? value
            : throw new InvalidOperationException($"SQL placeholder {match.Value} is not defined (Internal/SqlText.cs)."));

    /// <summary>A text as a SQL string literal.</summary>
    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    [GeneratedRegex(@"\{([A-Z][A-Za-z]*(?:\.[A-Za-z]+)+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    private static Dictionary<string, string> Define()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var flow in Enum.GetValues<Flow>())
        {
            values[$"Flow.{flow}"] = Number((int)flow);
        }

        values["Flow.Names"] = CaseArms<Flow>();

        foreach (var derivation in Enum.GetValues<Derivation>())
        {
            values[$"Derivation.{derivation}"] = Number((int)derivation);
        }

        values["Derivation.Names"] = CaseArms<Derivation>();

        AddFields(values, "Key", RecordKey.Fields);
        AddFields(values, "Detail", RecordDetail.Fields);
        values["Key.YearBase"] = Number(RecordKey.MinYear);
        values["Product.CommodityDigits"] = Number(Product.CommodityDigits);
        // The bits below a total's key: a product's digits and code.
        values["Key.Product.Bits"] = Number(RecordKey.ProductBits);
        // A reporter-partner pair's keys are [pair_key(a, b), pair_key(a, b) + PairLast].
        values["Key.PairLast"] = Number((1L << RecordKey.PartnerShift) - 1);
        var reconciled = SourceCatalog.All.Where(s => s.Reconciled).Select(s => Literal(s.Code)).ToList();
        values["Sources.Reconciled"] = reconciled.Count == 0 ? "NULL" : string.Join(", ", reconciled);
        return values;
    }

    private static void AddFields(Dictionary<string, string> values, string prefix, IReadOnlyList<(string Name, int Shift, int Bits)> fields)
    {
        foreach (var (name, shift, bits) in fields)
        {
            values[$"{prefix}.{name}.Shift"] = Number(shift);
            values[$"{prefix}.{name}.Bits"] = Number(bits);
            values[$"{prefix}.{name}.Mask"] = Number((1L << bits) - 1);
        }
    }

    // "WHEN 3 THEN 're_export' ...": every member, so that a new one cannot export as NULL.
    private static string CaseArms<T>()
        where T : struct, Enum =>
        string.Join(' ', Enum.GetValues<T>().Select(v => $"WHEN {Convert.ToInt64(v, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)} THEN {Literal(SnakeCase(v.ToString()))}"));

    /// <summary>ReExport as re_export: the spelling exported files use for an enum member.</summary>
    public static string SnakeCase(string name) => SnakeBoundary().Replace(name, "$1_$2").ToLowerInvariant();

    [GeneratedRegex("([a-z])([A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex SnakeBoundary();

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
