using Turnover.Application;

namespace Turnover.Web.Internal;

/// <summary>Parses <c>--urls</c>: http addresses only, loopback unless remote listening is allowed explicitly.</summary>
internal static class ListenAddresses
{
    public static Outcome<IReadOnlyList<string>> Parse(string urls, bool allowRemote)
    {
        var parts = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            return Failure.BadInput("--urls is empty: give an address such as http://127.0.0.1:5080.");
        }

        foreach (var part in parts)
        {
            // Kestrel's wildcards (http://*:5080, http://+:5080) listen everywhere; Uri cannot parse them.
            var wildcard = part.Contains("://*", StringComparison.Ordinal) || part.Contains("://+", StringComparison.Ordinal);
            if (!wildcard && (!Uri.TryCreate(part, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp || uri.AbsolutePath != "/"))
            {
                return Failure.BadInput($"--urls '{part}' is not an http address such as http://127.0.0.1:5080 (https is not served; put a proxy in front).");
            }

            if (!allowRemote && (wildcard || !WebServer.IsLoopback(new Uri(part))))
            {
                return Failure.BadInput($"--urls '{part}' is not a loopback address: the server would be reachable from other machines. Use 127.0.0.1 or localhost, or pass --allow-remote to mean it.");
            }
        }

        return parts;
    }
}
