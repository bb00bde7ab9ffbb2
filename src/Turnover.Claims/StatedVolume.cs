namespace Turnover.Claims;

/// <summary>
/// A physical quantity as a text states it ("86.25 million tonnes", "79,8 млн тонн", "7980万吨"): the amount in its
/// unit with the text's scale applied, kept apart from money.
/// </summary>
public sealed record StatedVolume
{
    /// <summary>The amount in <see cref="Unit"/>, e.g. 86 250 000 for "86.25 million tonnes".</summary>
    public required decimal Amount { get; init; }

    /// <summary>Tonnes, barrels or cubic metres.</summary>
    public required VolumeUnit Unit { get; init; }

    /// <summary>Half a unit of the last digit the text gives, in <see cref="Unit"/> (5 000 for "86.25 million tonnes").</summary>
    public required decimal Rounding { get; init; }

    /// <summary>"about", "more than"… as written next to the number.</summary>
    public required Bound Bound { get; init; }

    /// <summary>The quantity as written.</summary>
    public required string Text { get; init; }

    /// <summary>Where the quantity stands in the text.</summary>
    public required TextSpan Span { get; init; }
}

/// <summary>The unit of a <see cref="StatedVolume"/>.</summary>
public enum VolumeUnit : byte
{
    /// <summary>Metric tonnes ("tonnes", "tons", "тонн", "吨").</summary>
    Tonnes = 0,

    /// <summary>Barrels of oil.</summary>
    Barrels = 1,

    /// <summary>Cubic metres (of gas: "bcm", "млрд кубометров", "立方米").</summary>
    CubicMetres = 2,
}
