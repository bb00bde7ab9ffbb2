namespace Turnover.Ingest.National;

/// <summary>Where the columns of a Census country table are; <see cref="Balance"/> is −1 when absent.</summary>
internal sealed record CensusColumns(int Month, int Exports, int Imports, int Balance, string[] Names)
{
    public const string ExpectedHeader = "Month;Exports;Imports;Balance";

    /// <summary>True for a line that is meant as the header (even with the wrong delimiter), not a title.</summary>
    public static bool LooksLikeHeader(string line) =>
        line.Contains("Month", StringComparison.OrdinalIgnoreCase) && line.Contains("Exports", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the header, or explains what is wrong with it against the published layout.</summary>
    public static CensusColumns? Parse(string line, out string error)
    {
        var names = line.Split(';').Select(n => n.Trim().Trim('"').Trim()).ToArray();
        int Find(string name) => Array.FindIndex(names, n => n.Equals(name, StringComparison.OrdinalIgnoreCase));
        var (month, exports, imports) = (Find("Month"), Find("Exports"), Find("Imports"));
        var missing = new[] { ("Month", month), ("Exports", exports), ("Imports", imports) }.Where(c => c.Item2 < 0).Select(c => c.Item1).ToList();
        error = names.Length == 1
            ? $"header '{line}' is not ';'-separated: expected '{ExpectedHeader}'"
            : missing.Count > 0
                ? $"header '{line}' has no column {string.Join(", ", missing.Select(m => $"'{m}'"))}: expected '{ExpectedHeader}'"
                : Internal.RepeatedColumn.Find(names, ["Month", "Exports", "Imports", "Balance"]) is { } repeated
                    ? $"header '{line}': {repeated.Message}"
                    : string.Empty;
        return error.Length == 0 ? new CensusColumns(month, exports, imports, Find("Balance"), names) : null;
    }
}
