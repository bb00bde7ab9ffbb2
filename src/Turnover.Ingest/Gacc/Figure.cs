namespace Turnover.Ingest.Gacc;

/// <summary>
/// A published number together with the precision it was given at: <c>95.28</c> has step 0.01, <c>95</c> step 1.
/// The step is one unit in the last stated digit, not half of it, because news pages truncate as often as they
/// round (GACC's 146.887 appears as 146.88; 42.96 as 42.9).
/// </summary>
/// <param name="Value">The value as stated (billions of USD in the news compilation).</param>
/// <param name="Step">One unit in the last stated digit; for sums and differences, the sum of the operands' steps.</param>
internal readonly record struct Figure(decimal Value, decimal Step)
{
    /// <summary>A figure whose precision is the number of decimals it was written with.</summary>
    public static Figure Stated(decimal value) => new(value, new decimal(1, 0, 0, false, value.Scale));

    /// <summary>
    /// Two reports agree when they differ by no more than the rounding of the less precise one:
    /// 95 agrees with 95.28 (step 1), 95.4 does not (step 0.1, difference 0.12).
    /// </summary>
    public bool AgreesWith(Figure other) => Math.Abs(Value - other.Value) <= Math.Max(Step, other.Step);

    /// <summary>The sum, whose uncertainty is the sum of both.</summary>
    public Figure Plus(Figure other) => new(Value + other.Value, Step + other.Step);

    /// <summary>The difference, whose uncertainty is the sum of both.</summary>
    public Figure Minus(Figure other) => new(Value - other.Value, Step + other.Step);

    /// <summary>The value as invariant text, e.g. <c>84.07</c>.</summary>
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
