using Turnover.Core;

namespace Turnover.Store.Internal;

/// <summary>The rule both back-ends apply to several granularities of one series read at once.</summary>
internal static class SeriesRequests
{
    /// <summary>The first request, once every request is checked to differ from it in its granularity at most.</summary>
    /// <exception cref="ArgumentException">No request, a granularity that is not Month, Quarter or Year, or two requests of different series.</exception>
    public static SeriesRequest Validate(IReadOnlyList<SeriesRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        if (requests.Count == 0)
        {
            throw new ArgumentException("At least one series should be asked for.", nameof(requests));
        }

        var first = requests[0];
        foreach (var request in requests)
        {
            ArgumentNullException.ThrowIfNull(request, nameof(requests));
            if (request.Granularity is not (Granularity.Month or Granularity.Quarter or Granularity.Year))
            {
                throw new ArgumentException($"Granularity {request.Granularity} should be Month, Quarter or Year.", nameof(requests));
            }

            if (request with { Granularity = first.Granularity } != first)
            {
                throw new ArgumentException("Series read at once should differ only in their granularity.", nameof(requests));
            }
        }

        return first;
    }
}
