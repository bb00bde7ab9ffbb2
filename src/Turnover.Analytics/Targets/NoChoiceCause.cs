namespace Turnover.Analytics.Targets;

/// <summary>Why no statistics of a pair could be chosen (<see cref="NoStatisticsChosen"/>).</summary>
public enum NoChoiceCause
{
    /// <summary>Nothing of the pair is stored (published by the date).</summary>
    NothingStored,

    /// <summary>Only product lines are stored, too few to be summed into an all-goods total.</summary>
    OnlyProductLines,

    /// <summary>The pair has statistics, but none of the reporter or source asked for.</summary>
    NoneAsAsked,
}
