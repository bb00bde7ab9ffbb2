namespace Turnover.Fuzz;

/// <summary>How one case ended.</summary>
internal enum Outcome
{
    /// <summary>Stored (or already stored): the mutation was harmless or not detectable.</summary>
    Accepted,

    /// <summary>Refused with a message naming the file and a line, and the store unchanged.</summary>
    Rejected,

    /// <summary>One of the three properties failed.</summary>
    Failed,
}

/// <summary>One case: its outcome, and for a failure the property (a, b or c), a class to group by, and the detail.</summary>
internal sealed record CaseResult(long Case, Outcome Outcome, string Property = "", string Class = "", string Detail = "")
{
    public static CaseResult Failure(long index, string property, string @class, string detail) => new(index, Outcome.Failed, property, @class, detail);
}
