using System.Globalization;

namespace Turnover.Store.Internal;

/// <summary>The store's messages about its file, in the user's terms: each names the file and says what to do.</summary>
internal static class StoreMessages
{
    public static string NoStore(string path) => $"no store at {path}";

    public static string Empty(string path) =>
        $"the store {path} is an empty file (0 bytes), not a turnover store: delete it (a command that writes creates a new one) or restore it from a backup.";

    public static string Waiting(string path, int? pid, TimeSpan wait) =>
        $"the store {path} is in use by another process{Holder(pid)}; waiting up to {Seconds(wait)} s…";

    public static string InUse(string path, int? pid, TimeSpan wait) =>
        $"the store {path} is in use by another process{Holder(pid)}{(wait > TimeSpan.Zero ? $" and was not released within {Seconds(wait)} s" : string.Empty)}; "
        + (Command(pid) == "turnover serve"
            ? "a running 'turnover serve' holds the store until it is stopped: stop the server (Ctrl+C) and run the command again, or ask the server over its HTTP API."
            : "a command that writes (an ingest, say) holds the store until it ends, and a running 'turnover serve' until it is stopped: "
              + "try again once it is free, or wait longer with --wait SECONDS.");

    public static string Damaged(string path, string detail) =>
        $"cannot read the store {path} ({OneLine(detail)}): the file is damaged or not a turnover store; restore it from a backup, or delete it and ingest the files again.";

    public static string ExportFailed(string path, string detail) =>
        $"exporting from the store {path} failed ({OneLine(detail)}); no file was written under the name asked for, and the store is unchanged.";

    public static string WriteFailed(string path, string detail) =>
        $"writing to the store {path} failed and nothing was changed ({OneLine(detail)}); the store holds what it held before.";

    public static string NoRuntimeForCheck(string path, string probe, string detail) =>
        $"cannot check the store {path} before opening it: the check program {probe} found no .NET runtime to run on ({OneLine(detail)}); "
        + "set DOTNET_ROOT to the folder .NET is installed in (the one holding 'dotnet' and 'shared/Microsoft.NETCore.App').";

    public static string CannotOpen(string path, string detail) =>
        detail.Contains("Permission denied", StringComparison.OrdinalIgnoreCase)
            ? $"cannot open the store {path}: permission denied."
            : Damaged(path, detail);

    public static string NeedsUpgrade(string path, string detail) =>
        $"the store {path} was written by an older version of turnover and must be upgraded once, which needs write access ({OneLine(detail)}); "
        + "run any command that writes (e.g. 'turnover ingest') as a user who may write the file.";

    public static string Newer(string path, int version, int supported) =>
        $"the store {path} has schema version {version.ToString(CultureInfo.InvariantCulture)}, newer than this turnover reads ({supported.ToString(CultureInfo.InvariantCulture)}): use a newer turnover.";

    // The PID is DuckDB's; the command, where the process is a turnover, its own command line's.
    private static string Holder(int? pid) =>
        pid is { } p
            ? $" (PID {p.ToString(CultureInfo.InvariantCulture)}, per DuckDB{(Command(p) is { } command ? $": '{command}'" : string.Empty)})"
            : " (per DuckDB)";

    private static string? Command(int? pid) => pid is { } p ? HoldingProcess.TurnoverCommand(p) : null;

    private static string Seconds(TimeSpan wait) => Math.Round(wait.TotalSeconds, 1).ToString("0.#", CultureInfo.InvariantCulture);

    // DuckDB's messages carry their own line breaks and a documentation link; the user gets one line.
    private static string OneLine(string detail)
    {
        var line = detail.ReplaceLineEndings(" ").Trim();
        return line.StartsWith("DuckDBOpen failed: ", StringComparison.Ordinal) ? line["DuckDBOpen failed: ".Length..] : line;
    }
}
