namespace Turnover.Application;

/// <summary>Why an output path (an export, a chart, a report) cannot be written.</summary>
public enum OutputPathProblem
{
    /// <summary>The path names a folder, not a file.</summary>
    IsFolder,

    /// <summary>The folder it would go in does not exist.</summary>
    FolderMissing,

    /// <summary>The folder cannot be written to (permissions, a read-only file system).</summary>
    NotWritable,

    /// <summary>The path names a device, such as <c>/dev/full</c>, which writing would replace with a file.</summary>
    IsDevice,

    /// <summary>The path names a named pipe (FIFO).</summary>
    IsNamedPipe,

    /// <summary>The path names a socket.</summary>
    IsSocket,

    /// <summary>The path names something else that is not a regular file, or a loop of symbolic links.</summary>
    NotRegularFile,

    /// <summary>The path is empty or blank (<c>--out ""</c>): it names no file.</summary>
    NoFileName,
}
