using System.Text.Json;
using Turnover.Application;
using Turnover.Presentation.Wording;

namespace Turnover.Presentation.Json;

/// <summary>
/// Writes the <c>turnover.claims/2</c> document (<see cref="ClaimsDocument"/>) byte for byte as
/// <see cref="JsonSerializer"/> writes it, but with a long answer's claims made and serialised in parallel: a
/// megabyte of news gives about 10,000 claims and 25 MB of JSON, whose making and writing took about a tenth of the
/// command's CPU on one thread, after judging, while the other core had nothing to do.
/// </summary>
internal static class ClaimsJsonWriter
{
    /// <summary>From this many claims the claims are serialised in parallel; fewer are written in one piece.</summary>
    public const int ParallelFrom = 256;

    // The claims array in the document made with none (and no note): its only empty array, after the date, language and
    // threshold properties, whose values are dates, codes and numbers.
    private static ReadOnlySpan<byte> EmptyClaims => "\"claims\": []"u8;

    /// <summary>Writes the document of <paramref name="answer"/> into <paramref name="output"/>.</summary>
    public static void Write(Stream output, ClaimCheckAnswer answer, HintWording hints) => Write(output, answer, hints, answer.Claims.Count >= ParallelFrom);

    /// <param name="output">Where the UTF-8 JSON goes (not flushed).</param>
    /// <param name="answer">The checked claims.</param>
    /// <param name="hints">The wording of hints (the command line's or the web's).</param>
    /// <param name="inParallel">False to serialise the whole document at once whatever its size (tests compare the two).</param>
    internal static void Write(Stream output, ClaimCheckAnswer answer, HintWording hints, bool inParallel)
    {
        var context = TurnoverJsonContext.Readable;
        if (!inParallel || answer.Claims.Count == 0)
        {
            JsonSerializer.Serialize(output, ClaimsDocument.From(answer, hints), context.ClaimsDocument);
            return;
        }

        var shell = JsonSerializer.SerializeToUtf8Bytes(ClaimsDocument.From(answer with { Claims = [] }, hints) with { Note = null }, context.ClaimsDocument);
        var at = shell.AsSpan().IndexOf(EmptyClaims);
        if (at < 0 || shell.AsSpan(at + 1).IndexOf(EmptyClaims) >= 0)
        {
            throw new InvalidOperationException("the claims document's shell should hold one empty claims array");
        }

        // Each claim is serialised on its own, at depth 0, then indented as an element of the array (depth 2): JSON
        // strings hold no raw line breaks, so every line break of the claim's text is one the writer made.
        var options = context.Options;
        var newLine = System.Text.Encoding.UTF8.GetBytes(options.NewLine);
        var indent = System.Text.Encoding.UTF8.GetBytes(new string(options.IndentCharacter, 2 * options.IndentSize));
        var claims = new byte[answer.Claims.Count][];
        Parallel.For(0, claims.Length, i =>
            claims[i] = Indented(JsonSerializer.SerializeToUtf8Bytes(ClaimJson.From(answer.Claims[i], answer, hints), context.ClaimJson), indent));

        var open = at + EmptyClaims.Length - 2; // the array's '['; its ']' ends what is written after the claims
        // Not disposed: that would close the caller's stream.
        var buffered = new BufferedStream(output, 64 * 1024);
        output = buffered;
        output.Write(shell.AsSpan(0, open + 1));
        for (var i = 0; i < claims.Length; i++)
        {
            if (i > 0)
            {
                output.WriteByte((byte)',');
            }

            output.Write(newLine);
            output.Write(indent);
            output.Write(claims[i]);
        }

        output.Write(newLine);
        output.Write(indent.AsSpan(0, options.IndentSize));
        output.Write(shell.AsSpan(open + 1));
        buffered.Flush();
    }

    private static byte[] Indented(byte[] json, byte[] indent)
    {
        var breaks = json.AsSpan().Count((byte)'\n');
        var result = new byte[json.Length + (breaks * indent.Length)];
        var (from, to) = (0, 0);
        while (json.AsSpan(from).IndexOf((byte)'\n') is var next and >= 0)
        {
            json.AsSpan(from, next + 1).CopyTo(result.AsSpan(to));
            to += next + 1;
            indent.CopyTo(result.AsSpan(to));
            to += indent.Length;
            from += next + 1;
        }

        json.AsSpan(from).CopyTo(result.AsSpan(to));
        return result;
    }
}
