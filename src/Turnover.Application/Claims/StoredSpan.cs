using Turnover.Core;

namespace Turnover.Application;

/// <summary>The first and last periods of one granularity for which a side's figures are stored, and how many are.</summary>
/// <param name="First">The earliest period with a figure.</param>
/// <param name="Last">The latest period with a figure.</param>
/// <param name="Count">How many periods from <paramref name="First"/> to <paramref name="Last"/> have a figure.</param>
public sealed record StoredSpan(Period First, Period Last, int Count)
{
    /// <summary>Some period between the first and the last has no figure (Russia's customs as reported: 2010, 2013, 2015, 2020).</summary>
    public bool HasGaps
    {
        get
        {
            var periods = 1;
            for (var p = First; p < Last && periods <= Count; p = p.Next())
            {
                periods++;
            }

            return periods > Count;
        }
    }
}
