using Turnover.Core;

namespace Turnover.Application;

/// <summary>The claim gives no year: it was taken from another sentence of the text that gives the same figure.</summary>
/// <param name="Year">The year taken.</param>
/// <param name="Sentence">The sentence it was taken from, as in the text.</param>
public sealed record YearFromAnotherSentence(Period Year, string Sentence) : ClaimNote;
