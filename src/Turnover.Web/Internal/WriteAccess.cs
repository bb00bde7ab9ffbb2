using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Turnover.Web.Internal;

/// <summary>
/// Who may write: nobody without a configured token (403); with one, a request that carries it as
/// <c>Authorization: Bearer TOKEN</c> (401 otherwise). Compared in constant time, on hashes so the length leaks nothing either.
/// </summary>
internal sealed class WriteAccess(string? token)
{
    private readonly byte[]? _tokenHash = string.IsNullOrEmpty(token) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public bool Configured => _tokenHash is not null;

    /// <summary>Null when the request may write; else the problem to answer with.</summary>
    public IResult? Refusal(HttpContext context)
    {
        if (_tokenHash is null)
        {
            return TypedResults.Problem(
                detail: "this server is read-only: start 'turnover serve' with --token-file FILE or TURNOVER_TOKEN to allow writes, then send Authorization: Bearer TOKEN.",
                statusCode: StatusCodes.Status403Forbidden,
                title: "Read-only",
                extensions: new Dictionary<string, object?> { ["kind"] = "read-only" });
        }

        var header = context.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        var given = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
        if (given is not null && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), _tokenHash))
        {
            return null;
        }

        context.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        return TypedResults.Problem(
            detail: given is null ? "writing needs the server's token: send Authorization: Bearer TOKEN." : "the bearer token is not the server's.",
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Unauthorized",
            extensions: new Dictionary<string, object?> { ["kind"] = "unauthorized" });
    }
}

/// <summary>The endpoint filter that puts <see cref="WriteAccess"/> before every endpoint that writes.</summary>
internal sealed class RequiresWriteToken(WriteAccess access) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        return access.Refusal(context.HttpContext) ?? await next(context).ConfigureAwait(false);
    }
}
