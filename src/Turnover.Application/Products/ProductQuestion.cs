namespace Turnover.Application;

/// <summary>What the product questions (<c>products</c>, <c>suppliers</c>, <c>decompose</c>) refuse alike before reading the store.</summary>
internal static class ProductQuestion
{
    /// <summary>A first year after the last, or fewer than one row asked for; null when the question can be asked.</summary>
    public static Failure? Refusal(YearRange years, int top) =>
        Refusal(years) ?? (top < 1 ? Failure.Because(FailureKind.BadInput, new TooFewRowsAsked(top)) : null);

    /// <summary>A first year after the last; null when the years can be asked for.</summary>
    public static Failure? Refusal(YearRange years) =>
        years is { From: { } from, To: { } to } && from > to ? Failure.Because(FailureKind.BadInput, new FirstYearAfterLast(from, to)) : null;
}
