using System.Text.RegularExpressions;

namespace Turnover.Cli.Tests;

/// <summary>One <c>$ turnover …</c> command in README.md and the output printed under it.</summary>
/// <param name="Line">The README line of the command (1-based).</param>
/// <param name="Command">The command line as written, without the <c>$ turnover</c> prefix.</param>
/// <param name="Output">The lines shown under it, up to the next command or the end of the block.</param>
/// <param name="Block">Which <c>text</c> block it is in (0-based): commands of one block run on one store, in order.</param>
internal sealed partial record ReadmeExample(int Line, string Command, IReadOnlyList<string> Output, int Block)
{
    /// <summary>Every example in the README's <c>text</c> blocks.</summary>
    public static IReadOnlyList<ReadmeExample> Parse(string readme)
    {
        var lines = readme.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var examples = new List<ReadmeExample>();
        var inText = false;
        var block = -1;
        (int Line, string Command, List<string> Output)? current = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                Flush();
                inText = !inText && line == "```text";
                block += inText ? 1 : 0;
                continue;
            }

            if (!inText)
            {
                continue;
            }

            if (line.StartsWith("$ turnover", StringComparison.Ordinal))
            {
                Flush();
                current = (i + 1, line["$ turnover".Length..].Trim(), []);
            }
            else
            {
                current?.Output.Add(line);
            }
        }

        return examples;

        void Flush()
        {
            if (current is var (at, command, output))
            {
                examples.Add(new ReadmeExample(at, command, output, block));
            }

            current = null;
        }
    }

    /// <summary>The command's trailing <c># comment</c>, without the hash, or empty.</summary>
    public string Remark => Comment().Match(Command) is { Success: true } m ? m.Value.Trim().TrimStart('#').Trim() : string.Empty;

    /// <summary>The arguments: the command without its trailing <c># comment</c>, split on spaces; <c>"a b"</c> is one argument, as a shell reads it.</summary>
    public string[] Arguments => [.. Argument().Matches(Comment().Replace(Command, string.Empty)).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Value)];

    /// <summary>Times and speeds vary between runs: compare them as placeholders.</summary>
    public static string Normalise(string line) => Timing().Replace(line, "<time>").TrimEnd();

    [GeneratedRegex(@"\s+#.*$")]
    private static partial Regex Comment();

    [GeneratedRegex(@"""([^""]*)""|\S+")]
    private static partial Regex Argument();

    [GeneratedRegex(@"\d+(\.\d+)?\s?(ms|s|MiB/s|rows/s)\b")]
    private static partial Regex Timing();
}
