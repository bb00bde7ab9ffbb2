using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Turnover.Application;
using Turnover.Web.Internal;

namespace Turnover.Web;

/// <summary>The web host of <c>turnover serve</c>: the JSON API under /api, its OpenAPI document and the dashboard at /.</summary>
public sealed class WebServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebServer(WebApplication app, bool writable) => (_app, Writable) = (app, writable);

    /// <summary>True when a token is configured: writes are allowed with it, and the store is open for writing.</summary>
    public bool Writable { get; }

    /// <summary>The addresses listened on, with the real port when 0 was asked for; empty before <see cref="StartAsync"/>.</summary>
    public IReadOnlyList<Uri> Addresses =>
        [.. (_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []).Select(a => new Uri(a))];

    /// <summary>Checks the options and opens the store.</summary>
    /// <returns>
    /// The server, not yet listening; <see cref="FailureKind.BadInput"/> for an address that is not loopback (without
    /// <see cref="ServeOptions.AllowRemote"/>) or not an http address, <see cref="FailureKind.NotFound"/> when a
    /// read-only server is given no store file.
    /// </returns>
    /// <exception cref="Store.StoreException">The store stays in use past the wait, or it is damaged.</exception>
    public static Outcome<WebServer> Create(ServeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var addresses = ListenAddresses.Parse(options.Urls, options.AllowRemote);
        if (!addresses.TryGetValue(out var urls))
        {
            return addresses.Failure;
        }

        var writable = !string.IsNullOrEmpty(options.Token);
        if (!writable && !File.Exists(options.StorePath))
        {
            return Failure.NotFound($"no store at {options.StorePath}; run 'turnover demo' or 'turnover ingest' first (a read-only server never creates one).");
        }

        var store = StoreAccess.Open(options, writable);
        return new WebServer(WebHost.Build(options, urls, store), writable);
    }

    /// <summary>Starts listening.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default) => _app.StartAsync(cancellationToken);

    /// <summary>Completes when the host stops (Ctrl+C, SIGTERM, or <paramref name="cancellationToken"/>).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    /// <summary>Stops listening and closes the store.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>True for an address of this machine only (127.0.0.0/8, ::1 or "localhost").</summary>
    public static bool IsLoopback(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.IsLoopback || (IPAddress.TryParse(address.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
