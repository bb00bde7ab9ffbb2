namespace Turnover.Store.Internal;

/// <summary>How a pair's levels held by several live releases are summed (schema.sql: pair_revisions).</summary>
internal enum PairRevisions
{
    /// <summary>No level of the pair is held by two live releases: unrevised_pair_totals.</summary>
    None,

    /// <summary>Each revised level is held by two releases whose load counted what they share: counted_pair_totals.</summary>
    Counted,

    /// <summary>Some revised level is not counted so (three releases, or revised before schema 16): visible_pair_totals, from the records.</summary>
    FromRecords,
}
