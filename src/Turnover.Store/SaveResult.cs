namespace Turnover.Store;

/// <summary>What saving an article's claims did.</summary>
/// <param name="ArticleId">The article's id (the one already stored when the same text was saved before).</param>
/// <param name="Added">Claims saved now.</param>
/// <param name="AlreadySaved">Claims the store already held (same source, date, sentence and span).</param>
public readonly record struct SaveResult(int ArticleId, int Added, int AlreadySaved);
