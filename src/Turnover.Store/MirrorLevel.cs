using Turnover.Core;

namespace Turnover.Store;

/// <summary>Both sides' levels of one flow over one span; a side without a figure for it is null.</summary>
/// <param name="Period">A full year, or January to a month.</param>
/// <param name="Flow">Which flow, from A's and B's sides.</param>
/// <param name="A">A's figure (its exports for <see cref="MirrorFlow.AToB"/>, its imports for <see cref="MirrorFlow.BToA"/>).</param>
/// <param name="B">B's figure (its imports for <see cref="MirrorFlow.AToB"/>, its exports for <see cref="MirrorFlow.BToA"/>).</param>
public sealed record MirrorLevel(Period Period, MirrorFlow Flow, SideLevel? A, SideLevel? B);
