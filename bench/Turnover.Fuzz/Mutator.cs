using System.IO.Compression;
using System.Text;

namespace Turnover.Fuzz;

/// <summary>
/// Seeded mutations of a real file's bytes: what a bad download, a careless edit, another program's export or a
/// hostile user does to a file. One to three mutations a case; everything drawn from the case's own generator, so
/// a case replays from its seed.
/// </summary>
internal sealed class Mutator(Random random, double giantLineRate)
{
    // Values a number cell should never silently become a figure from, or spellings a careless export produces.
    private static readonly string[] s_specialNumbers =
    [
        "NaN", "nan", "Infinity", "-Infinity", "∞", "1e308", "-1e308", "1E+308", "1e18", "1000000000000000000000",
        "99999999999999999999999999999999", "-1", "-0", "0x1F", "1.2.3", "1,234", "1.234,5", "١٢٣", "12 345", "$100", "",
        " ", "null", "-", "..", "1e-400",
    ];

    private readonly Random _random = random;
    private readonly double _giantLineRate = giantLineRate;

    /// <summary>Mutates <paramref name="original"/> (decompressed first when <paramref name="gzipped"/>).</summary>
    public Mutant Mutate(byte[] original, bool gzipped)
    {
        var bytes = gzipped ? Gunzip(original) : original;
        var steps = new List<string>();
        var gzip = gzipped || _random.Next(10) == 0;
        if (_random.NextDouble() < _giantLineRate)
        {
            bytes = GiantLine(bytes, steps);
        }

        var count = 1 + _random.Next(3);
        var gzipDamage = false;
        for (var i = 0; i < count; i++)
        {
            var kind = _random.Next(100);
            if (kind >= 94)
            {
                // Damage to the compressed stream itself, applied after compressing.
                gzip = true;
                gzipDamage = true;
                continue;
            }

            bytes = kind switch
            {
                < 12 => FlipBytes(bytes, steps),
                < 17 => TruncateAtByte(bytes, steps),
                < 24 => TruncateMidLine(bytes, steps),
                < 31 => DeleteLine(bytes, steps),
                < 37 => DuplicateLine(bytes, steps),
                < 39 => SwapLines(bytes, steps),
                < 46 => InsertField(bytes, steps),
                < 53 => DeleteField(bytes, steps),
                < 56 => Utf16(bytes, steps),
                < 60 => Latin1(bytes, steps),
                < 62 => Mojibake(bytes, steps),
                < 65 => Bom(bytes, steps),
                < 69 => LineEndings(bytes, steps),
                < 79 => SpecialNumber(bytes, steps),
                < 81 => GiantCell(bytes, steps),
                < 86 => Garbage(bytes, steps),
                < 87 => RandomFile(steps),
                < 88 => Empty(steps),
                < 90 => HeaderOnly(bytes, steps),
                < 92 => ControlCharacters(bytes, steps),
                _ => DuplicateBlock(bytes, steps),
            };
        }

        if (gzip)
        {
            bytes = Gzip(bytes);
            steps.Add("gzip");
            if (gzipDamage)
            {
                bytes = DamageGzip(bytes, steps);
            }
        }

        return new Mutant(bytes, gzip, string.Join("; ", steps));
    }

    public static byte[] Gunzip(byte[] bytes)
    {
        using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    private byte[] DamageGzip(byte[] bytes, List<string> steps)
    {
        if (bytes.Length == 0)
        {
            // GZipStream writes nothing at all for empty content: nothing to damage.
            return bytes;
        }

        if (_random.Next(2) == 0 && bytes.Length > 1)
        {
            var cut = _random.Next(1, bytes.Length);
            steps.Add($"cut the gzip stream at byte {cut} of {bytes.Length}");
            return bytes[..cut];
        }

        var copy = (byte[])bytes.Clone();
        var at = _random.Next(copy.Length);
        copy[at] ^= (byte)(1 << _random.Next(8));
        steps.Add($"flip a bit of gzip byte {at}");
        return copy;
    }

    private byte[] FlipBytes(byte[] bytes, List<string> steps)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        var copy = (byte[])bytes.Clone();
        var n = 1 + _random.Next(8);
        var at = new List<int>();
        for (var i = 0; i < n; i++)
        {
            var p = _random.Next(copy.Length);
            copy[p] = _random.Next(2) == 0 ? (byte)(copy[p] ^ (1 << _random.Next(8))) : (byte)_random.Next(256);
            at.Add(p);
        }

        steps.Add($"change bytes {string.Join(',', at)}");
        return copy;
    }

    private byte[] TruncateAtByte(byte[] bytes, List<string> steps)
    {
        var cut = _random.Next(bytes.Length + 1);
        steps.Add($"truncate at byte {cut} of {bytes.Length}");
        return bytes[..cut];
    }

    private byte[] TruncateMidLine(byte[] bytes, List<string> steps)
    {
        var lines = Lines(bytes);
        var (start, end) = lines[_random.Next(lines.Count)];
        if (end - start < 2)
        {
            return TruncateAtByte(bytes, steps);
        }

        var cut = start + 1 + _random.Next(end - start - 1);
        steps.Add($"truncate mid-line {Line(lines, start)} at byte {cut}");
        return bytes[..cut];
    }

    private byte[] DeleteLine(byte[] bytes, List<string> steps)
    {
        var lines = Lines(bytes);
        var i = _random.Next(lines.Count);
        steps.Add($"delete line {i + 1}");
        return [.. bytes.AsSpan(0, lines[i].Start), .. bytes.AsSpan(NextStart(lines, i, bytes.Length))];
    }

    private byte[] DuplicateLine(byte[] bytes, List<string> steps)
    {
        var lines = Lines(bytes);
        var i = _random.Next(lines.Count);
        var next = NextStart(lines, i, bytes.Length);
        steps.Add($"duplicate line {i + 1}");
        var line = bytes.AsSpan(lines[i].Start, next - lines[i].Start);
        return next == lines[i].End
            ? [.. bytes.AsSpan(0, next), (byte)'\n', .. line]
            : [.. bytes.AsSpan(0, next), .. line, .. bytes.AsSpan(next)];
    }

    private byte[] DuplicateBlock(byte[] bytes, List<string> steps)
    {
        var lines = Lines(bytes);
        var i = _random.Next(lines.Count);
        var j = Math.Min(lines.Count - 1, i + _random.Next(1, 20));
        var end = NextStart(lines, j, bytes.Length);
        steps.Add($"repeat lines {i + 1}-{j + 1} after themselves");
        var block = bytes.AsSpan(lines[i].Start, end - lines[i].Start);
        return end == lines[j].End
            ? [.. bytes.AsSpan(0, end), (byte)'\n', .. block]
            : [.. bytes.AsSpan(0, end), .. block, .. bytes.AsSpan(end)];
    }

    private byte[] SwapLines(byte[] bytes, List<string> steps)
    {
        var text = bytes.AsSpan();
        var lines = Lines(bytes);
        if (lines.Count < 3)
        {
            return DeleteLine(bytes, steps);
        }

        var i = _random.Next(lines.Count - 1);
        var j = i + 1 + _random.Next(lines.Count - i - 1);
        steps.Add($"swap lines {i + 1} and {j + 1}");
        var a = text[lines[i].Start..lines[i].End];
        var b = text[lines[j].Start..lines[j].End];
        return [.. text[..lines[i].Start], .. b, .. text[lines[i].End..lines[j].Start], .. a, .. text[lines[j].End..]];
    }

    private byte[] InsertField(byte[] bytes, List<string> steps)
    {
        var delimiter = Delimiter(bytes);
        var lines = Lines(bytes);
        var i = _random.Next(lines.Count);
        var (start, end) = lines[i];
        var cuts = Delimiters(bytes, start, end, delimiter);
        var at = cuts.Count == 0 || _random.Next(4) == 0 ? end : cuts[_random.Next(cuts.Count)];
        string[] values = ["5", "0", "x", "\"\"", "1.5", "115", string.Empty];
        var value = values[_random.Next(values.Length)];
        steps.Add($"insert field '{value}' in line {i + 1} at byte {at}");
        return [.. bytes.AsSpan(0, at), delimiter, .. Encoding.UTF8.GetBytes(value), .. bytes.AsSpan(at)];
    }

    private byte[] DeleteField(byte[] bytes, List<string> steps)
    {
        var delimiter = Delimiter(bytes);
        var lines = Lines(bytes);
        var i = _random.Next(lines.Count);
        var (start, end) = lines[i];
        var cuts = Delimiters(bytes, start, end, delimiter);
        if (cuts.Count == 0)
        {
            return DeleteLine(bytes, steps);
        }

        // Remove one field and the delimiter before it (or after it, for the first field).
        var k = _random.Next(cuts.Count + 1);
        var from = k == 0 ? start : cuts[k - 1];
        var to = k == 0 ? cuts[0] + 1 : k < cuts.Count ? cuts[k] : end;
        steps.Add($"delete field {k + 1} of line {i + 1}");
        return [.. bytes.AsSpan(0, from), .. bytes.AsSpan(to)];
    }

    private byte[] Utf16(byte[] bytes, List<string> steps)
    {
        var bigEndian = _random.Next(2) == 0;
        var bom = _random.Next(4) != 0;
        var encoding = new UnicodeEncoding(bigEndian, bom);
        steps.Add($"re-encode as UTF-16 {(bigEndian ? "BE" : "LE")} {(bom ? "with" : "without")} BOM");
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(Encoding.UTF8.GetString(bytes))];
    }

    private byte[] Latin1(byte[] bytes, List<string> steps)
    {
        // A file of ASCII only is the same in Latin-1: give it an accented letter in a cell first.
        var text = Encoding.UTF8.GetString(bytes);
        if (text.All(char.IsAscii) && text.Length > 0)
        {
            var at = _random.Next(text.Length);
            text = string.Concat(text.AsSpan(0, at), "é", text.AsSpan(at));
        }

        steps.Add("re-encode as Latin-1");
        return Encoding.Latin1.GetBytes(text);
    }

    private byte[] Mojibake(byte[] bytes, List<string> steps)
    {
        steps.Add("mojibake (UTF-8 read as Latin-1, written as UTF-8)");
        return Encoding.UTF8.GetBytes(Encoding.Latin1.GetString(bytes));
    }

    private byte[] Bom(byte[] bytes, List<string> steps)
    {
        byte[] bom = [0xEF, 0xBB, 0xBF];
        if (bytes.AsSpan().StartsWith(bom))
        {
            steps.Add("remove the BOM");
            return bytes[3..];
        }

        steps.Add(_random.Next(2) == 0 ? "add a UTF-8 BOM" : "add two UTF-8 BOMs");
        return steps[^1].Contains("two", StringComparison.Ordinal) ? [.. bom, .. bom, .. bytes] : [.. bom, .. bytes];
    }

    private byte[] LineEndings(byte[] bytes, List<string> steps)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var lf = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        (string name, string result) = _random.Next(4) switch
        {
            0 => ("line ends CRLF", lf.Replace("\n", "\r\n", StringComparison.Ordinal)),
            1 => ("line ends LF", lf),
            2 => ("line ends CR only", lf.Replace('\n', '\r')),
            _ => ("no final line break", text.TrimEnd('\r', '\n')),
        };
        steps.Add(name);
        return Encoding.Latin1.GetBytes(result);
    }

    private byte[] SpecialNumber(byte[] bytes, List<string> steps)
    {
        var value = s_specialNumbers[_random.Next(s_specialNumbers.Length)];
        return ReplaceNumber(bytes, Encoding.UTF8.GetBytes(value), $"'{value}'", steps);
    }

    private byte[] GiantCell(byte[] bytes, List<string> steps)
    {
        var length = 1_000_000 + _random.Next(7_000_000);
        var cell = new byte[length];
        var kind = _random.Next(3);
        Array.Fill(cell, kind == 2 ? (byte)'x' : (byte)'9');
        if (kind == 1)
        {
            cell[length / 2] = (byte)'.';
        }

        return ReplaceNumber(bytes, cell, $"a {length / 1e6:0.0} MB cell of {(kind == 2 ? "letters" : "digits")}", steps);
    }

    private byte[] GiantLine(byte[] bytes, List<string> steps)
    {
        // Past Sep's 16 MiB limit on a row.
        var length = (16 << 20) + _random.Next(2 << 20);
        var line = new byte[length + 1];
        var delimiter = Delimiter(bytes);
        for (var i = 0; i < length; i++)
        {
            line[i] = i % 8 == 7 ? delimiter : (byte)('0' + (i % 8));
        }

        line[^1] = (byte)'\n';
        var lines = Lines(bytes);
        var at = lines.Count < 2 ? bytes.Length : lines[1 + _random.Next(lines.Count - 1)].Start;
        steps.Add($"insert a {length / 1048576.0:0.0} MiB line at byte {at}");
        return [.. bytes.AsSpan(0, at), .. line, .. bytes.AsSpan(at)];
    }

    private byte[] Garbage(byte[] bytes, List<string> steps)
    {
        var garbage = new byte[1 + _random.Next(512)];
        _random.NextBytes(garbage);
        var at = _random.Next(bytes.Length + 1);
        steps.Add($"insert {garbage.Length} random bytes at byte {at}");
        return [.. bytes.AsSpan(0, at), .. garbage, .. bytes.AsSpan(at)];
    }

    private byte[] RandomFile(List<string> steps)
    {
        var garbage = new byte[_random.Next(4096)];
        _random.NextBytes(garbage);
        steps.Add($"replace the file with {garbage.Length} random bytes");
        return garbage;
    }

    private static byte[] Empty(List<string> steps)
    {
        steps.Add("empty the file");
        return [];
    }

    private static byte[] HeaderOnly(byte[] bytes, List<string> steps)
    {
        var end = Array.IndexOf(bytes, (byte)'\n');
        steps.Add("keep the first line only");
        return end < 0 ? bytes : bytes[..(end + 1)];
    }

    private byte[] ControlCharacters(byte[] bytes, List<string> steps)
    {
        byte[][] controls = [[0x1B, (byte)'[', (byte)'2', (byte)'J'], [0], [0x07], [0x1B, (byte)']', (byte)'0', (byte)';', (byte)'x', 0x07]];
        var control = controls[_random.Next(controls.Length)];
        var at = _random.Next(bytes.Length + 1);
        steps.Add($"insert control bytes {Convert.ToHexString(control)} at byte {at}");
        return [.. bytes.AsSpan(0, at), .. control, .. bytes.AsSpan(at)];
    }

    /// <summary>Replaces the number that follows a random position (a digit run with its sign and decimals).</summary>
    private byte[] ReplaceNumber(byte[] bytes, byte[] value, string what, List<string> steps)
    {
        var from = bytes.Length == 0 ? 0 : _random.Next(bytes.Length);
        var start = -1;
        for (var k = 0; k < bytes.Length; k++)
        {
            var p = (from + k) % bytes.Length;
            if (char.IsAsciiDigit((char)bytes[p]))
            {
                start = p;
                break;
            }
        }

        if (start < 0)
        {
            steps.Add($"insert {what} at byte {from}");
            return [.. bytes.AsSpan(0, from), .. value, .. bytes.AsSpan(from)];
        }

        while (start > 0 && (char.IsAsciiDigit((char)bytes[start - 1]) || bytes[start - 1] is (byte)'.' or (byte)'-'))
        {
            start--;
        }

        var end = start;
        while (end < bytes.Length && (char.IsAsciiDigit((char)bytes[end]) || bytes[end] is (byte)'.' or (byte)'e' or (byte)'E'))
        {
            end++;
        }

        steps.Add($"replace the number at bytes {start}-{end} with {what}");
        return [.. bytes.AsSpan(0, start), .. value, .. bytes.AsSpan(end)];
    }

    /// <summary>Each line's start and end (end excludes the line break; a final line without one counts).</summary>
    private static List<(int Start, int End)> Lines(byte[] bytes)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '\n')
            {
                lines.Add((start, i > start && bytes[i - 1] == '\r' ? i - 1 : i));
                start = i + 1;
            }
        }

        if (start < bytes.Length || lines.Count == 0)
        {
            lines.Add((start, bytes.Length));
        }

        return lines;
    }

    private static int NextStart(List<(int Start, int End)> lines, int i, int length) => i + 1 < lines.Count ? lines[i + 1].Start : length;

    private static int Line(List<(int Start, int End)> lines, int start) => lines.FindIndex(l => l.Start == start) + 1;

    private static byte Delimiter(byte[] bytes)
    {
        var end = Array.IndexOf(bytes, (byte)'\n');
        var head = bytes.AsSpan(0, end < 0 ? Math.Min(bytes.Length, 4096) : end);
        var best = (byte)',';
        foreach (var candidate in (ReadOnlySpan<byte>)[(byte)';', (byte)'\t'])
        {
            if (head.Count(candidate) > head.Count(best))
            {
                best = candidate;
            }
        }

        return best;
    }

    private static List<int> Delimiters(byte[] bytes, int start, int end, byte delimiter)
    {
        var at = new List<int>();
        for (var i = start; i < end; i++)
        {
            if (bytes[i] == delimiter)
            {
                at.Add(i);
            }
        }

        return at;
    }
}
