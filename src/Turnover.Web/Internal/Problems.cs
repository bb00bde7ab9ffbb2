using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Turnover.Application;

namespace Turnover.Web.Internal;

/// <summary>A use case's failure as RFC 7807 problem details: the kind decides the status, the message is the detail, <c>kind</c> names it for programs.</summary>
internal static class Problems
{
    public static ProblemHttpResult Of(Failure failure) => TypedResults.Problem(
        detail: WebHints.Instance.Message(failure),
        statusCode: Status(failure.Kind),
        title: failure.Kind switch
        {
            FailureKind.BadInput => "Bad request",
            FailureKind.NotFound => "Not found",
            FailureKind.NoData => "No data",
            _ => "Conflict",
        },
        extensions: new Dictionary<string, object?> { ["kind"] = Kebab(failure.Kind) });

    /// <summary>400 for a wrong request, 404 for a name or data that is not there, 409 for a contradiction with what is stored.</summary>
    public static int Status(FailureKind kind) => kind switch
    {
        FailureKind.BadInput => StatusCodes.Status400BadRequest,
        FailureKind.NotFound or FailureKind.NoData => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status409Conflict,
    };

    private static string Kebab(FailureKind kind) => kind switch
    {
        FailureKind.BadInput => "bad-input",
        FailureKind.NotFound => "not-found",
        FailureKind.NoData => "no-data",
        _ => "conflict",
    };
}
