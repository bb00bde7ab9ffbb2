using System.CommandLine;
using System.Net.Sockets;
using Turnover.Application;
using Turnover.Web;

namespace Turnover.Cli.Commands;

/// <summary><c>turnover serve</c>: the JSON API, its OpenAPI document and the dashboard, on loopback, read-only unless a token is given.</summary>
internal static class ServeCommand
{
    public const string TokenVariable = "TURNOVER_TOKEN";

    public static Command Create(CliEnvironment env)
    {
        var urls = new Option<string>("--urls") { Description = $"Addresses to listen on, ';'-separated (default: {ServeOptions.DefaultUrls}, loopback only)", DefaultValueFactory = _ => ServeOptions.DefaultUrls };
        var allowRemote = new Option<bool>("--allow-remote") { Description = "Allow --urls that are not loopback: anyone who reaches this machine can then read the store" };
        var tokenFile = new Option<string?>("--token-file") { Description = $"A file holding the token that allows writes (ingest, adding targets); or set ${TokenVariable}. Without one the server is read-only" };
        var targets = TargetCommand.TargetsFile();
        var db = new StoreOptions();
        var command = new Command("serve", "Serve the dashboard and the JSON API (read-only unless a token is configured)") { urls, allowRemote, tokenFile, targets };
        db.AddTo(command);
        command.SetAction(parse =>
        {
            var options = new ServeOptions(db.DuckDbPath(parse, "turnover serve"), parse.GetValue(targets)!)
            {
                Urls = parse.GetValue(urls)!,
                AllowRemote = parse.GetValue(allowRemote),
                Token = Token(parse.GetValue(tokenFile)),
                Clock = env.Clock,
                LockWait = db.Options(parse, env).LockWait,
            };
            var server = WebServer.Create(options).OrThrow();
            try
            {
                server.StartAsync().GetAwaiter().GetResult();
            }
            catch (IOException ex) when (ex.InnerException is SocketException || ex.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
            {
                server.DisposeAsync().AsTask().GetAwaiter().GetResult();
                throw new UserInputException($"--urls {options.Urls}: cannot listen there ({ex.Message.ReplaceLineEndings(" ")}); choose another port.");
            }

            var mode = server.Writable ? "writes allowed with the token" : "read-only";
            foreach (var address in server.Addresses)
            {
                env.Out.WriteLine($"Serving {options.StorePath} ({mode}) on {address}: dashboard at /, API at /api, OpenAPI at /openapi/v1.json.");
            }

            env.Out.WriteLine("Press Ctrl+C to stop.");
            env.Out.Flush();
            server.WaitForShutdownAsync().GetAwaiter().GetResult();
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return ExitCodes.Ok;
        });
        return command;
    }

    // The file's first line, or the environment's; an empty token is no token, so it cannot open writes to everyone.
    private static string? Token(string? file)
    {
        if (file is null)
        {
            return Environment.GetEnvironmentVariable(TokenVariable) is { Length: > 0 } fromEnv ? fromEnv.Trim() : null;
        }

        string text;
        try
        {
            text = File.ReadAllText(file).Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"--token-file {file}: cannot read it ({ex.Message}).");
        }

        return text.Length > 0 ? text : throw new UserInputException($"--token-file {file}: the file is empty; put the token on its first line.");
    }
}
