namespace Turnover.Ingest.Internal;

/// <summary>
/// Whether a file holds nothing but blank lines (spaces, tabs, line breaks, a byte-order mark): an empty download that
/// a header-reading reader would otherwise explain as a header of one blank name ("header '' is not comma-separated",
/// "missing column 't'" six times). Readers call it only once their first line came out blank, so a real file costs
/// nothing; it reads until the first other character.
/// </summary>
internal static class BlankText
{
    /// <summary>True when the file's text is blank lines only; false when it holds anything else or cannot be read (the read itself reports that).</summary>
    public static bool IsBlank(ReadContext context)
    {
        try
        {
            using var text = context.OpenText();
            int c;
            while ((c = text.Read()) >= 0)
            {
                if (!char.IsWhiteSpace((char)c) && c != '\uFEFF')
                {
                    return false;
                }
            }

            return true;
        }
        catch (Exception ex) when (InputFault.Is(ex))
        {
            return false;
        }
    }
}
