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
}
