using System.Text;

namespace Turnover.Web;

/// <summary>How <c>turnover serve</c> runs: which store, on which addresses, and whether writes are allowed.</summary>
/// <param name="StorePath">The DuckDB store file.</param>
/// <param name="TargetsFile">The targets file read besides the store's own targets.</param>
public sealed record ServeOptions(string StorePath, string TargetsFile)
{
    /// <summary>The address the server listens on when none is given: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Addresses to listen on, separated by ';' (port 0 picks a free port).</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>Listen on addresses other than loopback too (anyone who reaches the machine can then read the store).</summary>
    public bool AllowRemote { get; init; }

    /// <summary>The bearer token that allows writes (ingest, adding a target); null or empty keeps the server read-only and opens the store read-only.</summary>
    public string? Token { get; init; }

    /// <summary>"Today" for answers as of now (the default <c>asOf</c> of a target check); null for the system clock.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>How long to wait while another process has the store (an ingest).</summary>
    public TimeSpan LockWait { get; init; }

    // A record prints every property: the token must not reach a log that way.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("StorePath = ").Append(StorePath).Append(", TargetsFile = ").Append(TargetsFile).Append(", Urls = ").Append(Urls)
            .Append(", AllowRemote = ").Append(AllowRemote).Append(", Token = ").Append(string.IsNullOrEmpty(Token) ? "none" : "(set)");
        return true;
    }
}
