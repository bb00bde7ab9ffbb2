namespace Turnover.Analytics.Targets;

/// <summary>Where a target stands on a date.</summary>
public enum TargetVerdict
{
    /// <summary>Reached on or before the deadline.</summary>
    Met,

    /// <summary>Not yet reached; the model gives it at least an 80% chance, with the median crossing before the deadline year.</summary>
    AheadOfSchedule,

    /// <summary>Not yet reached; at least an 80% chance by the deadline (without a model: every "at this rate" projection reaches it).</summary>
    OnTrack,

    /// <summary>Not yet reached; a 30–80% chance (without a model: some "at this rate" projections reach it, others not).</summary>
    AtRisk,

    /// <summary>Not yet reached; under a 30% chance (without a model: no "at this rate" projection reaches it).</summary>
    OffTrack,

    /// <summary>Not yet reached, and the figures allow neither a model nor an "at this rate" projection: no basis for a chance.</summary>
    Open,

    /// <summary>The deadline year is complete and the target was not reached.</summary>
    Missed,

    /// <summary>The deadline has passed but the figures for the deadline year were not (yet) published or stored.</summary>
    Undetermined,

    /// <summary>No data for the pair and metric on that date.</summary>
    NoData,
}
