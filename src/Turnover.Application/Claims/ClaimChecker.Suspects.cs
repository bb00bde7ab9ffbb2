using Turnover.Analytics;
using Turnover.Core;

namespace Turnover.Application;

internal sealed partial class ClaimChecker
{
    /// <summary>
    /// A level judged, or a rate computed, on a stored level its own publisher's printed rates contradict on both
    /// sides (<see cref="SuspectLevels"/>: China's customs' 2015 China–Russia $64.2 bn, against −27.8 % on 2014 and
    /// +2.2 % into 2016, which imply ≈$68 bn) cannot show a claim wrong: "$68.1 billion in 2015" was inaccurate by 6 %
    /// on it. A part that misses is left unjudged with the evidence of the doubt; a part that agrees stands with a note.
    /// </summary>
    private static (ClaimVerdict? Level, ClaimVerdict? Growth, ClaimEvidence Evidence, StoredLevelSuspect? LevelDoubt, StoredLevelSuspect? RateDoubt) OnSuspects(
        StoredFigures figures, Period period, Period? rateBase, StoredFigure figure, ClaimVerdict? level, ClaimVerdict? growth, ClaimEvidence evidence)
    {
        var levelSuspect = level is null ? null : figures.SuspectFor(period);
        var rateSuspect = growth is null || figure.Origin != GrowthOrigin.Computed ? null
            : figures.SuspectFor(period) ?? figures.SuspectFor(rateBase ?? period.PreviousYear());
        StoredLevelSuspect? levelDoubt = null, rateDoubt = null;
        if (levelSuspect is { } ls && level > ClaimVerdict.AccurateWithinRounding)
        {
            level = null;
            levelDoubt = new StoredLevelSuspect(figures.Choice.Reporter, figures.Choice.Source, ls);
            evidence = evidence with
            {
                DifferenceUsd = null,
                DifferencePercent = null,
                StatedRange = null,
                BrokenBounds = [.. evidence.BrokenBounds.Where(b => b.IsGrowthRate)],
                HeldBounds = [.. evidence.HeldBounds.Where(b => b.IsGrowthRate)],
            };
        }

        if (rateSuspect is { } rs && growth > ClaimVerdict.AccurateWithinRounding)
        {
            growth = null;
            rateDoubt = new StoredLevelSuspect(figures.Choice.Reporter, figures.Choice.Source, rs);
            evidence = evidence with
            {
                DifferencePoints = null,
                BrokenBounds = [.. evidence.BrokenBounds.Where(b => !b.IsGrowthRate)],
                HeldBounds = [.. evidence.HeldBounds.Where(b => !b.IsGrowthRate)],
            };
        }

        // What was judged on a suspect figure and stands: the reader should know which figure it rests on.
        var agreed = new[] { level is null ? null : levelSuspect, growth is null ? null : rateSuspect }.OfType<SuspectLevel>().Distinct();
        evidence = evidence with { Notes = [.. evidence.Notes, .. agreed.Select(s => new JudgedOnSuspectLevel(figures.Choice.Source, s))] };
        return (level, growth, evidence, levelDoubt, rateDoubt);
    }
}
