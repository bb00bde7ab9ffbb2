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

    /// <summary>The years a target may name: a year beyond them cannot be a calendar date (a deadline of 99999 crashed the CLI).</summary>
    public const int FirstYear = 1900;

    /// <inheritdoc cref="FirstYear"/>
    public const int LastYear = 2200;

    /// <summary>Checks the rules a target must satisfy; an empty list means valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        foreach (var (what, year) in new[] { ("deadline", (int?)DeadlineYear), ("first year", FromYear), ("baseline year", BaselineYear) })
        {
            if (year is { } y && y is < FirstYear or > LastYear)
            {
                errors.Add($"{what} {y} should be between {FirstYear} and {LastYear}");
            }
        }

        if (errors.Count > 0)
        {
            return errors; // the date checks below need real years
        }

        if (string.IsNullOrWhiteSpace(Name) || Name.Any(char.IsWhiteSpace))
        {
            errors.Add($"name '{Name}' should be a non-empty word without spaces");
        }

        if (AmountUsd <= 0)
        {
            errors.Add($"amount {AmountUsd} should be positive");
        }
        else if (!TradeValueLimits.Hold(AmountUsd))
        {
            // A store write failed on it with the database's cast error.
            errors.Add($"amount {AmountUsd:0} is beyond any trade between two countries (at most {TradeValueLimits.MaxUsd:0} US dollars)");
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
        else if (Basis != TargetBasis.Increment && BaselineYear is { } ignored)
        {
            errors.Add($"a baseline year ({ignored}) belongs to an increment target only: this one is {(Basis == TargetBasis.Cumulative ? "cumulative" : "annual")}, and the baseline would be ignored");
        }

        return errors;
    }
}
