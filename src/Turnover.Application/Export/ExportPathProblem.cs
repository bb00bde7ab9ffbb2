namespace Turnover.Application;

/// <summary>Why an export's output path cannot be written.</summary>
public enum ExportPathProblem
{
    /// <summary>The path names a folder, not a file.</summary>
    IsFolder,

    /// <summary>The folder it would go in does not exist.</summary>
    FolderMissing,

    /// <summary>The folder cannot be written to (permissions, a read-only file system).</summary>
    NotWritable,
}
