namespace Turnover.Application;

/// <summary>Whether a product's two years can be split into volume and unit value, and if not, why not.</summary>
public enum Comparability
{
    /// <summary>A quantity above zero in the same unit, through the same last month, in both years.</summary>
    Comparable,

    /// <summary>The lines carry no quantity (the source published none).</summary>
    NoQuantity,

    /// <summary>Traded in one of the two years only: a new or a vanished product has no volume change.</summary>
    OneYearOnly,

    /// <summary>A quantity of zero with a value in one of the years: never divided.</summary>
    ZeroQuantity,

    /// <summary>The lines run to a different last month in the two years (a year in progress against a whole one).</summary>
    MonthsDiffer,

    /// <summary>
    /// Traded in both years, but with a quantity in one and none, or another unit, in the other: the value compares,
    /// the volume cannot.
    /// </summary>
    UnitsDiffer,

    /// <summary>
    /// Lines in the first year and none in the last, where the files that hold them end before it and no file of the
    /// last year continues them (<see cref="ProductChange.FilesEnd"/>): not known there, not a fall to zero, so no
    /// change in value either.
    /// </summary>
    FilesEnd,
}
