namespace Turnover.Claims;

/// <summary>What a claim asserts (JSON <c>kind</c>).</summary>
public enum ClaimKind : byte
{
    /// <summary>A figure for a past period.</summary>
    Fact = 1,

    /// <summary>An expectation: "will reach", "expected to grow", "ожидается", "预计".</summary>
    Projection = 2,

    /// <summary>A goal someone set: "the target we set for 2024", "plans to grow trade to … by 2024", "目标".</summary>
    Target = 3,

    /// <summary>A rank among partners: "largest trading partner", "第一大贸易伙伴"; carries no figure.</summary>
    Ranking = 4,
}
