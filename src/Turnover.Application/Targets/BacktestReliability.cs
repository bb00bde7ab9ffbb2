using System.Globalization;
using System.Text.Json;
using Turnover.Analytics.Targets;

namespace Turnover.Application;

/// <summary>
/// The target backtest's reliability tables, as measured (data/calibration/reliability.json, built into the assembly
/// so that an installed tool has them): for a method and a stated probability, how often targets given about as much
/// were met, pooled over every set of series and per set.
/// </summary>
internal static class BacktestReliability
{
    private const string Resource = "Turnover.Application.reliability.json";

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<MeasuredReliability>>> s_tables = new(Read);

    /// <summary>
    /// The bins holding <paramref name="probability"/> (0–1) of the method named <paramref name="method"/> (its
    /// forecaster's name): pooled first, then each set; empty for a method not measured.
    /// </summary>
    public static IReadOnlyList<MeasuredReliability> For(string method, double probability)
    {
        if (!s_tables.Value.TryGetValue(method, out var bins) || double.IsNaN(probability))
        {
            return [];
        }

        var pct = Math.Clamp(probability * 100, 0, 100);
        return [.. bins.Where(b => pct >= b.FromPct && (pct < b.ToPct || b.ToPct == 100))];
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<MeasuredReliability>> Read()
    {
        using var stream = typeof(BacktestReliability).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"the build lacks its resource {Resource}");
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var measured = DateOnly.ParseExact(root.GetProperty("measured").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var tables = new Dictionary<string, IReadOnlyList<MeasuredReliability>>(StringComparer.Ordinal);
        foreach (var method in root.GetProperty("methods").EnumerateArray())
        {
            var sets = method.GetProperty("sets").EnumerateArray()
                .SelectMany(set => set.GetProperty("bins").EnumerateArray().Select(b => new MeasuredReliability(
                    set.GetProperty("set").GetString()!, b.GetProperty("fromPct").GetInt32(), b.GetProperty("toPct").GetInt32(),
                    b.GetProperty("targets").GetInt32(), b.GetProperty("met").GetInt32(), b.GetProperty("meanStatedPct").GetDouble(), measured)))
                .ToList();
            // Pooled: every set's targets of a bin together, their stated probabilities weighted by their counts.
            var pooled = sets.GroupBy(b => (b.FromPct, b.ToPct))
                .Select(g => new MeasuredReliability(
                    "pooled", g.Key.FromPct, g.Key.ToPct, g.Sum(b => b.Targets), g.Sum(b => b.Met),
                    g.Sum(b => b.Targets) == 0 ? double.NaN : g.Sum(b => b.MeanStatedPct * b.Targets) / g.Sum(b => b.Targets), measured));
            tables[method.GetProperty("method").GetString()!] = [.. pooled, .. sets];
        }

        return tables;
    }
}
