namespace Turnover.Ingest.Internal;

/// <summary>
/// A column a reader takes by name that the header names twice (a column pasted in twice, or two exports joined side by
/// side). A reader finding the first would read one and ignore the other without a word, whichever holds the figures;
/// the readers that let Sep read the header refuse it already ("Col name … found 2 times").
/// </summary>
/// <param name="Name">The column's name as the reader knows it.</param>
/// <param name="First">1-based field of its first occurrence.</param>
/// <param name="Second">1-based field of its second occurrence.</param>
internal readonly record struct RepeatedColumn(string Name, int First, int Second)
{
    /// <summary>What is wrong, in the user's terms.</summary>
    public string Message => $"column '{Name}' is named twice in the header (fields {First} and {Second}): which one holds the figures cannot be told; remove one";

    /// <summary>The first of <paramref name="wanted"/> that <paramref name="names"/> hold twice (case aside); null when none is.</summary>
    public static RepeatedColumn? Find(IReadOnlyList<string> names, IEnumerable<string> wanted)
    {
        foreach (var name in wanted)
        {
            var first = -1;
            for (var i = 0; i < names.Count; i++)
            {
                if (!names[i].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (first >= 0)
                {
                    return new RepeatedColumn(name, first + 1, i + 1);
                }

                first = i;
            }
        }

        return null;
    }
}
