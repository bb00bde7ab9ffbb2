using System.Text;

namespace Turnover.Claims;

/// <summary>
/// Decodes a news text: UTF-8 (the default) or UTF-16 by byte-order mark, and the legacy encodings these languages
/// still arrive in — Windows-1251 and KOI8-R for Russian, GB18030 (a superset of GBK and GB2312) and Big5 for
/// Chinese — named by the caller or detected. Detection decodes strictly with each candidate and keeps the one whose
/// text looks most like the language (lower-case Cyrillic letters; frequent Han characters).
/// </summary>
public static class ClaimTextDecoder
{
    /// <summary>The largest input accepted, in bytes (16 MiB).</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    private static readonly string[] s_candidates = ["windows-1251", "koi8-r", "gb18030", "big5"];

    // The most frequent characters of trade news, in both scripts: a right decoding is full of them, a wrong one is not.
    private const string FrequentHan = "的是在中国國年月日贸貿易额額美元亿億同比增长長进進出口俄罗羅斯两兩国双雙边邊和了为為上下降万萬总總计計据據海关關数數";

    static ClaimTextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/> with the named encoding, or detects it when <paramref name="encodingName"/> is null.</summary>
    /// <param name="bytes">The file's content.</param>
    /// <param name="encodingName">utf-8, windows-1251 (cp1251), koi8-r, gb18030, gbk, gb2312, big5, or null to detect.</param>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? encodingName = null)
    {
        if (bytes.Length == 0)
        {
            return new DecodedText("the input is empty");
        }

        if (bytes.Length > MaxBytes)
        {
            return new DecodedText($"the input has {bytes.Length:N0} bytes; the limit is {MaxBytes:N0} (16 MiB)");
        }

        if (encodingName is not null)
        {
            return DecodeNamed(bytes, encodingName);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Strict(bytes[3..], new UTF8Encoding(false, true), "utf-8", detected: true);
        }

        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            var utf16 = bytes[0] == 0xFF ? new UnicodeEncoding(false, false, true) : new UnicodeEncoding(true, false, true);
            return Strict(bytes[2..], utf16, "utf-16", detected: true);
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return new DecodedText($"the input holds a NUL byte at offset {nul}: binary data, not text");
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return new DecodedText(Encoding.UTF8.GetString(bytes), "utf-8", detected: true);
        }

        DecodedText? best = null;
        var bestScore = 0d;
        foreach (var name in s_candidates)
        {
            var decoded = Strict(bytes, Strict(name), name, detected: true);
            var score = decoded.Success ? Plausibility(decoded.Text) : 0d;
            if (score > bestScore)
            {
                (best, bestScore) = (decoded, score);
            }
        }

        return best is not null && bestScore >= 0.2
            ? best
            : new DecodedText("the input is neither UTF-8 nor recognisably Windows-1251, KOI8-R, GB18030 or Big5; name its encoding");
    }

    private static DecodedText DecodeNamed(ReadOnlySpan<byte> bytes, string name)
    {
        var key = name.Trim().ToLowerInvariant() switch
        {
            "utf8" => "utf-8",
            "cp1251" or "win1251" or "1251" => "windows-1251",
            "koi8r" or "koi8" => "koi8-r",
            "gbk" or "gb2312" or "cp936" => "gb18030", // GB18030 decodes every GBK and GB2312 text the same way
            "big-5" or "cp950" => "big5",
            var other => other,
        };
        Encoding encoding;
        try
        {
            encoding = key == "utf-8" ? new UTF8Encoding(false, true) : Strict(key);
        }
        catch (ArgumentException)
        {
            return new DecodedText($"unknown encoding '{name}' (expected utf-8, windows-1251, koi8-r, gb18030, gbk or big5)");
        }

        var skip = key == "utf-8" && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        return Strict(bytes[skip..], encoding, key, detected: false);
    }

    private static Encoding Strict(string name) =>
        Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    private static DecodedText Strict(ReadOnlySpan<byte> bytes, Encoding encoding, string name, bool detected)
    {
        try
        {
            return new DecodedText(encoding.GetString(bytes), name, detected);
        }
        catch (DecoderFallbackException e)
        {
            return new DecodedText($"the input is not valid {name}: undecodable bytes at offset {e.Index}");
        }
    }

    // Share of the letters that a real Russian or Chinese text would have: lower-case Cyrillic, or frequent Han
    // characters (counted double: one stands for a word).
    private static double Plausibility(string text)
    {
        int letters = 0, likely = 0;
        foreach (var c in text)
        {
            if (c is >= 'а' and <= 'я' or 'ё')
            {
                letters++;
                likely++;
            }
            else if (char.IsLetter(c) && c > '\u007F')
            {
                letters++;
                if (FrequentHan.Contains(c, StringComparison.Ordinal))
                {
                    likely += 3;
                }
            }
        }

        return letters == 0 ? 0d : (double)likely / letters;
    }
}
