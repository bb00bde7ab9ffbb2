namespace Turnover.Analytics.Targets;

/// <summary>Why an "at this rate" projection could not be made.</summary>
public enum UnmadeReason
{
    /// <summary>The levels do not give the rate (a figure is missing) and the publisher printed none for the window.</summary>
    NoRate,

    /// <summary>The publisher printed a rate, but the total it would apply to is not in the data.</summary>
    NoBaseValue,
}
