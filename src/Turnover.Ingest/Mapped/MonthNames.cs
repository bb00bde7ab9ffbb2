namespace Turnover.Ingest.Mapped;

/// <summary>English month names as statistics offices print them ("January", "Jan"), with a spelling hint.</summary>
internal static class MonthNames
{
    public static readonly string[] Full =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>Matches a full name, case-insensitively; 1–12 or 0.</summary>
    public static int FromFull(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < Full.Length; i++)
        {
            if (text.Equals(Full[i], StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>Matches a three-letter abbreviation ("Jan"; "Sept" too), case-insensitively; 1–12 or 0.</summary>
    public static int FromAbbreviation(ReadOnlySpan<char> text)
    {
        if (text.Equals("Sept", StringComparison.OrdinalIgnoreCase))
        {
            return 9;
        }

        for (var i = 0; i < Full.Length; i++)
        {
            if (text.Length == 3 && text.Equals(Full[i].AsSpan(0, 3), StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>The closest full name when the text is a near miss ("Febuary"), else null.</summary>
    public static string? Suggest(ReadOnlySpan<char> text) => text.IsEmpty ? null : Spelling.Closest(text.ToString(), Full);
}
