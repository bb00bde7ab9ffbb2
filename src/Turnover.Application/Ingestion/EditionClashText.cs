using Turnover.Store;

namespace Turnover.Application;

/// <summary>An <see cref="EditionClash"/> as an ingest error: the file and line, the period, both editions, and what to do.</summary>
internal static class EditionClashText
{
    private const string Why = "one period's product lines must be of one edition of the classification: summed together, a product renumbered between editions would count twice";

    public static string Of(string fileName, EditionClash clash)
    {
        var mine = Edition(clash.Edition);
        var other = Edition(clash.OtherEdition);
        return clash.OtherRelease is { } release
            ? $"{fileName}:{clash.Line}: {clash.Figure}: this file's product lines are in {mine}, but release {release} ({clash.OtherFile}) holds the period's lines in {other}; "
              + $"{Why} (to replace that release, retract it first: turnover release retract {release}; to keep both, ingest this file into another store with --db)"
            : $"{fileName}:{clash.Line}: {clash.Figure}: product lines in {mine} here and in {other} from line {clash.OtherLine}; {Why}";
    }

    private static string Edition(string? name) => name is null ? "an edition the file does not state" : name;
}
