using System.Globalization;

namespace Turnover.Fuzz;

/// <summary>The cases of one reader: how many were accepted, rejected, or failed which property, with examples.</summary>
internal sealed class ReaderSummary(string reader, int seed, long first = 0)
{
    private readonly Dictionary<(string Property, string Class), (int Count, CaseResult First)> _classes = [];

    public string Reader { get; } = reader;

    public int Seed { get; } = seed;

    /// <summary>The first case number of the run: its cases are [First, First + Cases).</summary>
    public long First { get; } = first;

    public long Cases { get; private set; }

    public long Accepted { get; private set; }

    public long Rejected { get; private set; }

    public long Failed { get; private set; }

    public TimeSpan Elapsed { get; set; }

    public IReadOnlyList<CaseResult> Failures => [.. _classes.Values.Select(v => v.First).OrderBy(f => f.Case)];

    public long FailedOn(string property) => _classes.Where(c => c.Key.Property == property).Sum(c => c.Value.Count);

    public static string Heading { get; } =
        string.Create(CultureInfo.InvariantCulture, $"{"reader",-9} {"cases",9} {"accepted",9} {"rejected",9} {"(a) crash",9} {"(b) where",9} {"(c) store",9} {"cases/s",8}  {"case numbers",-17}");

    /// <summary>One row of the table: counts so far, the rate, and the range of case numbers covered.</summary>
    public string Line() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Reader,-9} {Cases,9:N0} {Accepted,9:N0} {Rejected,9:N0} {FailedOn("a"),9:N0} {FailedOn("b"),9:N0} {FailedOn("c"),9:N0} {Cases / Math.Max(Elapsed.TotalSeconds, 1e-9),8:N0}  {First}..{First + Cases - 1}");

    public void Add(CaseResult result)
    {
        Cases++;
        switch (result.Outcome)
        {
            case Outcome.Accepted:
                Accepted++;
                break;
            case Outcome.Rejected:
                Rejected++;
                break;
            default:
                Failed++;
                var key = (result.Property, result.Class);
                _classes[key] = _classes.TryGetValue(key, out var seen) ? (seen.Count + 1, seen.First) : (1, result);
                break;
        }
    }

    public static void Print(TextWriter output, IReadOnlyList<ReaderSummary> summaries)
    {
        output.WriteLine(Heading);
        foreach (var s in summaries)
        {
            output.WriteLine(s.Line());
        }

        foreach (var s in summaries.Where(s => s.Failed > 0))
        {
            output.WriteLine();
            output.WriteLine($"{s.Reader}: {s.Failed:N0} failure(s) in {s._classes.Count} class(es); first case of each (replay: dotnet run -c Release --project bench/Turnover.Fuzz -- replay --reader {s.Reader} --seed {s.Seed} --case N):");
            foreach (var ((property, @class), (count, first)) in s._classes.OrderBy(c => c.Key.Property, StringComparer.Ordinal).ThenByDescending(c => c.Value.Count))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ({property}) {count,6:N0} x {@class}"));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      case {first.Case}: {first.Detail}"));
            }
        }
    }
}
