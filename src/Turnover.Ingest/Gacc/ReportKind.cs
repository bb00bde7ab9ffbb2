namespace Turnover.Ingest.Gacc;

/// <summary>The <c>kind</c> column of the news compilation: what span a page said the figure covers.</summary>
internal enum ReportKind : byte
{
    /// <summary>A calendar year (<c>YYYY</c>).</summary>
    Annual = 1,

    /// <summary>A single month (<c>YYYY-MM</c>); since 2020 a February "month" is January–February combined.</summary>
    Month = 2,

    /// <summary>January to the given month (<c>YYYY-MM</c>), cumulative.</summary>
    Ytd = 3,
}
