using System.Globalization;
using System.Text.RegularExpressions;
using Turnover.Core;
using Turnover.Testing;

namespace Turnover.Cli.Tests;

/// <summary>The README's table of publication lags ("As of a date") says what the source catalogue declares.</summary>
public sealed partial class ReadmeSourceLagsTests
{
    [Fact]
    public void When_the_readme_lists_publication_lags_then_each_is_the_declared_lag()
    {
        var rows = File.ReadLines(Path.Combine(RepoPaths.Root, "README.md"))
            .SkipWhile(line => !line.StartsWith("| source | lag used |", StringComparison.Ordinal))
            .Skip(2)
            .TakeWhile(line => line.StartsWith('|'))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Select(cells => (Name: cells[1], Days: int.Parse(LeadingDays().Match(cells[2]).Groups[1].Value, CultureInfo.InvariantCulture)))
            .ToList();

        // A row names the source by its display name, or by its code in capitals ("China's customs (GACC)").
        var documented = rows.Select(row => (Source: SourceCatalog.All.Single(s => row.Name == s.DisplayName || row.Name.Contains(s.Code.ToUpperInvariant(), StringComparison.Ordinal)), row.Days));

        Assert.Equal(
            SourceCatalog.All.Where(s => s.PublicationLagDays > 0).Select(s => (s.Kind, s.PublicationLagDays)).OrderBy(s => s.Kind),
            documented.Select(d => (d.Source.Kind, d.Days)).OrderBy(d => d.Kind));
    }

    [GeneratedRegex(@"^(\d+) days")]
    private static partial Regex LeadingDays();
}
