using System.Security.Cryptography;
using System.Text;

namespace Turnover.Core;

/// <summary>
/// How a release was read: the file's bytes and every input that changes the values read from them, in a fixed
/// order. Its <see cref="Identity"/> is what makes two ingests the same release: the same bytes read the same way are
/// stored once, the same bytes read another way (a corrected mapping, other rates) are a new release.
/// </summary>
public sealed record ReleaseReading
{
    /// <summary>A reading from its components; the first is the file's bytes.</summary>
    /// <exception cref="ArgumentException">No components, the first is not <c>bytes</c>, or a name appears twice.</exception>
    public ReleaseReading(IReadOnlyList<ReadingComponent> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        if (components.Count == 0 || components[0].Name != BytesName)
        {
            throw new ArgumentException($"A reading should start with its '{BytesName}' component.", nameof(components));
        }

        if (components.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() != components.Count)
        {
            throw new ArgumentException("A reading should name each component once.", nameof(components));
        }

        Components = components;
    }

    /// <summary>The name of the component holding the file's bytes.</summary>
    public const string BytesName = "bytes";

    /// <summary>The components, bytes first, in the order they enter the identity.</summary>
    public IReadOnlyList<ReadingComponent> Components { get; }

    /// <summary>The lower-case hex SHA-256 of the file's bytes.</summary>
    public string BytesHash => Components[0].Fingerprint;

    /// <summary>
    /// Lower-case hex SHA-256 over the components' names and fingerprints, one <c>name=fingerprint</c> line each in
    /// order. Labels (file names) are left out: the same bytes under another name are the same release.
    /// </summary>
    public string Identity
    {
        get
        {
            var text = new StringBuilder();
            foreach (var component in Components)
            {
                text.Append(component.Name).Append('=').Append(component.Fingerprint).Append('\n');
            }

            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        }
    }

    /// <summary>A reading of the bytes alone (what a release stored without a reading description is assumed to be).</summary>
    public static ReleaseReading OfBytes(string fileName, string sha256) => new([ReadingComponent.OfFile(BytesName, fileName, sha256)]);

    /// <summary>The names of the components that differ from <paramref name="other"/>'s, or that only one of the two has, in this reading's order then the other's.</summary>
    public IReadOnlyList<string> DifferencesFrom(ReleaseReading other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var theirs = other.Components.ToDictionary(c => c.Name, c => c.Fingerprint, StringComparer.Ordinal);
        var ours = Components.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. Components.Where(c => !theirs.TryGetValue(c.Name, out var fingerprint) || fingerprint != c.Fingerprint).Select(c => c.Name),
            .. other.Components.Where(c => !ours.Contains(c.Name)).Select(c => c.Name),
        ];
    }
}
