using Turnover.Core;

namespace Turnover.Ingest.Imf;

/// <summary>What an IMF indicator code means for storage: a flow to keep, or a reason to leave it out.</summary>
internal static class ImfFlow
{
    /// <summary>Classifies IMTS (XG_FOB_USD…) and DOTS (TXG_FOB_USD…) indicator codes.</summary>
    /// <returns>The flow, or null with a skip reason, or null with an empty reason for an unknown code.</returns>
    public static Flow? Classify(ReadOnlySpan<char> indicator, out string skipReason)
    {
        skipReason = string.Empty;
        if (indicator is "XG_FOB_USD" or "TXG_FOB_USD")
        {
            return Flow.Export;
        }

        if (indicator is "MG_CIF_USD" or "TMG_CIF_USD")
        {
            return Flow.Import;
        }

        // The same imports valued FOB: keeping both would store one flow twice.
        if (indicator is "MG_FOB_USD" or "TMG_FOB_USD")
        {
            skipReason = "imports valued FOB (the CIF series is kept)";
        }
        else if (indicator is "TBG_USD" or "TBG_FOB_CIF_USD" or "TBG_FOB_USD")
        {
            skipReason = "trade balance (derived from exports and imports)";
        }

        return null;
    }
}
