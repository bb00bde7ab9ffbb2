using System.Reflection;

namespace Turnover.Testing;

/// <summary>
/// Reflection checks on an assembly's public types, in the spirit of NodaTime's ConsistencyTest and MutabilityTest:
/// a concrete class is sealed (no one can subclass what was never designed for it), and a struct is readonly (no
/// defensive copies, no mutation through a copy) and implements <see cref="IEquatable{T}"/> of itself (equality
/// without boxing or reflection-based <see cref="ValueType.Equals(object)"/>).
/// </summary>
public static class TypeConsistency
{
    private const string IsReadOnlyAttribute = "System.Runtime.CompilerServices.IsReadOnlyAttribute";

    /// <summary>
    /// One line per broken rule, <c>"Namespace.Type: rule"</c>, leaving out lines listed in <paramref name="allowed"/>;
    /// an allowed line that no longer occurs is reported too, so the allow-list cannot go stale.
    /// </summary>
    public static IReadOnlyList<string> Violations(Assembly assembly, params IReadOnlyCollection<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(allowed);
        var found = assembly.GetExportedTypes().SelectMany(Broken).ToList();
        return found.Except(allowed, StringComparer.Ordinal)
            .Concat(allowed.Except(found, StringComparer.Ordinal).Select(line => line + " (allowed, but no longer broken)"))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<string> Broken(Type type)
    {
        var name = type.FullName ?? type.Name;

        // Static classes are abstract and sealed in metadata; abstract classes exist to be derived from.
        if (type.IsClass && !type.IsAbstract && !type.IsSealed)
        {
            yield return name + ": class is not sealed";
        }

        // Enums are value types that can neither be readonly nor implement interfaces; the runtime gives them equality.
        if (!type.IsValueType || type.IsEnum)
        {
            yield break;
        }

        if (!type.CustomAttributes.Any(a => a.AttributeType.FullName == IsReadOnlyAttribute))
        {
            yield return name + ": struct is not readonly";
        }

        if (!type.GetInterfaces().Contains(typeof(IEquatable<>).MakeGenericType(type)))
        {
            yield return name + ": struct does not implement IEquatable of itself";
        }
    }
}
