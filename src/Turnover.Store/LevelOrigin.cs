namespace Turnover.Store;

/// <summary>How a side's level for a span was obtained from what it published.</summary>
public enum LevelOrigin : byte
{
    /// <summary>Published for exactly that span (a year, or January to a month).</summary>
    Published = 0,

    /// <summary>The sum of the single months it published, which cover the span.</summary>
    SummedMonths = 1,

    /// <summary>Turnover as the side's exports plus imports of the span (it published no turnover for it).</summary>
    ExportsPlusImports = 2,
}
