namespace Turnover.Claims;

/// <summary>How a text qualifies a number (JSON <c>bound</c>).</summary>
public enum Bound : byte
{
    /// <summary>The number as given, exact within its rounding.</summary>
    Exact = 0,

    /// <summary>"about", "some", "около", "约", "左右".</summary>
    About = 1,

    /// <summary>"more than", "over", "более", "свыше", "超过", "逾", "多", "以上".</summary>
    MoreThan = 2,

    /// <summary>"less than", "under", "менее", "不到".</summary>
    LessThan = 3,

    /// <summary>"nearly", "almost", "почти", "近", "将近": just below the number.</summary>
    Nearly = 4,

    /// <summary>"at least", "не менее", "至少".</summary>
    AtLeast = 5,

    /// <summary>"up to", "до", "最多".</summary>
    UpTo = 6,

    /// <summary>
    /// "$230-245 billion", "between $230 and $245 billion", "от 230 до 245 млрд", "2300亿至2450亿美元": the amount is
    /// the range's middle and its rounding half the range (plus the ends' own), so a figure inside it holds.
    /// </summary>
    Range = 7,
}
