namespace Turnover.Core;

/// <summary>One value of a breakdown dimension as the file gives it: its code and its description (empty when none).</summary>
/// <param name="Code">The code as written (<c>C00</c>, <c>2100</c>, <c>156</c>).</param>
/// <param name="Description">The file's own description (<c>TOTAL CPC</c>, <c>Sea</c>, <c>China</c>); empty when the file has none.</param>
public sealed record BreakdownCode(string Code, string Description)
{
    /// <inheritdoc />
    public override string ToString() => Description.Length == 0 ? Code : $"{Code} {Description}";
}
