namespace Turnover.Claims.Evaluation;

/// <summary>The field an evaluation item is about.</summary>
public enum EvaluatedField : byte
{
    /// <summary>An amount in US dollars (labelled in billions).</summary>
    Amount = 1,

    /// <summary>A year-on-year growth rate in percent.</summary>
    Growth = 2,
}
