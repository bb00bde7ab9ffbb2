namespace Turnover.Store;

/// <summary>What <see cref="TradeStore.Vacuum"/> did.</summary>
/// <param name="DanglingRecordsRemoved">Records without a release row that were deleted.</param>
/// <param name="BytesBefore">The file's size before, in bytes.</param>
/// <param name="BytesAfter">The file's size after, in bytes.</param>
public sealed record VacuumResult(long DanglingRecordsRemoved, long BytesBefore, long BytesAfter);
