namespace Turnover.Ingest.Wind;

/// <summary>The names Wind's exports give the HS lines the Wind reader stores ("Crude Oil" for heading 2709).</summary>
public static class WindProductNames
{
    /// <summary>Wind's name of the HS line, or null when the Wind reader stores no line of that code.</summary>
    public static string? Of(int code, int digits) => WindProducts.NameOf(code, digits);
}
