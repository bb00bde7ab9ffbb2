using System.Diagnostics;
using Turnover.Ingest;
using Turnover.Ingest.Baci;

namespace Turnover.Benchmarks;

/// <summary>The BACI reader alone (parse into records, nothing stored): the floor under the ingest time.</summary>
internal static class ReadBench
{
    public static int Run(string path)
    {
        var context = new ReadContext(path, new IngestOptions());
        var clock = Stopwatch.StartNew();
        long records = 0;
        foreach (var record in new BaciReader().Read(context))
        {
            records += record.SourceLine > 0 ? 1 : 0;
        }

        clock.Stop();
        Console.WriteLine($"baci reader: {records:N0} records in {clock.Elapsed.TotalSeconds:F2} s ({clock.Elapsed.TotalMicroseconds / Math.Max(records, 1) * 1000:F0} ns a record), {context.Errors.Count} errors");
        return context.HasErrors ? 1 : 0;
    }
}
