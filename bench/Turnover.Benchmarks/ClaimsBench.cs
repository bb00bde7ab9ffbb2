using System.Diagnostics;
using System.Globalization;
using System.Text;
using Turnover.Claims;

namespace Turnover.Benchmarks;

/// <summary>
/// Claim extraction on a megabyte of mixed-language news (<see cref="ClaimsText"/>): the console runner prints wall and
/// CPU time, MB/s and the claims found per round; <see cref="ClaimsMicro"/> is the BenchmarkDotNet form.
/// </summary>
internal static class ClaimsBench
{
    public static int Run(string? dataFolder, int rounds)
    {
        if (Folder(dataFolder) is not { } folder)
        {
            return 1;
        }

        var text = ClaimsText.Build(folder, 1_000_000);
        var megabytes = Encoding.UTF8.GetByteCount(text) / 1e6;
        ClaimExtractor.Extract(ClaimsText.Block(folder)); // warm up: regex construction and JIT are not the per-text cost
        Console.WriteLine($"claims: {text.Length:N0} characters, {megabytes:F2} MB UTF-8, load average {LoadAverage()}");
        for (var round = 1; round <= rounds; round++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var result = ClaimExtractor.Extract(text);
            clock.Stop();
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            if (!result.Success)
            {
                Console.Error.WriteLine(result.Error);
                return 1;
            }

            // CPU time as well as wall time: on a shared, loaded machine the wall clock mostly measures the queue.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: {result.Claims.Count:N0} claims, {clock.Elapsed.TotalMilliseconds:N0} ms wall, {cpu.TotalMilliseconds:N0} ms CPU, {megabytes / clock.Elapsed.TotalSeconds:F2} MB/s wall, {megabytes / cpu.TotalSeconds:F2} MB/s CPU"));
        }

        return 0;
    }

    /// <summary>
    /// Writes the benchmark's megabyte to <paramref name="path"/> (UTF-8, no BOM): the text 'turnover claims' is timed
    /// on end to end, built at run time like the benchmark's own, so nothing of ../shared is copied into the repository.
    /// </summary>
    public static int WriteText(string path, string? dataFolder)
    {
        if (Folder(dataFolder) is not { } folder)
        {
            return 1;
        }

        var text = ClaimsText.Build(folder, 1_000_000);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Console.WriteLine($"{path}: {Encoding.UTF8.GetByteCount(text):N0} bytes");
        return 0;
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string? Folder(string? dataFolder)
    {
        var folder = string.IsNullOrEmpty(dataFolder) ? ClaimsText.DefaultDataFolder() : dataFolder;
        if (File.Exists(Path.Combine(folder, "articles", "000_87dd0651f91ea8c8.txt")))
        {
            return folder;
        }

        Console.Error.WriteLine($"{folder}: the seed article and labelled sentences of ../shared/data are not there; pass the data folder");
        return null;
    }
}
