using System.Globalization;

namespace Turnover.Ingest.Internal;

/// <summary>
/// Problems of one cause that recur row after row (a currency the exchange rates do not hold, a month without a rate):
/// each is reported once, on the first line it occurs on, with the count of the other lines it occurs on, instead of
/// once per row, which buried every other error under hundreds of copies. The file is refused all the same.
/// </summary>
/// <remarks>Nothing is reported until <see cref="Report"/>, which the reader calls when its rows are read.</remarks>
internal sealed class RecurringErrors(ReadContext context)
{
    private readonly Dictionary<string, Occurrences> _byProblem = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    /// <summary>
    /// Counts one occurrence of <paramref name="problem"/> (its cause, e.g. "unknown currency 'XYZ'") on a line;
    /// <paramref name="consequence"/> and <paramref name="column"/> are kept from its first line.
    /// </summary>
    public void Add(string problem, string consequence, long line, string column)
    {
        if (_byProblem.TryGetValue(problem, out var seen))
        {
            seen.Count(line);
            return;
        }

        _byProblem[problem] = new Occurrences(line, column, consequence);
        _order.Add(problem);
    }

    /// <summary>
    /// Reports each problem once, as "PROBLEM on line L and N more lines: CONSEQUENCE" on its first line (just
    /// "PROBLEM: CONSEQUENCE" when it occurs on one line), in the order first met.
    /// </summary>
    public void Report()
    {
        foreach (var problem in _order)
        {
            var seen = _byProblem[problem];
            var where = seen.MoreLines switch
            {
                0 => string.Empty,
                1 => string.Create(CultureInfo.InvariantCulture, $" on line {seen.FirstLine} and 1 more line"),
                var more => string.Create(CultureInfo.InvariantCulture, $" on line {seen.FirstLine} and {more:N0} more lines"),
            };
            context.Error(seen.FirstLine, seen.Column, $"{problem}{where}: {seen.Consequence}");
        }

        _byProblem.Clear();
        _order.Clear();
    }

    private sealed class Occurrences(long firstLine, string column, string consequence)
    {
        private long _lastLine = firstLine;

        public long FirstLine { get; } = firstLine;

        public string Column { get; } = column;

        public string Consequence { get; } = consequence;

        /// <summary>Lines after the first it occurred on (a row with two values counts once).</summary>
        public long MoreLines { get; private set; }

        public void Count(long line)
        {
            if (line != _lastLine)
            {
                MoreLines++;
                _lastLine = line;
            }
        }
    }
}
