using System.Globalization;
using Turnover.Core;

namespace Turnover.Ingest.Internal;

/// <summary>
/// Printed growth rates outside <see cref="GrowthRateLimits"/> are refused at parse time with their file, line and
/// column instead of failing in the store with no location.
/// </summary>
internal static class GrowthRateRange
{
    /// <summary>True when a printed rate is possible and storable.</summary>
    public static bool Holds(decimal percent) => GrowthRateLimits.Hold(percent);

    /// <summary>The message for a rate outside the range, naming the cell as written.</summary>
    public static string Refused(ReadOnlySpan<char> shown, decimal percent) => percent < GrowthRateLimits.Min
        ? $"growth rate {Echo.Of(shown)} is below -100%: a value cannot fall by more than all of it (a sign or digit slip?)"
        : string.Create(CultureInfo.InvariantCulture, $"growth rate {Echo.Of(shown)} is above {GrowthRateLimits.Max:#,0.###}%, the largest rate the store holds (a digit slip?)");
}
