namespace Turnover.Core;

/// <summary>
/// One reported value: what <see cref="Reporter"/> declared about its <see cref="Flow"/> with <see cref="Partner"/>
/// over <see cref="Period"/> for <see cref="Product"/>, in US dollars.
/// </summary>
/// <param name="Reporter">The country whose statistics these are.</param>
/// <param name="Partner">The counterpart; <see cref="CountryCatalog.World"/> for totals over all partners.</param>
/// <param name="Flow">Direction from the reporter's point of view.</param>
/// <param name="Period">The months covered.</param>
/// <param name="Product">HS line or <see cref="Product.Total"/>.</param>
/// <param name="ValueUsd">Value in US dollars (not thousands), non-negative.</param>
/// <param name="Quantity">Optional physical quantity.</param>
/// <param name="Derivation">How the value was obtained.</param>
/// <param name="Published">When this figure was first public, where the source says so; otherwise the release's vintage applies.</param>
/// <param name="SourceLine">The 1-based line (or record number for JSON/XML) of the input that produced it, for error messages and evidence.</param>
public readonly record struct TradeRecord(
    Country Reporter,
    Country Partner,
    Flow Flow,
    Period Period,
    Product Product,
    decimal ValueUsd,
    Quantity? Quantity,
    Derivation Derivation,
    DateOnly? Published,
    long SourceLine)
{
    /// <summary>
    /// Null for a total (every source but Comtrade read with breakdowns gives only totals); otherwise the part of the
    /// total this record is (customs procedure, mode of transport, second partner), kept apart from the totals.
    /// </summary>
    public TradeBreakdown? Breakdown { get; init; }
}
