using System.Runtime.CompilerServices;

namespace Turnover.Testing;

/// <summary>
/// Golden-file (snapshot) checks in the spirit of Verify: the expected text lives in
/// <c>Expectations/NAME.verified.txt</c> beside the test file; a mismatch writes <c>NAME.received.txt</c>
/// next to it and fails. Set TURNOVER_ACCEPT=1 to accept received output as the new expectation.
/// </summary>
public static class Golden
{
    /// <summary>Compares <paramref name="actual"/> with the verified snapshot called <paramref name="name"/>.</summary>
    /// <exception cref="GoldenMismatchException">The text differs, or no snapshot exists yet.</exception>
    public static void Verify(string actual, string name, [CallerFilePath] string testFile = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        var folder = Path.Combine(Path.GetDirectoryName(testFile)!, "Expectations");
        Directory.CreateDirectory(folder);
        var verified = Path.Combine(folder, name + ".verified.txt");
        var received = Path.Combine(folder, name + ".received.txt");
        var normalised = actual.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
        if (Environment.GetEnvironmentVariable("TURNOVER_ACCEPT") == "1")
        {
            File.WriteAllText(verified, normalised);
        }

        if (File.Exists(verified) && File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal) == normalised)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, normalised);
        throw new GoldenMismatchException(File.Exists(verified)
            ? $"Output differs from {verified}; see {received} (diff them; accept with TURNOVER_ACCEPT=1)."
            : $"No snapshot {verified} yet; review {received} and accept with TURNOVER_ACCEPT=1.");
    }

    /// <summary>
    /// Compares <paramref name="actual"/> with a golden file kept under its own name, e.g. <c>Golden/series.chn-rus.json</c>
    /// beside the test file: a mismatch writes <c>Golden/series.chn-rus.received.json</c> and fails with the first lines
    /// that differ. Accept a deliberate change by moving the received file over the golden one, or with TURNOVER_ACCEPT=1.
    /// </summary>
    /// <param name="actual">The output.</param>
    /// <param name="relativePath">The golden file's path relative to the test file's folder, with its extension.</param>
    /// <param name="testFile">Supplied by the compiler.</param>
    /// <exception cref="GoldenMismatchException">The text differs, or no golden file exists yet.</exception>
    public static void VerifyFile(string actual, string relativePath, [CallerFilePath] string testFile = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(relativePath);
        var golden = Path.Combine(Path.GetDirectoryName(testFile)!, relativePath);
        var received = Path.ChangeExtension(golden, ".received" + Path.GetExtension(golden));
        Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
        var normalised = actual.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
        if (Environment.GetEnvironmentVariable("TURNOVER_ACCEPT") == "1")
        {
            File.WriteAllText(golden, normalised);
        }

        var expected = File.Exists(golden) ? File.ReadAllText(golden).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == normalised)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, normalised);
        throw new GoldenMismatchException(expected is null
            ? $"No golden file {golden} yet; review {received} and rename it to {Path.GetFileName(golden)} (or run with TURNOVER_ACCEPT=1)."
            : $"Output differs from {golden}:\n{FirstDifference(expected, normalised)}\nThe output is in {received}: if the change is deliberate, move it over {Path.GetFileName(golden)} (or run with TURNOVER_ACCEPT=1).");
    }

    // The first line that differs, with two lines of context, as "-expected" / "+actual" lines.
    private static string FirstDifference(string expected, string actual)
    {
        var (e, a) = (expected.Split('\n'), actual.Split('\n'));
        var at = 0;
        while (at < e.Length && at < a.Length && e[at] == a[at])
        {
            at++;
        }

        var from = Math.Max(0, at - 2);
        var lines = new List<string> { $"@@ line {at + 1} @@" };
        lines.AddRange(e[from..at].Select(l => "  " + l));
        lines.AddRange(e.Skip(at).Take(3).Select(l => "- " + l));
        lines.AddRange(a.Skip(at).Take(3).Select(l => "+ " + l));
        return string.Join('\n', lines);
    }
}
