using System.CommandLine;
using Turnover.Analytics.Forecasting;
using Turnover.Application;
using Turnover.Claims;
using Turnover.Claims.Evaluation;
using Turnover.Cli.Rendering;
using Turnover.Presentation.Wording;
using Turnover.Store;

namespace Turnover.Cli.Commands;

/// <summary><c>turnover claims FILE|-</c>: reads a news text's trade claims and checks each against the store; <c>--evaluate</c> scores the extractor on a labelled file.</summary>
internal static class ClaimsCommand
{
    public static Command Create(CliEnvironment env)
    {
        var file = new Argument<string?>("file") { Description = "The text (plain text or Markdown), or - for standard input", Arity = ArgumentArity.ZeroOrOne };
        var date = new Option<string?>("--date") { Description = "The article's date (YYYY-MM-DD); default: the text's dateline, else today (said so)" };
        var lang = new Option<string>("--lang") { Description = "auto, en, ru or zh", DefaultValueFactory = _ => "auto" };
        lang.AcceptOnlyFromAmong("auto", "en", "ru", "zh");
        var encoding = new Option<string?>("--encoding") { Description = "utf-8, windows-1251, koi8-r, gb18030, gbk, big5 (default: detected)" };
        var format = new Option<string>("--format") { Description = "table, json or markdown", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "markdown");
        var method = new Option<string>("--method") { Description = $"Forecasting model for projections and targets: {string.Join(", ", ForecasterCatalog.Names)}", DefaultValueFactory = _ => ForecasterCatalog.Default };
        method.AcceptOnlyFromAmong([.. ForecasterCatalog.Names]);
        var evaluate = new Option<string?>("--evaluate") { Description = "Score the extractor on a labelled CSV (quote,period,kind,flow,value_usd_bn,yoy_pct,note,source_url) instead" };
        var save = new Option<bool>("--save") { Description = "Keep the article and its claims in the store: every later ingest (and 'turnover watch') judges them again and says what changed" };
        var source = new Option<string?>("--source") { Description = "With --save: where the article came from (default: the file's name)" };
        var targets = TargetCommand.TargetsFile();
        var db = new StoreOptions();
        var command = new Command("claims", "Read the trade claims of a news text (English, Russian, Chinese) and judge each against the store")
        {
            file, date, lang, encoding, format, method, evaluate, targets, save, source,
        };
        db.AddTo(command);
        command.SetAction(parse =>
        {
            if (parse.GetValue(evaluate) is { } labelled)
            {
                return Evaluate(env, labelled, parse.GetValue(file));
            }

            var path = parse.GetValue(file) ?? throw new UserInputException("name the text to read: turnover claims FILE (or - for standard input), or --evaluate FILE.csv.");
            var articleDate = CommonOptions.ParseDate(parse.GetValue(date), "--date");
            var articleSource = SaveSource(parse.GetValue(save), parse.GetValue(source), path);
            // The input is read and decoded before the store is opened: a bad text never touches it.
            var decoded = ClaimTextDecoder.Decode(ReadInput(path, env), parse.GetValue(encoding));
            if (!decoded.Success)
            {
                throw new UserInputException($"{Shown(path)}: {decoded.Error}");
            }

            var request = new ClaimCheckRequest(decoded.Text, DateOnly.FromDateTime(env.Clock.GetUtcNow().UtcDateTime))
            {
                ArticleDate = articleDate,
                // --lang accepts only the codes LanguageOf knows.
                Language = ClaimWording.LanguageOf(parse.GetValue(lang)) ?? ClaimLanguage.Auto,
            };
            // The text is read on another thread while the rates, the store and the targets are loaded (none of them needs
            // the text): a failure of theirs is still reported first, and a text that cannot be read after them, as before.
            var reading = ClaimReading.Start(request);
            var options = new ForecastOptions();
            var rates = RatesLoader.Load(null).OrThrow().Table;
            // Only --save writes to the store; it never creates one.
            using var store = articleSource is null ? db.OpenForQuery(parse, env) : db.OpenExistingForWriting(parse, env);
            var registry = TargetCommand.Registry(parse.GetValue(targets)!);
            var known = registry.List(store).OrThrow().Select(r => r.Target).ToList();
            request = request with
            {
                Rates = rates,
                KnownTargets = known,
                Forecaster = ForecasterCatalog.Create(parse.GetValue(method)!),
                Options = options,
            };
            var outcome = articleSource is null
                ? new ClaimCheckQuery(store).Run(request, reading).Map(a => new ClaimSaveAnswer(a, default))
                : new ClaimSaving(store).Run(new ClaimSaveRequest(request, articleSource, WatchCommand.Request(env, store, registry)) { Reading = reading });
            if (!outcome.TryGetValue(out var saved))
            {
                throw new UserInputException($"{Shown(path)}: {CommandLineHints.Instance.Message(outcome.Failure)}");
            }

            var answer = saved.Answer;
            switch (parse.GetValue(format))
            {
                case "json":
                    ClaimsRenderer.RenderJson(env, answer);
                    break;
                case "markdown":
                    ClaimsRenderer.RenderMarkdown(env.Out, answer);
                    break;
                default:
                    ClaimsRenderer.RenderText(env.Out, answer);
                    break;
            }

            if (articleSource is not null)
            {
                // The JSON and Markdown stay clean on stdout: the note goes to stderr.
                var note = parse.GetValue(format) == "table" ? env.Out : env.Error;
                note.WriteLine();
                note.WriteLine(ClaimsRenderer.SavedLine(articleSource, answer, saved.Saved));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    // The article's source when saving: --source, else the file's name; null without --save.
    private static string? SaveSource(bool save, string? source, string path) =>
        !save ? (source is null ? null : throw new UserInputException("--source names a saved article's source: it goes with --save."))
        : source is not null ? (string.IsNullOrWhiteSpace(source) ? throw new UserInputException("--source should not be empty.") : source.Trim())
        : path == "-" ? throw new UserInputException("--save of standard input needs --source TEXT: where the article came from.")
        : Path.GetFileName(path);

    private static int Evaluate(CliEnvironment env, string path, string? file)
    {
        if (file is not null)
        {
            throw new UserInputException($"--evaluate scores a labelled file on its own: leave out '{file}'.");
        }

        if (!File.Exists(path))
        {
            throw new UserInputException($"{path}: no such file (--evaluate).");
        }

        var report = ClaimEvaluator.Evaluate(path);
        if (report.Errors.Count > 0)
        {
            // Scores over the rows that could be read would be taken for the file's (a file missing a column scored 1.000).
            foreach (var error in report.Errors)
            {
                env.Error.WriteLine($"error: {Escape.Plain(error)}");
            }

            env.Error.WriteLine($"error: {Escape.Plain(path)} was not scored: correct the line(s) above.");
            return ExitCodes.BadInput;
        }

        ClaimsRenderer.RenderEvaluation(env.Out, report);
        return ExitCodes.Ok;
    }

    /// <summary>The bytes of the file or of standard input, refusing more than the decoder's limit before reading it all.</summary>
    private static byte[] ReadInput(string path, CliEnvironment env)
    {
        if (path == "-")
        {
            using var input = env.Input ?? Console.OpenStandardInput();
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = input.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > ClaimTextDecoder.MaxBytes)
                {
                    throw new UserInputException(ClaimWording.TooLarge("standard input", null));
                }
            }

            return buffer.ToArray();
        }

        if (Directory.Exists(path))
        {
            throw new UserInputException($"{path}: is a folder, not a text file.");
        }

        if (!File.Exists(path))
        {
            throw new UserInputException($"{path}: no such file.");
        }

        var length = new FileInfo(path).Length;
        return length > ClaimTextDecoder.MaxBytes
            ? throw new UserInputException(ClaimWording.TooLarge(path, length))
            : File.ReadAllBytes(path);
    }

    private static string Shown(string path) => path == "-" ? "standard input" : path;
}
