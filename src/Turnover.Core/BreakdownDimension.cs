namespace Turnover.Core;

/// <summary>The dimensions a Comtrade total can be broken down by (besides product and partner).</summary>
public enum BreakdownDimension
{
    /// <summary>Customs procedure (customsCode; C00 = all procedures).</summary>
    CustomsProcedure,

    /// <summary>Mode of transport (motCode; 0 = all modes).</summary>
    TransportMode,

    /// <summary>Second partner, such as the country of consignment (partner2Code; 0 = World, all second partners).</summary>
    SecondPartner,
}
