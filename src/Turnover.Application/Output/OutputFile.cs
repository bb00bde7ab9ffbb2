using Turnover.Ingest;

namespace Turnover.Application;

/// <summary>
/// Writes every output file (an export, a chart, a report) the same way: beside its destination under a temporary name,
/// moved into place only when whole, so a failed write never leaves a half-written file under the name asked for.
/// </summary>
/// <remarks>
/// The move replaces whatever has the name, so the destination is checked first: a device such as <c>/dev/full</c>, a
/// named pipe or a socket is refused (the move would put a regular file in its place), and a symbolic link is followed
/// to its final target, which is replaced, so the link keeps pointing at the new file.
/// </remarks>
public static class OutputFile
{
    /// <summary>
    /// Writes <paramref name="path"/>: <paramref name="write"/> fills the temporary file it is given, which then replaces
    /// the destination when <paramref name="write"/> succeeds and is deleted in every case.
    /// </summary>
    /// <returns>What <paramref name="write"/> returned; <see cref="FailureKind.BadInput"/> with <see cref="OutputPathUnusable"/> when the path cannot be written (nothing is written).</returns>
    public static Outcome<T> Replace<T>(string path, Func<string, Outcome<T>> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        var destination = Destination(path);
        if (!destination.Succeeded)
        {
            return destination.Failure;
        }

        var folder = Path.GetDirectoryName(destination.Value)!;
        var partial = Path.Combine(folder, $".{Path.GetFileName(destination.Value)}.{Environment.ProcessId}.partial");
        try
        {
            // Created first so that a folder that cannot be written to is told apart from a failed write.
            File.Create(partial).Dispose();
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            return Unusable(path, OutputPathProblem.NotWritable, null);
        }

        try
        {
            var written = write(partial);
            if (written.Succeeded)
            {
                File.Move(partial, destination.Value, overwrite: true);
            }

            return written;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>
    /// The full path a write to <paramref name="path"/> replaces: the path itself, or the final target of the symbolic
    /// link(s) it is; refused when it is empty or blank, when that exists and is not a regular file or when its folder
    /// does not exist.
    /// </summary>
    public static Outcome<string> Destination(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (string.IsNullOrWhiteSpace(path))
        {
            // "--out ''" from a script's empty variable: no file is named (an empty one threw from GetFullPath, a blank
            // one wrote a file called " ").
            return Unusable(path, OutputPathProblem.NoFileName, null);
        }

        var full = Path.GetFullPath(path);
        string? linkTarget = null;
        try
        {
            if (new FileInfo(full).LinkTarget is not null)
            {
                linkTarget = File.ResolveLinkTarget(full, returnFinalTarget: true)!.FullName;
            }
        }
        catch (IOException)
        {
            // A loop of links (or one that cannot be read): nothing to write through.
            return Unusable(path, OutputPathProblem.NotRegularFile, null);
        }

        var destination = linkTarget ?? full;
        var problem = FileTypes.Of(destination) switch
        {
            FileType.Missing or FileType.Regular => (OutputPathProblem?)null,
            FileType.Directory => OutputPathProblem.IsFolder,
            FileType.CharacterDevice or FileType.BlockDevice => OutputPathProblem.IsDevice,
            FileType.NamedPipe => OutputPathProblem.IsNamedPipe,
            FileType.Socket => OutputPathProblem.IsSocket,
            _ => OutputPathProblem.NotRegularFile,
        };
        if (problem is { } found)
        {
            return Unusable(path, found, linkTarget);
        }

        return Directory.Exists(Path.GetDirectoryName(destination)) ? destination : Unusable(path, OutputPathProblem.FolderMissing, linkTarget);
    }

    private static Failure Unusable(string path, OutputPathProblem problem, string? linkTarget) =>
        Failure.Because(FailureKind.BadInput, new OutputPathUnusable(path, problem) { LinkTarget = linkTarget });
}
