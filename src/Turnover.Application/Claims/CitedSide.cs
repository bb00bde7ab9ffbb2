using Turnover.Core;

namespace Turnover.Application;

/// <summary>The text cites one side's statistics ("according to Russian customs") and they are stored: the claim is judged on them.</summary>
/// <param name="Cited">The side whose statistics the text cites.</param>
/// <param name="Words">The words that cite them.</param>
public sealed record CitedSide(Country Cited, string Words) : ClaimNote;
