using System.Diagnostics;
using System.Globalization;

namespace Turnover.Fuzz;

/// <summary>Wall time spent per phase of a worker's cases.</summary>
internal sealed class PhaseTimes
{
    private readonly Dictionary<string, long> _ticks = [];

    public void Add(string phase, long startedAt) =>
        _ticks[phase] = _ticks.GetValueOrDefault(phase) + (Stopwatch.GetTimestamp() - startedAt);

    public override string ToString() =>
        string.Join(", ", _ticks.OrderByDescending(p => p.Value).Select(p =>
            string.Create(CultureInfo.InvariantCulture, $"{p.Key} {Stopwatch.GetElapsedTime(0, p.Value).TotalSeconds:0.00} s")));
}
