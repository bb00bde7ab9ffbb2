using Turnover.Core;

namespace Turnover.Analytics.Targets;

/// <summary>
/// How far two reporters' statistics of the same target metric differ (for exports of A to B: A's exports
/// against B's imports from A), on the periods both published.
/// </summary>
/// <param name="First">The first reporter (the one the target is judged on first).</param>
/// <param name="FirstSource">The first reporter's publisher.</param>
/// <param name="FirstMeasure">The first reporter's flow that measures the metric.</param>
/// <param name="Second">The other reporter.</param>
/// <param name="SecondSource">The other reporter's publisher.</param>
/// <param name="SecondMeasure">The other reporter's flow (the mirror flow for exports and imports).</param>
/// <param name="Rows">The figures both sides published, oldest first; empty when they share no period.</param>
/// <param name="Valuation">Each publisher's valuation rules: part of why the two sides' figures differ.</param>
public sealed record StatisticsGap(
    Country First,
    SourceKind FirstSource,
    Measure FirstMeasure,
    Country Second,
    SourceKind SecondSource,
    Measure SecondMeasure,
    IReadOnlyList<GapRow> Rows,
    GapValuation Valuation);
