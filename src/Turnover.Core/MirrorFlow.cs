namespace Turnover.Core;

/// <summary>One flow between two countries A and B, named so that both sides' figures of it can be set side by side.</summary>
public enum MirrorFlow : byte
{
    /// <summary>Goods from A to B: A's exports, B's imports.</summary>
    AToB = 1,

    /// <summary>Goods from B to A: A's imports, B's exports.</summary>
    BToA = 2,

    /// <summary>Exports plus imports, as each side counts them.</summary>
    Turnover = 3,
}
