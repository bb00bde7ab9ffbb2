using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// Only the other side's statistics of the pair are stored: the stated flow is read as that side's mirror flow,
/// which the stated side's own statistics would give differently.
/// </summary>
/// <param name="Stated">The country whose flow the text states.</param>
/// <param name="Reporter">The side whose statistics are read.</param>
/// <param name="Partner">The other country of those statistics.</param>
/// <param name="Measure">The reporter's measure read (the mirror of the stated one).</param>
public sealed record ReadFromOtherSide(Country Stated, Country Reporter, Country Partner, Measure Measure) : ClaimNote;
