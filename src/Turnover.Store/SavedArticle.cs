namespace Turnover.Store;

/// <summary>A news text kept by <c>turnover claims --save</c>, whole, so that its claims can be judged again.</summary>
/// <param name="Source">Where it came from: the file name, or what the user gave with <c>--source</c>.</param>
/// <param name="ArticleDate">The article's date its claims are judged as of.</param>
/// <param name="Language">The language asked for when it was saved (<c>Auto</c>, <c>English</c>, <c>Russian</c>, <c>Chinese</c>).</param>
/// <param name="Text">The decoded text.</param>
public sealed record SavedArticle(string Source, DateOnly ArticleDate, string Language, string Text)
{
    /// <summary>The store's id of the article; 0 before it is saved.</summary>
    public int Id { get; init; }

    /// <summary>When it was first saved (UTC).</summary>
    public DateTimeOffset SavedAt { get; init; }
}
