namespace Turnover.Application;

/// <summary>A product question that needs an HS code was given the total of all goods.</summary>
/// <param name="Question">Which question.</param>
public sealed record ProductCodeRequired(ProductQuestionKind Question) : FailureReason;
