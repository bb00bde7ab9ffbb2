using System.Text;
using nietras.SeparatedValues;

namespace Turnover.Benchmarks;

/// <summary>
/// A megabyte of mixed-language news text for the claims benchmarks, built at run time from real text kept beside
/// the repository (../shared/data: the seed article and the quotes of the labelled English, Russian and Chinese
/// sentences), never from copies committed here.
/// </summary>
internal static class ClaimsText
{
    /// <summary>The default data folder: ../shared/data beside the repository that holds this build.</summary>
    public static string DefaultDataFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Turnover.slnx")))
        {
            dir = dir.Parent;
        }

        return dir is null ? Path.GetFullPath("../shared/data") : Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
    }

    /// <summary>One block of text: the seed article, then every labelled quote of the three languages as a paragraph.</summary>
    public static string Block(string dataFolder)
    {
        var text = new StringBuilder();
        text.Append(File.ReadAllText(Path.Combine(dataFolder, "articles", "000_87dd0651f91ea8c8.txt"))).Append("\n\n");
        foreach (var file in new[] { "dev_sentences.csv", "dev_sentences_ru.csv", "dev_sentences_zh.csv" })
        {
            using var reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(Path.Combine(dataFolder, "claims", file));
            var last = string.Empty;
            foreach (var row in reader)
            {
                var quote = row["quote"].ToString();
                if (quote != last)
                {
                    text.Append(quote).Append("\n\n");
                    last = quote;
                }
            }
        }

        return text.ToString();
    }

    /// <summary>The block repeated until the text holds at least <paramref name="bytes"/> UTF-8 bytes.</summary>
    public static string Build(string dataFolder, int bytes)
    {
        var block = Block(dataFolder);
        var blockBytes = Encoding.UTF8.GetByteCount(block);
        return string.Concat(Enumerable.Repeat(block, (bytes / blockBytes) + 1));
    }
}
