namespace Turnover.Application;

/// <summary>What a claim's query asks of the store.</summary>
public enum ClaimQuantity
{
    /// <summary>A value in US dollars for the period.</summary>
    Level,

    /// <summary>A growth rate on the same period a year earlier.</summary>
    Growth,

    /// <summary>A level and a growth rate together ("$240bn, up 26.3%").</summary>
    LevelAndGrowth,

    /// <summary>An annual value to be reached by a deadline year (a target or projection).</summary>
    TargetValue,

    /// <summary>A rank among partners: needs every partner's figures.</summary>
    Rank,

    /// <summary>Nothing the store can be asked (no figure, or a product group or volume).</summary>
    None,

    /// <summary>A product group's quantity in tonnes for the period ("86.25 million tonnes of crude oil").</summary>
    Volume,

    /// <summary>A product group's growth in quantity on the same period a year earlier ("rose 10% in volume").</summary>
    VolumeGrowth,

    /// <summary>A quantity and its growth together.</summary>
    VolumeAndGrowth,

    /// <summary>A change in value on the same period a year earlier ("rose by $4.7 billion in 2024").</summary>
    Change,

    /// <summary>The growth a goal needs from its base year to reach its amount by its year ("would need to grow 3.6% a year to reach $300 billion by 2030").</summary>
    RequiredGrowth,
}
