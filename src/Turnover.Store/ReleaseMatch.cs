namespace Turnover.Store;

/// <summary>How a file's reading relates to a release already stored with the same bytes.</summary>
public enum ReleaseMatchKind
{
    /// <summary>The same bytes read the same way: nothing to add.</summary>
    SameReading,

    /// <summary>The same bytes read the same way, but that release was retracted: it is not stored again.</summary>
    SameReadingRetracted,

    /// <summary>The same bytes, stored before readings were recorded (schema 4 or older): taken as read the same way.</summary>
    ReadingNotRecorded,

    /// <summary>The same bytes read another way (another mapping, other rates...): a new release.</summary>
    OtherReading,
}

/// <summary>A stored release with the same bytes as a file being ingested.</summary>
/// <param name="ReleaseId">The stored release.</param>
/// <param name="Kind">How the readings compare.</param>
/// <param name="Differences">For <see cref="ReleaseMatchKind.OtherReading"/>: the reading components that differ (e.g. <c>mapping</c>); empty when the stored release's reading was not recorded.</param>
/// <param name="Retraction">The stored release's retraction, if it was retracted.</param>
public sealed record ReleaseMatch(int ReleaseId, ReleaseMatchKind Kind, IReadOnlyList<string> Differences, Retraction? Retraction);

/// <summary>When and why a release was retracted.</summary>
/// <param name="At">When (UTC).</param>
/// <param name="Reason">Why, as given; empty when none was given.</param>
public sealed record Retraction(DateTime At, string Reason);
