namespace Turnover.Store;

/// <summary>What a store holds, counted.</summary>
/// <param name="Releases">Stored releases (files).</param>
/// <param name="Records">Records that belong to a release.</param>
/// <param name="DanglingRecords">
/// Records whose release row is missing (left by an ingest killed at its commit): never shown by queries; a writable
/// open removes them and <see cref="TradeStore.Vacuum"/> also gives their space back.
/// </param>
public sealed record StoreCounts(long Releases, long Records, long DanglingRecords);
