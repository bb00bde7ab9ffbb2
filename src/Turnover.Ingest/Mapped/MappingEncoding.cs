namespace Turnover.Ingest.Mapped;

/// <summary>How a mapped file's bytes become text.</summary>
internal enum MappingEncoding
{
    /// <summary>UTF-8 if the start is valid UTF-8, else Latin-1 (the reader default).</summary>
    Auto,

    /// <summary>Strict UTF-8: an invalid byte is an error naming its line.</summary>
    Utf8,

    /// <summary>ISO-8859-1 throughout (a UTF-8 byte-order mark, if present, still wins).</summary>
    Latin1,
}
