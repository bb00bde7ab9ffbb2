using Turnover.Ingest.Internal;

namespace Turnover.Ingest;

/// <summary>
/// Checks that a path is something an ingest can read through to its end: an existing, readable regular file.
/// A named pipe (FIFO) blocks on open until a writer appears and a device such as <c>/dev/zero</c> never ends, so
/// both hung the ingest (hashing read forever) before this check; they are refused by type before any open.
/// </summary>
/// <remarks>
/// .NET reports neither FIFOs nor devices: <see cref="FileSystemInfo.Attributes"/> says <c>Normal</c> for them,
/// <see cref="File.GetUnixFileMode(string)"/> gives only the permission bits, and opening a FIFO to ask its handle
/// would block (dotnet/runtime#85148 proposes a public file-type API; none exists in .NET 10). On Linux the type
/// comes from <c>statx(2)</c>, whose result layout, unlike <c>struct stat</c>, is the same on every architecture.
/// Elsewhere (or where <c>statx</c> is unavailable) only the portable checks run: missing, directory, readable.
/// </remarks>
public static class InputFile
{
    /// <summary>
    /// Why <paramref name="path"/> cannot be read as an input file, in the user's terms (to follow the path in a
    /// message), or null when it is an existing regular file this process may read. Symbolic links are followed.
    /// </summary>
    public static string? Problem(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0)
        {
            return "no file named (the path is empty)";
        }

        var byType = OperatingSystem.IsLinux() ? ProblemByType(path) : PortableProblem(path);
        return byType ?? ProblemOpening(path);
    }

    private static string? PortableProblem(string path) =>
        Directory.Exists(path) ? "is a directory, not a file; name the files inside it"
        : !File.Exists(path) ? Missing(path)
        : null;

    private static string? ProblemByType(string path)
    {
        FileType type;
        try
        {
            var (found, error) = Statx.TypeOf(path);
            if (error != 0)
            {
                return error switch
                {
                    Statx.ENoEnt or Statx.ENotDir => Missing(path),
                    Statx.ELoop => "is a symbolic link that leads back to itself (a loop of links), not a file",
                    Statx.EAcces => "permission denied: a folder on the path may not be searched by this user",
                    Statx.ENameTooLong => "the path is too long",
                    _ => PortableProblem(path),
                };
            }

            type = FileTypes.Named(found);
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            // An old C library without statx: the portable checks still catch the common mistakes.
            return PortableProblem(path);
        }

        return type switch
        {
            FileType.Regular => null,
            FileType.Directory => "is a directory, not a file; name the files inside it",
            FileType.NamedPipe => "is a named pipe (FIFO), not a regular file; reading it would wait for a writer; save the data to a file first",
            FileType.CharacterDevice => "is a character device, not a regular file (a device such as /dev/zero never ends)",
            FileType.BlockDevice => "is a block device, not a regular file",
            FileType.Socket => "is a socket, not a regular file",
            _ => "is not a regular file",
        };
    }

    private static string? ProblemOpening(string path)
    {
        try
        {
            // Opening a regular file does not block; this finds a file the user may not read before any work starts.
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return "permission denied: this user may not read the file";
        }
        catch (FileNotFoundException)
        {
            return Missing(path);
        }
        catch (IOException ex)
        {
            return $"cannot be opened: {ex.Message}";
        }
    }

    private static string Missing(string path)
    {
        try
        {
            if (new FileInfo(path).LinkTarget is { } target)
            {
                return $"is a symbolic link to '{target}', which does not exist";
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Not a link we can read: plainly missing.
        }

        return "no such file";
    }
}
