namespace Turnover.Application;

/// <summary>What kind of expected failure a use case returned: a web host maps it to a status, the command line to an exit code.</summary>
/// <remarks>A store that fails (busy past the wait, damaged) is not an expected failure of a request: the store throws <c>StoreException</c>.</remarks>
public enum FailureKind
{
    /// <summary>The request, or a file it names, is wrong (a value out of range, a malformed targets file, an unreadable input).</summary>
    BadInput,

    /// <summary>Something the request names by id or name is not there (a release, a target).</summary>
    NotFound,

    /// <summary>The store holds no data that can answer the question (no figures for a pair, or none published by the date).</summary>
    NoData,

    /// <summary>The request contradicts what is stored (a name registered already, a release retracted already).</summary>
    Conflict,
}
