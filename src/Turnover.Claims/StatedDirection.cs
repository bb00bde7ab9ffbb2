namespace Turnover.Claims;

/// <summary>
/// A rise or fall stated with no rate or amount ("China-Russia trade fell in 2020", "товарооборот в 2020 году снизился",
/// "2020年中俄贸易额同比下降"): judged on the sign of the stored change on the same months a year earlier.
/// </summary>
/// <param name="Direction">Up or down.</param>
/// <param name="Text">The words, as written.</param>
public sealed record StatedDirection(ChangeDirection Direction, string Text);

/// <summary>Which way a figure is said to have gone.</summary>
public enum ChangeDirection : byte
{
    /// <summary>Up on a year earlier: "rose", "grew", "вырос", "同比增长".</summary>
    Rise = 1,

    /// <summary>Down on a year earlier: "fell", "declined", "снизился", "同比下降".</summary>
    Fall = 2,
}
