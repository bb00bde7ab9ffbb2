namespace Turnover.Store.Internal;

/// <summary>
/// Which turnover command a process that holds the store runs ("turnover serve"), read from its command line: DuckDB
/// names only the program (dotnet, or the tool's own executable), and a server holds the store for as long as it
/// runs where an ingest holds it only until it ends, so the advice differs.
/// </summary>
internal static class HoldingProcess
{
    private static readonly string[] s_programNames = ["turnover", "turnover.dll", "turnover.exe"];

    /// <summary>"turnover serve", or "turnover" alone; null when the process is not turnover or its command line cannot be read (not Linux, gone, not ours to read).</summary>
    public static string? TurnoverCommand(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/cmdline");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var args = text.Split('\0', StringSplitOptions.RemoveEmptyEntries);
        var program = Array.FindIndex(args, a => s_programNames.Contains(Path.GetFileName(a), StringComparer.Ordinal));
        return program < 0 ? null
            : program + 1 < args.Length && !args[program + 1].StartsWith('-') ? $"turnover {args[program + 1]}"
            : "turnover";
    }
}
