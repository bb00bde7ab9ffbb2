namespace Turnover.Claims.Evaluation;

/// <summary>How well one field (amounts or growth rates) was extracted from a labelled file.</summary>
/// <param name="Hits">Extracted values that equal a labelled one (within rounding, same flow).</param>
/// <param name="FalseHits">Extracted values that match no label.</param>
/// <param name="Misses">Labelled values that nothing extracted matched.</param>
public readonly record struct FieldScore(int Hits, int FalseHits, int Misses)
{
    /// <summary>Hits over everything extracted; 1 when nothing was extracted.</summary>
    public double Precision => Hits + FalseHits == 0 ? 1d : (double)Hits / (Hits + FalseHits);

    /// <summary>Hits over everything labelled; 1 when nothing was labelled.</summary>
    public double Recall => Hits + Misses == 0 ? 1d : (double)Hits / (Hits + Misses);
}
