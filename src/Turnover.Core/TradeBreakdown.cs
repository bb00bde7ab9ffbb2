namespace Turnover.Core;

/// <summary>
/// Where a record is one part of a reported total rather than the total itself: its customs procedure, mode of
/// transport and second partner, each either a breakdown value or the dimension's total code (C00, 0, 0).
/// </summary>
/// <remarks>
/// A record with a breakdown has the same key (reporter, partner, flow, period, product) as its total; the store
/// keeps it apart from the totals, so that no query adds a total and its parts.
/// </remarks>
/// <param name="Customs">customsCode and customsDesc.</param>
/// <param name="Transport">motCode and motDesc.</param>
/// <param name="SecondPartner">partner2Code and partner2Desc.</param>
public sealed record TradeBreakdown(BreakdownCode Customs, BreakdownCode Transport, BreakdownCode SecondPartner)
{
    /// <summary>The code that stands for "all" in each dimension.</summary>
    public static string TotalCode(BreakdownDimension dimension) => dimension switch
    {
        BreakdownDimension.CustomsProcedure => "C00",
        BreakdownDimension.TransportMode => "0",
        BreakdownDimension.SecondPartner => "0",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a breakdown dimension."),
    };

    /// <summary>True when a code is the dimension's total (or empty: the layout has no such breakdown).</summary>
    public static bool IsTotal(BreakdownDimension dimension, string code) =>
        code.Length == 0 || string.Equals(code, TotalCode(dimension), StringComparison.OrdinalIgnoreCase);

    /// <summary>The value of one dimension.</summary>
    public BreakdownCode Of(BreakdownDimension dimension) => dimension switch
    {
        BreakdownDimension.CustomsProcedure => Customs,
        BreakdownDimension.TransportMode => Transport,
        BreakdownDimension.SecondPartner => SecondPartner,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a breakdown dimension."),
    };

    /// <summary>The dimensions this record breaks its total down by (those not at their total code).</summary>
    public IReadOnlyList<BreakdownDimension> Dimensions =>
        [.. Enum.GetValues<BreakdownDimension>().Where(d => !IsTotal(d, Of(d).Code))];
}
