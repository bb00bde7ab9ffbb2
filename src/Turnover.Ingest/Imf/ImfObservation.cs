namespace Turnover.Ingest.Imf;

/// <summary>One IMF observation as text, whichever layout it came from; spans so CSV rows need no strings.</summary>
internal ref struct ImfObservation
{
    public ReadOnlySpan<char> Reporter;
    public ReadOnlySpan<char> Indicator;
    public ReadOnlySpan<char> Counterpart;
    public ReadOnlySpan<char> Frequency;
    public ReadOnlySpan<char> TimePeriod;
    public ReadOnlySpan<char> Value;

    /// <summary>Power of ten to multiply OBS_VALUE by: DOTS UNIT_MULT; always 0 for IMTS, whatever SCALE says.</summary>
    public int UnitMultiplier;
}
