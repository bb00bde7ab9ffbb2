namespace Turnover.Application;

/// <summary>
/// The text calls a change a record ("rose by a record $50 billion"): changes are not compared with earlier years'
/// changes, so the record is not checked; the change itself is.
/// </summary>
public sealed record RecordChangeNotChecked : ClaimNote;
