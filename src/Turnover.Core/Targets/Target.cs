namespace Turnover.Core.Targets;

/// <summary>An announced bilateral trade target, with who announced it, when, and where that is documented.</summary>
/// <param name="Name">Short unique id, e.g. <c>cn-ru-200bn-2024</c>.</param>
/// <param name="First">The side whose exports/imports the metric names (for turnover, either side).</param>
/// <param name="Second">The other side.</param>
/// <param name="Metric">Turnover, or exports/imports of <paramref name="First"/> with <paramref name="Second"/>.</param>
/// <param name="AmountUsd">The amount in US dollars, positive.</param>
/// <param name="Basis">Annual value, cumulative sum, or increment over a baseline.</param>
/// <param name="FromYear">First year of a cumulative or increment period; for an annual target, the first year that counts (usually the announcement year).</param>
/// <param name="DeadlineYear">Last year that counts (inclusive).</param>
/// <param name="BaselineYear">The baseline year of an increment target; null otherwise.</param>
/// <param name="AnnouncedBy">Who announced it.</param>
/// <param name="AnnouncedOn">When.</param>
/// <param name="Source">Where it is documented (URL).</param>
/// <param name="Note">Caveats (e.g. "goods and services; the store holds goods only").</param>
public sealed record Target(
    string Name,
    Country First,
    Country Second,
    Measure Metric,
    decimal AmountUsd,
    TargetBasis Basis,
    int FromYear,
    int DeadlineYear,
    int? BaselineYear,
    string AnnouncedBy,
    DateOnly AnnouncedOn,
    string Source,
    string Note)
{
    /// <summary>The last day that counts: 31 December of the deadline year.</summary>
    public DateOnly Deadline => new(DeadlineYear, 12, 31);

    /// <summary>Checks the rules a target must satisfy; an empty list means valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Name) || Name.Any(char.IsWhiteSpace))
        {
            errors.Add($"name '{Name}' should be a non-empty word without spaces");
        }

        if (AmountUsd <= 0)
        {
            errors.Add($"amount {AmountUsd} should be positive");
        }

        if (Metric == Measure.Balance)
        {
            errors.Add("metric should be turnover, exports or imports (a balance target is not supported)");
        }

        if (First == Second)
        {
            errors.Add($"the pair should be two different countries, not {First.Name} twice");
        }

        if (Deadline < AnnouncedOn)
        {
            errors.Add($"deadline {DeadlineYear} is before the announcement on {AnnouncedOn:yyyy-MM-dd}");
        }

        if (FromYear > DeadlineYear)
        {
            errors.Add($"first year {FromYear} is after the deadline year {DeadlineYear}");
        }

        if (Basis == TargetBasis.Increment && BaselineYear is not { } baseline)
        {
            errors.Add("an increment target needs a baseline year");
        }
        else if (Basis == TargetBasis.Increment && BaselineYear >= FromYear)
        {
            errors.Add($"baseline year {BaselineYear} should precede the first counted year {FromYear}");
        }

        return errors;
    }
}
