namespace Turnover.Core;

/// <summary>
/// What one reporter published for one period of a bilateral pair, in US dollars. Any part may be missing:
/// a missing figure stays null, it is never filled.
/// </summary>
/// <param name="Period">The period.</param>
/// <param name="ExportsUsd">Reporter's exports to the partner.</param>
/// <param name="ImportsUsd">Reporter's imports from the partner.</param>
/// <param name="ReportedTurnoverUsd">Exports plus imports as published, where the source gives the sum itself.</param>
public sealed record FlowValues(Period Period, decimal? ExportsUsd, decimal? ImportsUsd, decimal? ReportedTurnoverUsd)
{
    /// <summary>
    /// The published turnover where the source gives one (it is the headline figure, and summing two rounded
    /// components would add rounding error: GACC's 2015 is 64.2, while 32.9 + 31.4 = 64.3), else exports plus
    /// imports when both are known, else null.
    /// </summary>
    public decimal? TurnoverUsd => ReportedTurnoverUsd ?? ExportsUsd + ImportsUsd;

    /// <summary>Exports minus imports when both are known.</summary>
    public decimal? BalanceUsd => ExportsUsd - ImportsUsd;

    /// <summary>The value of one measure.</summary>
    public decimal? Get(Measure measure) => measure switch
    {
        Measure.Turnover => TurnoverUsd,
        Measure.Exports => ExportsUsd,
        Measure.Imports => ImportsUsd,
        Measure.Balance => BalanceUsd,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Unknown measure."),
    };
}
