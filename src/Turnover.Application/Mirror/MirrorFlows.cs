using Turnover.Core;

namespace Turnover.Application;

/// <summary>Each side's own flow for a <see cref="MirrorFlow"/>.</summary>
internal static class MirrorFlows
{
    /// <summary>A's exports or B's imports for goods from A to B, and so on.</summary>
    public static Flow FlowOf(MirrorFlow flow, bool sideIsA) => flow switch
    {
        MirrorFlow.AToB => sideIsA ? Flow.Export : Flow.Import,
        MirrorFlow.BToA => sideIsA ? Flow.Import : Flow.Export,
        _ => Flow.Turnover,
    };

    /// <summary>The other side's flow for the same goods: its imports for one side's exports.</summary>
    public static Flow Mirror(Flow flow) => flow switch
    {
        Flow.Export => Flow.Import,
        Flow.Import => Flow.Export,
        _ => flow,
    };
}
