namespace Turnover.Ingest;

/// <summary>What a path names, after following symbolic links.</summary>
public enum FileType
{
    /// <summary>Nothing: the path does not exist (or a link leads nowhere).</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A named pipe (FIFO).</summary>
    NamedPipe,

    /// <summary>A character device, such as <c>/dev/null</c>.</summary>
    CharacterDevice,

    /// <summary>A block device.</summary>
    BlockDevice,

    /// <summary>A socket.</summary>
    Socket,

    /// <summary>Something else, or a type that could not be found out (a loop of links, a folder that may not be searched).</summary>
    Other,
}
