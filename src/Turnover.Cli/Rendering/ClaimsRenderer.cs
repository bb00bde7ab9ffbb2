using System.Globalization;
using System.Text;
using System.Text.Json;
using Turnover.Application;
using Turnover.Claims.Evaluation;
using Turnover.Presentation.Json;
using Turnover.Presentation.Wording;

namespace Turnover.Cli.Rendering;

/// <summary>Writes the checked claims of a text as text blocks, Markdown for a fact-check, or the <c>turnover.claims/2</c> JSON document.</summary>
internal static class ClaimsRenderer
{
    /// <summary>One block per claim: the sentence, what it was read as, the evidence and the verdict.</summary>
    public static void RenderText(TextWriter output, ClaimCheckAnswer answer)
    {
        output.WriteLine(ClaimWording.DateLine(answer));
        if (answer.Claims.Count == 0)
        {
            output.WriteLine(ClaimWording.NoClaims);
            return;
        }

        output.WriteLine(ClaimWording.ThresholdLine(answer.Thresholds));
        for (var i = 0; i < answer.Claims.Count; i++)
        {
            var c = answer.Claims[i];
            output.WriteLine();
            output.WriteLine($"{(i + 1).ToString(CultureInfo.InvariantCulture)}. \"{Escape.Plain(c.Stated.Sentence.Trim())}\"");
            output.WriteLine($"   read as: {Escape.Plain(ClaimWording.ReadAs(c.Stated))}");
            foreach (var note in ClaimNoteWording.Texts(c.Notes))
            {
                output.WriteLine($"   note: {Escape.Plain(note)}");
            }

            if (c.Evidence is { } e)
            {
                output.WriteLine($"   evidence: {ClaimWording.Evidence(e)}");
            }

            if (c.Outlook is { } o)
            {
                output.WriteLine($"   judged as {Escape.Plain(ClaimWording.JudgedAs(o))}");
                output.WriteLine($"   as of the article, {ClaimWording.Outlook(o.AsOfArticle, CommandLineHints.Instance)}");
                WriteReliability(output, o.AsOfArticle);
                output.WriteLine($"   today, {ClaimWording.Outlook(o.Today, CommandLineHints.Instance)}");
                WriteReliability(output, o.Today);
                if (o.Outcome is { } outcome)
                {
                    output.WriteLine($"   evidence: {ClaimWording.Evidence(outcome)}");
                }
            }
            else if (c.AsOfArticle is { } known)
            {
                output.WriteLine($"   as of the article, {ClaimWording.KnownSentence(known)}");
            }

            output.WriteLine($"   verdict: {ClaimWording.VerdictSentence(c, answer.Thresholds, CommandLineHints.Instance)}");
        }
    }

    /// <summary>Markdown to paste into a fact-check: a summary table, then each claim with the figures and releases used.</summary>
    public static void RenderMarkdown(TextWriter output, ClaimCheckAnswer answer)
    {
        output.WriteLine("# Trade claims checked");
        output.WriteLine();
        output.WriteLine(ClaimWording.DateLine(answer));
        output.WriteLine();
        if (answer.Claims.Count == 0)
        {
            output.WriteLine(ClaimWording.NoClaims);
            return;
        }

        output.WriteLine("| # | Claim | Verdict |");
        output.WriteLine("| --- | --- | --- |");
        for (var i = 0; i < answer.Claims.Count; i++)
        {
            output.WriteLine($"| {(i + 1).ToString(CultureInfo.InvariantCulture)} | {Cell(Short(answer.Claims[i].Stated.Sentence))} | {ClaimWording.VerdictWords(answer.Claims[i].Verdict)} |");
        }

        for (var i = 0; i < answer.Claims.Count; i++)
        {
            var c = answer.Claims[i];
            output.WriteLine();
            output.WriteLine($"## {(i + 1).ToString(CultureInfo.InvariantCulture)}. {Capital(ClaimWording.VerdictWords(c.Verdict))}");
            output.WriteLine();
            output.WriteLine($"> {Line(c.Stated.Sentence)}");
            output.WriteLine();
            output.WriteLine($"- **Read as:** {Line(ClaimWording.ReadAs(c.Stated))}");
            foreach (var note in ClaimNoteWording.Texts(c.Notes))
            {
                output.WriteLine($"- **Note:** {Line(note)}");
            }

            if (c.Evidence is { } e)
            {
                output.WriteLine($"- **Figures used:** {Line(ClaimWording.Evidence(e))}");
            }

            if (c.Outlook is { } o)
            {
                output.WriteLine($"- **Judged as:** {Line(ClaimWording.JudgedAs(o))}");
                output.WriteLine($"- **As of the article ({o.AsOfArticle.AsOf:yyyy-MM-dd}):** {Line(TargetWording.Verdict(o.AsOfArticle, CommandLineHints.Instance))}");
                WriteMeasured(output, o.AsOfArticle);
                output.WriteLine($"- **Today ({o.Today.AsOf:yyyy-MM-dd}):** {Line(TargetWording.Verdict(o.Today, CommandLineHints.Instance))}");
                WriteMeasured(output, o.Today);
                if (o.Outcome is { } outcome)
                {
                    output.WriteLine($"- **Figures used:** {Line(ClaimWording.Evidence(outcome))}");
                }
            }
            else if (c.AsOfArticle is { } known)
            {
                output.WriteLine($"- **As of the article:** {Line(ClaimWording.KnownSentence(known))}");
            }

            output.WriteLine($"- **Verdict:** {Line(ClaimWording.VerdictSentence(c, answer.Thresholds, CommandLineHints.Instance))}");
        }

        output.WriteLine();
        output.WriteLine(Line(ClaimWording.ThresholdLine(answer.Thresholds)));
    }

    /// <summary>What --save did: "saved 4 claims of claims-example.txt (2024-01-15), 0 already saved; every later ingest judges them again".</summary>
    public static string SavedLine(string source, ClaimCheckAnswer answer, Store.SaveResult saved) => string.Create(
        CultureInfo.InvariantCulture,
        $"saved {saved.Added} claim(s) of {Escape.Plain(source)} ({answer.ArticleDate:yyyy-MM-dd}), {saved.AlreadySaved} already saved; every later ingest judges them again ('turnover watch' on demand)");

    /// <summary>Writes the <c>turnover.claims/2</c> document (docs/json-contract.md).</summary>
    public static void RenderJson(TextWriter output, ClaimCheckAnswer answer) =>
        output.WriteLine(JsonSerializer.Serialize(ClaimsDocument.From(answer, CommandLineHints.Instance), TurnoverJsonContext.Readable.ClaimsDocument));

    /// <summary>The same JSON, serialised straight into standard output's UTF-8 stream when there is one (the same bytes, without a 25 MB string for 1 MB of news).</summary>
    public static void RenderJson(CliEnvironment env, ClaimCheckAnswer answer)
    {
        if (env.Utf8Out is not { } stream)
        {
            RenderJson(env.Out, answer);
            return;
        }

        env.Out.Flush();
        ClaimsJsonWriter.Write(stream, answer, CommandLineHints.Instance);
        stream.Write(Encoding.UTF8.GetBytes(env.Out.NewLine));
        stream.Flush();
    }

    /// <summary>Precision and recall per field, then every miss and false hit.</summary>
    public static void RenderEvaluation(TextWriter output, EvaluationReport report)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"{report.Path}: {report.Rows} labelled rows, {report.Quotes} sentences"));
        output.WriteLine("field    precision  recall  hits  false hits  misses");
        foreach (var (name, score) in new[] { ("amounts", report.Amounts), ("growth", report.Growth) })
        {
            output.WriteLine(string.Create(inv, $"{name,-8} {score.Precision,9:0.000}  {score.Recall,6:0.000}  {score.Hits,4}  {score.FalseHits,10}  {score.Misses,6}"));
        }

        foreach (var (label, items) in new[] { ("miss", report.Misses), ("false hit", report.FalseHits) })
        {
            foreach (var item in items)
            {
                output.WriteLine(string.Create(inv, $"{label}: line {item.Line} {item.Field.ToString().ToLowerInvariant()} {item.Flow} {item.Value:0.###} — {Escape.Plain(Short(item.Quote))}{(item.Detail is null ? string.Empty : $" [{item.Detail}]")}"));
            }
        }
    }

    private static string Short(string sentence)
    {
        var flat = Line(sentence);
        return flat.Length > 90 ? flat[..90] + "…" : flat;
    }

    // How often the method's targets of about this probability were met in backtests, under the probability it qualifies.
    private static void WriteReliability(TextWriter output, Turnover.Analytics.Targets.TargetReport report)
    {
        if (TargetWording.Reliability(report) is { } reliability)
        {
            output.WriteLine($"     ({reliability})");
        }
    }

    private static void WriteMeasured(TextWriter output, Turnover.Analytics.Targets.TargetReport report)
    {
        if (TargetWording.Reliability(report) is { } reliability)
        {
            output.WriteLine($"  - **Probability, as measured:** {Capital(Line(reliability))}");
        }
    }

    private static string Line(string text) => Escape.Plain(text).ReplaceLineEndings(" ").Trim();

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
