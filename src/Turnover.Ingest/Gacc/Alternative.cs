namespace Turnover.Ingest.Gacc;

/// <summary>
/// The same figure obtained another way (exports + imports for a turnover, turnover − imports for exports,
/// a year-to-date total differenced for a month…), used to break ties between equally supported reports.
/// </summary>
/// <param name="Figure">The value obtained, with its combined precision.</param>
/// <param name="Description">How, e.g. "exports + imports".</param>
internal readonly record struct Alternative(Figure Figure, string Description)
{
    /// <inheritdoc />
    public override string ToString() => $"{Description} = {Figure}";
}
