namespace Turnover.Ingest.Imf;

/// <summary>
/// The header line of an SDMX-CSV file: its delimiter and the positions of the IMTS columns. SDMX-CSV 2.0 names
/// a non-comma delimiter in the first column (<c>STRUCTURE[;]</c>); with labels the names read <c>COUNTRY: Country</c>.
/// </summary>
internal sealed class SdmxCsvHeader
{
    private static readonly string[] s_required = ["COUNTRY", "INDICATOR", "COUNTERPART_COUNTRY", "TIME_PERIOD", "OBS_VALUE"];

    private SdmxCsvHeader(char separator, int[] required, int frequency, string[] names)
    {
        Separator = separator;
        Names = names;
        Reporter = required[0];
        Indicator = required[1];
        Counterpart = required[2];
        TimePeriod = required[3];
        Value = required[4];
        Frequency = frequency;
    }

    public char Separator { get; }

    public int Reporter { get; }

    public int Indicator { get; }

    public int Counterpart { get; }

    public int TimePeriod { get; }

    public int Value { get; }

    /// <summary>FREQUENCY's position, or -1 when absent (periods are then taken as written).</summary>
    public int Frequency { get; }

    /// <summary>Number of columns in the header.</summary>
    public int Count => Names.Count;

    /// <summary>The columns' names, in file order (labels removed).</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Parses the header line, reporting each missing column on its line (<paramref name="at"/>, 1 unless blank lines precede it).</summary>
    public static SdmxCsvHeader? TryParse(string line, ReadContext context, long at = 1)
    {
        var separator = DetectSeparator(line);
        var names = WithoutDelimiterMark(line).Split(separator).Select(Name).ToArray();
        var required = new int[s_required.Length];
        var ok = true;
        for (var n = 0; n < s_required.Length; n++)
        {
            required[n] = Array.IndexOf(names, s_required[n]);
            if (required[n] < 0)
            {
                context.Error(at, s_required[n], $"missing column '{s_required[n]}' (header is '{line}'; IMTS SDMX-CSV needs COUNTRY, INDICATOR, COUNTERPART_COUNTRY, TIME_PERIOD and OBS_VALUE)");
                ok = false;
            }
        }

        if (ok && Internal.RepeatedColumn.Find(names, [.. s_required, "FREQUENCY"]) is { } repeated)
        {
            context.Error(at, repeated.Name, repeated.Message);
            return null;
        }

        return ok ? new SdmxCsvHeader(separator, required, Array.IndexOf(names, "FREQUENCY"), names) : null;
    }

    /// <summary>The code part of a labelled SDMX-CSV value (<c>USA: United States</c> → <c>USA</c>).</summary>
    public static ReadOnlySpan<char> Code(ReadOnlySpan<char> value)
    {
        var colon = value.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 ? value[..colon] : value;
    }

    private static bool HasDelimiterMark(string line) =>
        line.StartsWith("STRUCTURE[", StringComparison.Ordinal) && line.Length > 11 && line[11] == ']';

    // STRUCTURE[;] holds the delimiter itself, which must not split the header.
    private static string WithoutDelimiterMark(string line) => HasDelimiterMark(line) ? "STRUCTURE" + line[12..] : line;

    private static char DetectSeparator(string line)
    {
        if (HasDelimiterMark(line))
        {
            return line[10];
        }

        char[] candidates = [',', ';', '\t', '|'];
        return candidates.MaxBy(c => line.AsSpan().Count(c));
    }

    private static string Name(string raw)
    {
        var name = raw.Trim().Trim('"').Trim();
        return Code(name).ToString();
    }
}
