using System.Reflection;
using System.Security.Cryptography;
using Turnover.Core;

namespace Turnover.Ingest.Gacc;

/// <summary>
/// The dates on which China's customs (GACC) first published each month's trade figures (the preliminary release,
/// which gives the month and the January-to-month cumulative), read from a file in the layout of the bundled
/// <c>data/gacc/release_dates.csv</c>: <c>data_period,release_date,source,note</c>.
/// </summary>
/// <remarks>
/// A month's release also dates every figure ending in that month: the year is December's release, a year-to-date
/// January–M total month M's, the combined January–February (filed under February) February's. The calendar is part
/// of how a GACC file is read, so <see cref="ContentHash"/> identifies which calendar dated a release's figures.
/// </remarks>
public sealed class GaccReleaseCalendar
{
    private static readonly Lazy<GaccReleaseCalendar> s_bundled = new(LoadBundled);
    private readonly Dictionary<(int Year, int Month), GaccReleaseDay> _days;

    internal GaccReleaseCalendar(string name, string contentHash, Dictionary<(int Year, int Month), GaccReleaseDay> days)
    {
        Name = name;
        ContentHash = contentHash;
        _days = days;
    }

    /// <summary>The calendar bundled with Turnover: a copy of <c>data/gacc/release_dates.csv</c> embedded at build time.</summary>
    public static GaccReleaseCalendar Bundled => s_bundled.Value;

    /// <summary>A calendar without months: every GACC figure is dated by its pages or the estimate.</summary>
    public static GaccReleaseCalendar Empty { get; } = new("no calendar", Convert.ToHexStringLower(SHA256.HashData([])), []);

    /// <summary>The file the calendar was read from (name only), for notes and messages.</summary>
    public string Name { get; }

    /// <summary>Lower-case hex SHA-256 of the calendar file's bytes.</summary>
    public string ContentHash { get; }

    /// <summary>How many months the calendar dates.</summary>
    public int Count => _days.Count;

    /// <summary>The first-publication date of the month's figures, or null when the calendar does not list the month.</summary>
    public DateOnly? ReleaseOf(int year, int month) => _days.TryGetValue((year, month), out var day) ? day.Date : null;

    /// <summary>Reads a calendar file.</summary>
    /// <param name="path">A file in the layout <c>data_period,release_date,source,note</c>.</param>
    /// <returns>The calendar, or every defect found with file, line and column.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static GaccReleaseCalendarLoad Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return GaccReleaseCalendarParser.Parse(File.ReadAllBytes(path), Path.GetFileName(path));
    }

    internal GaccReleaseDay? DayOf(Period period) =>
        _days.TryGetValue((period.Year, period.EndMonth), out var day) ? day : null;

    private static GaccReleaseCalendar LoadBundled()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Turnover.Ingest.gacc_release_dates.csv")
            ?? throw new InvalidOperationException("The bundled GACC release calendar is missing from the assembly.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        var load = GaccReleaseCalendarParser.Parse(bytes.ToArray(), "release_dates.csv");
        return load.Calendar ?? throw new InvalidOperationException($"The bundled GACC release calendar is invalid: {string.Join("; ", load.Errors)}");
    }
}
