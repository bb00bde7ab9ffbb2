using Turnover.Ingest.Internal;

namespace Turnover.Ingest;

/// <summary>The type of what a path names, telling devices and named pipes from regular files, which .NET does not.</summary>
public static class FileTypes
{
    /// <summary>
    /// What <paramref name="path"/> names, following symbolic links. Where <c>statx(2)</c> is unavailable (not Linux)
    /// only missing, directory and file are told apart, and anything else counts as a regular file.
    /// </summary>
    public static FileType Of(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (OperatingSystem.IsLinux())
        {
            try
            {
                var (type, error) = Statx.TypeOf(path);
                return error switch
                {
                    0 => Named(type),
                    Statx.ENoEnt or Statx.ENotDir => FileType.Missing,
                    _ => FileType.Other,
                };
            }
            catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
            {
                // An old C library without statx: the portable answer below.
            }
        }

        return Directory.Exists(path) ? FileType.Directory : File.Exists(path) ? FileType.Regular : FileType.Missing;
    }

    /// <summary>The type a <see cref="Statx.TypeOf"/> answer names.</summary>
    internal static FileType Named(int type) => type switch
    {
        Statx.Regular => FileType.Regular,
        Statx.Directory => FileType.Directory,
        Statx.Fifo => FileType.NamedPipe,
        Statx.CharacterDevice => FileType.CharacterDevice,
        Statx.BlockDevice => FileType.BlockDevice,
        Statx.Socket => FileType.Socket,
        _ => FileType.Other,
    };
}
