using System.Globalization;
using Turnover.Analytics.Forecasting;

namespace Turnover.Presentation.Wording;

/// <summary>A forecast's notes (<see cref="ForecastNote"/>) in sentences, for the forecast and the target check alike.</summary>
internal static class ForecastNoteWording
{
    /// <summary>
    /// The notes as one text, in order: each a sentence, an ensemble member's prefixed with its method once for a run of
    /// its notes ("Theta: Only 3 observations: too few for Theta, drift forecast instead."); null when there are none.
    /// </summary>
    public static string? Text(IReadOnlyList<ForecastNote> notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        if (notes.Count == 0)
        {
            return null;
        }

        var parts = new List<string>();
        for (var i = 0; i < notes.Count;)
        {
            var member = notes[i].Member;
            var run = notes.Skip(i).TakeWhile(n => n.Member == member).ToList();
            var text = string.Join(" ", run.Select(Sentence));
            parts.Add(member is null ? text : $"{ForecastMethodWording.Name(member)}: {text}");
            i += run.Count;
        }

        return string.Join(" ", parts);
    }

    /// <summary>One note as a sentence, e.g. "Zero or negative values: multiplicative models not considered."</summary>
    public static string Sentence(ForecastNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return note.Kind switch
        {
            ForecastNoteKind.NothingObserved => "No observed values: nothing to forecast.",
            ForecastNoteKind.ConstantSeries => "Constant series: the forecast repeats it.",
            ForecastNoteKind.SingleObservation => $"A single observation: the forecast repeats it, with no spread{Needed(note)}.",
            ForecastNoteKind.UnobservedSeasons => "Some seasons have no observation: they repeat the last observed value.",
            ForecastNoteKind.SpreadNotEstimable => $"Too few observations to estimate the spread: these paths have none{Needed(note)}.",
            ForecastNoteKind.NoConsecutiveObservations => $"No two consecutive observations: these paths have no spread{Needed(note)}.",
            ForecastNoteKind.TooFewObservations => Invariant($"Only {note.Count} observations: too few for {Model(note)}, {ForecastMethodWording.InSentence(note.Fallback)} forecast instead."),
            ForecastNoteKind.NoModelFitted => $"No {Model(note)} model could be fitted: {ForecastMethodWording.InSentence(note.Fallback)} forecast instead.",
            ForecastNoteKind.SeasonTooLong => Invariant($"Season length {note.Count} is too long for seasonal ETS: non-seasonal models only."),
            ForecastNoteKind.FewerThanTwoSeasons => "Fewer than two full seasons: non-seasonal models only.",
            ForecastNoteKind.NonPositiveValues => "Zero or negative values: multiplicative models not considered.",
            ForecastNoteKind.ModelNotFitted => $"{Model(note)} cannot be fitted to this series: model chosen by AICc instead.",
            ForecastNoteKind.NonPositiveSeasonal => "Seasonal, but zero or negative values rule out the multiplicative adjustment: not seasonally adjusted.",
            ForecastNoteKind.SeasonalIndexesNearZero => "Seasonal indexes close to zero: not seasonally adjusted.",
            ForecastNoteKind.HoldoutTooShort => "too short to weigh the members on a holdout: equal weights.",
            ForecastNoteKind.HoldoutMemberFailed => "a member failed on the holdout: equal weights.",
            _ => throw new ArgumentOutOfRangeException(nameof(note), note.Kind, "a forecast note this wording does not know"),
        };
    }

    // A combination's member without a spread leaves the others' to the intervals: the note says what it would take.
    private static string Needed(ForecastNote note) =>
        note.ObservationsNeeded is { } needed ? Invariant($" (it needs {needed} observations in consecutive steps)") : string.Empty;

    private static string? Model(ForecastNote note) => note.Model is { } model ? ForecastMethodWording.Name(model) : null;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
