using System.Globalization;
using Turnover.Application;
using Turnover.Presentation.Wording;
using Turnover.Store;

namespace Turnover.Cli.Rendering;

/// <summary>What ingest and <c>turnover release</c> say about release identity, retraction and outliers.</summary>
internal static class ReleaseMessages
{
    public const string AcceptHint = "--accept-outliers stores it anyway";

    // A wrong unit makes most figures of a file implausible: the first few name the problem.
    private const int Shown = 5;

    /// <summary>Everything wrong with a file, one line each: defects and duplicates, the implausible figures, or the retracted release that read it so.</summary>
    public static IEnumerable<string> Errors(FileIngestReport report)
    {
        var name = Path.GetFileName(report.File);
        var retracted = report.Status == LoadStatus.AlreadyRetracted && report.Match is { } match ? [ReadingRetracted(name, match)] : Array.Empty<string>();
        return retracted.Concat(report.Errors).Concat(Outliers(name, report.RejectedOutliers));
    }

    /// <summary>The first few implausible figures, and how many more the screen found.</summary>
    public static IEnumerable<string> Outliers(string fileName, IReadOnlyList<Outlier> outliers)
    {
        foreach (var o in outliers.Take(Shown))
        {
            yield return Outlier(fileName, o);
        }

        if (outliers.Count > Shown)
        {
            var more = outliers.Count - Shown;
            yield return $"{fileName}: … and {(outliers.Count >= LoadResult.MaxOutliers ? "at least " : string.Empty)}{more} more implausible figure(s); nothing stored";
        }
    }

    /// <summary>An implausible figure, with the bound or the stored figure it contradicts.</summary>
    public static string Outlier(string fileName, Outlier o)
    {
        var where = $"{fileName}:{o.Line}: {o.Figure}: {Usd(o.ValueUsd)}";
        if (o.SummedLines is { } lines)
        {
            return $"{fileName}:{o.Line}: {o.Figure}: its {lines.ToString(CultureInfo.InvariantCulture)} product lines (the first on this line) sum to {Usd(o.ValueUsd)}, "
                + $"above the {Usd(Store.Outlier.SumCeilingUsd)} a total may reach (forty years of world trade); not stored, even with --accept-outliers";
        }

        if (o.WorldTradeBoundUsd is { } bound)
        {
            return $"{where} is above world trade in {Months(o.Months)} ({Usd(bound)}; WTO: world merchandise exports were US$24.9 trillion in 2022, the highest year); {AcceptHint}";
        }

        var stored = o.StoredUsd!.Value;
        var ratio = Math.Abs(o.ValueUsd) >= Math.Abs(stored)
            ? $"{Ratio(o.ValueUsd / stored)} times"
            : $"1/{Ratio(stored / o.ValueUsd)} of";
        return $"{where} is {ratio} the {Usd(stored)} release {o.StoredRelease} holds for the same figure (a wrong unit?); "
            + $"{AcceptHint}, or retract release {o.StoredRelease} first if it is the wrong one";
    }

    /// <summary>The same reading as a retracted release.</summary>
    public static string ReadingRetracted(string fileName, ReleaseMatch match) =>
        $"{fileName}: the same bytes read the same way were release {match.ReleaseId}, retracted {ReleaseWording.Retraction(match.Retraction!)}; "
        + "a retracted release is not stored again: read it another way (e.g. a corrected --mapping) to store a new release.";

    /// <summary>A new release that reads the bytes of a stored one another way, or null.</summary>
    public static string? Rereads(FileIngestReport report)
    {
        if (report.Status != LoadStatus.Stored || report.Match is not { Kind: ReleaseMatchKind.OtherReading } match)
        {
            return null;
        }

        var how = match.Differences.Count == 0
            ? "another way (how it was read was not recorded)"
            : $"a different {string.Join(" and ", match.Differences)}";
        var retracted = match.Retraction is null ? string.Empty : " (retracted)";
        return $"{Path.GetFileName(report.File)}: release {report.ReleaseId} re-reads the bytes of release {match.ReleaseId}{retracted} with {how}.";
    }

    /// <summary>Implausible figures stored anyway, or null.</summary>
    public static string? Accepted(FileIngestReport report) => report.AcceptedOutliers.Count == 0
        ? null
        : $"{Path.GetFileName(report.File)}: {Count(report.AcceptedOutliers.Count)} implausible figure(s) stored anyway (--accept-outliers), the first on line {report.AcceptedOutliers[0].Line}; the release note says so.";

    private static string Count(int count) => count >= LoadResult.MaxOutliers ? $"at least {count}" : count.ToString(CultureInfo.InvariantCulture);

    private static string Usd(decimal usd) => "US$" + usd.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string Months(int months) => months == 1 ? "a month" : $"{months} months";

    private static string Ratio(decimal ratio) => Math.Round(ratio).ToString("#,0", CultureInfo.InvariantCulture);
}
