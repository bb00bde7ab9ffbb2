namespace Turnover.Cli.Tests;

/// <summary>
/// A browser test: it drives Debian's Chromium (<see cref="Path"/>) through Playwright, whose own browser download is
/// blocked here. Skipped, saying why, only on a machine without it; <c>.ci/run</c> installs it, so CI always runs it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Where Debian installs Chromium.</summary>
    public const string Path = "/usr/bin/chromium";

    /// <summary>Skips the test when Chromium is not installed.</summary>
    public ChromiumFactAttribute()
    {
        if (!File.Exists(Path))
        {
            Skip = $"{Path} is missing: install Debian's chromium (apt-get install chromium; .ci/run does) to run the browser tests";
        }
    }
}
