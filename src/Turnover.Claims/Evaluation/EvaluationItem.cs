namespace Turnover.Claims.Evaluation;

/// <summary>A labelled value nothing matched (a miss), an extracted value no label matched (a false hit), or one left unscored.</summary>
public sealed record EvaluationItem
{
    /// <summary>Amount or growth.</summary>
    public required EvaluatedField Field { get; init; }

    /// <summary>1-based line of the labelled row (for a false hit: of the quote's first row).</summary>
    public required long Line { get; init; }

    /// <summary>The sentence.</summary>
    public required string Quote { get; init; }

    /// <summary>The flow in the labels' terms: <c>turnover</c>, <c>china_exports</c>, <c>china_imports</c> (or <c>other</c>).</summary>
    public required string Flow { get; init; }

    /// <summary>The value: billions of US dollars for amounts, percent for growth.</summary>
    public required decimal Value { get; init; }

    /// <summary>The label's note for a miss; for an extracted value, the rules that read it or why it was not scored.</summary>
    public string? Detail { get; init; }
}
