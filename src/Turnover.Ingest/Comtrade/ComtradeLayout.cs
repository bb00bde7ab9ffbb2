namespace Turnover.Ingest.Comtrade;

/// <summary>The Comtrade file layouts, told apart by content (never by file name).</summary>
internal enum ComtradeLayout
{
    /// <summary>Not a Comtrade file.</summary>
    Unknown,

    /// <summary>Comtrade+ website/API CSV download (comma-separated, 47 camelCase columns).</summary>
    PlusCsv,

    /// <summary>Comtrade+ bulk file: the same columns, tab-separated, usually gzipped (<c>.txt.gz</c>).</summary>
    PlusTsv,

    /// <summary>Comtrade+ API JSON response <c>{"elapsedTime","count","data":[…],"error"}</c>.</summary>
    PlusJson,

    /// <summary>Legacy (pre-2023) Comtrade CSV with spaced headers (<c>Trade Flow Code</c>, <c>Trade Value (US$)</c>).</summary>
    LegacyCsv,
}
