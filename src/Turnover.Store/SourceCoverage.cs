using Turnover.Core;

namespace Turnover.Store;

/// <summary>What one source holds for one reporter and partner (all-goods totals, published or summed).</summary>
/// <param name="Source">Publisher.</param>
/// <param name="Reporter">Reporter; for a reconciled source, the first country of the pair (as asked, else the lower code).</param>
/// <param name="Partner">Partner.</param>
/// <param name="Records">Visible totals (one per flow and period), published or summed.</param>
/// <param name="FirstMonth">First month covered.</param>
/// <param name="LastMonth">Last month covered.</param>
/// <param name="MonthsPublished">Single months published.</param>
/// <param name="YearsPublished">Full years published.</param>
public sealed record SourceCoverage(
    SourceKind Source, Country Reporter, Country Partner, long Records, DateOnly FirstMonth, DateOnly LastMonth, long MonthsPublished, long YearsPublished)
{
    /// <summary>
    /// True for a reconciled dataset (<see cref="SourceKinds.IsReconciled"/>): both directions of the pair in one
    /// entry, the reporter's imports being the partner's exports; not one side's statistics.
    /// </summary>
    public bool Reconciled { get; init; }

    /// <summary>How many of <see cref="Records"/> are sums of product lines (the source published no total for them).</summary>
    public long SummedRecords { get; init; }

    /// <summary>How many product lines those sums added up.</summary>
    public long SummedLines { get; init; }

    /// <summary>The HS levels summed (coarsest, finest: equal when every sum is at one level); null when nothing was summed.</summary>
    public (int Coarsest, int Finest)? SummedDigits { get; init; }

    /// <summary>The same entry seen from the partner's side: only meaningful for a reconciled source.</summary>
    public SourceCoverage Reversed() => this with { Reporter = Partner, Partner = Reporter };

    /// <summary>
    /// A pair's coverage as <see cref="ITradeStore.Coverage(Country, Country, DateOnly?)"/> gives it when the pair is
    /// asked the other way round: each side's statistics as they were, a reconciled dataset's entry turned to put the
    /// other country first, in the same order (the store's order is by source, reporter and partner, and a reconciled
    /// dataset has one entry per pair, so turning it moves nothing). What a text's claims ask of both sides of a pair,
    /// for one store read instead of two.
    /// </summary>
    /// <param name="pairCoverage">One pair's coverage on a date, as the store answered it.</param>
    public static IReadOnlyList<SourceCoverage> AskedTheOtherWay(IReadOnlyList<SourceCoverage> pairCoverage)
    {
        ArgumentNullException.ThrowIfNull(pairCoverage);
        return [.. pairCoverage.Select(c => c.Reconciled ? c.Reversed() : c)];
    }
}
