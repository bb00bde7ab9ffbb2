using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// The amount, converted to US dollars at the period's stored rates (times the months or days of an average), is more
/// US dollars than a stated figure can be (<see cref="MaxUsd"/>): an absurd number, not judged rather than overflowing.
/// </summary>
/// <param name="Stated">The stated amount in its own currency.</param>
/// <param name="Period">The period whose rates convert it.</param>
/// <param name="RatesFile">The file the rates were read from; null when unknown.</param>
public sealed record AmountBeyondDollars(Money Stated, Period Period, string? RatesFile) : UnverifiableReason
{
    /// <summary>The most whole US dollars a stated figure can be: a figure stated in US dollars is held as a 64-bit count.</summary>
    public const decimal MaxUsd = long.MaxValue;
}
