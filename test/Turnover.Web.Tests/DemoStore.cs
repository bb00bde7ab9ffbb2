using Turnover.Application;
using Turnover.Ingest;
using Turnover.Store;
using Turnover.Testing;

namespace Turnover.Web.Tests;

/// <summary>
/// A store file holding the bundled real China–Russia (GACC) and US–China (Census) figures, built once through the
/// ingest use case, and servers on copies of it: one read-only, one that accepts writes with a token.
/// </summary>
public sealed class DemoStore : IAsyncLifetime
{
    public const string Token = "s3cret-token-for-tests";

    /// <summary>"Today" for every answer: target checks without asOf are as of this day.</summary>
    public static readonly DateOnly Today = new(2026, 11, 28);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "turnover-web-" + Guid.NewGuid().ToString("N"));

    public WebServer ReadOnly { get; private set; } = null!;

    public WebServer Writable { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public HttpClient WritableClient { get; private set; } = null!;

    public string Targets => RepoPaths.Data("targets.json");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "demo.duckdb");
        using (var store = TradeStore.Open(path, new TradeStoreOptions { Clock = FixedClock.On(Today) }))
        {
            var ingest = new IngestFiles(store);
            foreach (var file in new[] { BundledData.ChinaRussia, BundledData.UsChina })
            {
                var report = ingest.Run(new FileIngestRequest(RepoPaths.Data(file.Split('/')), "auto", new IngestOptions()));
                Assert.True(report.Status == LoadStatus.Stored, $"{file}: {report.Status}: {string.Join("; ", report.Errors)}");
            }
        }

        var copy = Path.Combine(_folder, "writable.duckdb");
        File.Copy(path, copy);
        ReadOnly = await Start(new ServeOptions(path, Targets) { Urls = "http://127.0.0.1:0", Clock = FixedClock.On(Today) });
        Writable = await Start(new ServeOptions(copy, Targets) { Urls = "http://127.0.0.1:0", Clock = FixedClock.On(Today), Token = Token });
        Client = new HttpClient { BaseAddress = ReadOnly.Addresses[0] };
        WritableClient = new HttpClient { BaseAddress = Writable.Addresses[0] };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        WritableClient.Dispose();
        await ReadOnly.DisposeAsync();
        await Writable.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task<WebServer> Start(ServeOptions options)
    {
        var server = WebServer.Create(options).Value;
        await server.StartAsync();
        return server;
    }
}

[CollectionDefinition(Name)]
public sealed class DemoStoreCollection : ICollectionFixture<DemoStore>
{
    public const string Name = "demo store";
}
