using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// The text cites one side's statistics, which the store does not hold for the pair: the claim is judged on the
/// other side's, which differ from them by how each side counts (the mirror gap).
/// </summary>
/// <param name="Cited">The side whose statistics the text cites.</param>
/// <param name="Words">The words that cite them.</param>
public sealed record CitedSideNotStored(Country Cited, string Words) : ClaimNote;
