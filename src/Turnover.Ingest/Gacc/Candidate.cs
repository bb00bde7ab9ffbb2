namespace Turnover.Ingest.Gacc;

/// <summary>One distinct reported value of a figure, with the keys <see cref="Reconciler"/> ranks it by.</summary>
/// <param name="Report">The most precise, earliest report giving this value.</param>
/// <param name="Support">Reports agreeing with it within rounding and no more precise than it.</param>
/// <param name="Agreed">Alternatives (the figure obtained another way) that agree with it.</param>
/// <param name="Distance">Sum of its distances to the alternatives.</param>
/// <param name="Exact">Reports giving exactly this value.</param>
internal sealed record Candidate(NewsReport Report, int Support, int Agreed, decimal Distance, int Exact);
