using Turnover.Core;

namespace Turnover.Claims.Internal;

/// <summary>Something a rule found in a sentence; offsets are relative to the sentence.</summary>
internal abstract record Mention(int Start, int End, string Rule);

/// <summary>The words a fact with no figure is read from ("hit a record", "rose for a fourth straight year").</summary>
internal sealed record CueMention(int Start, int End, string Rule) : Mention(Start, End, Rule);

/// <summary>An amount of money (or a volume, when <see cref="IsVolume"/>).</summary>
internal sealed record AmountMention(int Start, int End, string Rule, decimal Value, Currency Currency, decimal Rounding, Bound Bound, string Text, bool IsVolume)
    : Mention(Start, End, Rule)
{
    /// <summary>Set when the amount restates the one before it in brackets (another currency).</summary>
    public bool IsEquivalent { get; set; }

    /// <summary>Set when the amount is a comparison base ("up from $240.1 billion", "с $20,83 млрд").</summary>
    public bool IsBase { get; set; }

    /// <summary>Set when the amount is a change, not a level ("rose by $49.9 billion", "вырос на $49,9 млрд", "增加499亿美元").</summary>
    public bool IsChange { get; set; }

    /// <summary>
    /// For a change a verb opens ("rose by $4.7 billion", "снизился на", "减少了"): +1 for a rise, −1 for a fall, a change
    /// on the same period a year earlier; 0 otherwise (a change named as "the increase was…" or "$4.7 billion more than
    /// in 2023" is not read as one).
    /// </summary>
    public int ChangeSign { get; set; }

    /// <summary>Set when a minus stands before the amount ("minus $13.8 billion", "-$13.8 billion", "минус 13,8 млрд"): a balance's other sign.</summary>
    public bool IsNegative { get; set; }

    /// <summary>What a change (<see cref="ChangeSign"/> not 0) is on: the marker nearest it, as for a growth rate ("from November": the period before).</summary>
    public GrowthComparison ChangeComparison { get; set; }

    /// <summary>The words naming the base of a change on <see cref="GrowthComparison.OtherBase"/> ("from their peak"); null otherwise.</summary>
    public string? ChangeBaseText { get; set; }

    /// <summary>The lower end of a range (<see cref="Bound.Range"/>), in the amount's currency; null otherwise.</summary>
    public decimal? RangeLow { get; init; }

    /// <summary>A volume's unit (<see cref="Value"/> is then in it, its scale applied); null for money.</summary>
    public VolumeUnit? Unit { get; init; }
}

/// <summary>Years a rate spans by the words that count them ("over the past decade": 10).</summary>
internal sealed record YearsSpan(int Years, string Text);

/// <summary>A growth rate with its sign already applied.</summary>
internal sealed record GrowthMention(int Start, int End, string Rule, decimal Percent, decimal Rounding, Bound Bound, GrowthComparison Comparison, string Text)
    : Mention(Start, End, Rule)
{
    /// <summary>The end of a range (<see cref="Bound.Range"/>) nearer zero, signed; null otherwise.</summary>
    public decimal? RangeLow { get; init; }

    /// <summary>The words naming an other base (<see cref="GrowthComparison.OtherBase"/>); null otherwise.</summary>
    public string? BaseText { get; init; }

    /// <summary>How many years the rate spans by the words next to it ("over the past decade", "за пять лет", "十年来"), with the words; null when none.</summary>
    public YearsSpan? YearsSpanned { get; init; }

    /// <summary>The rate this one is set against ("1.9% in 2024, compared with 26.3% in 2023": 1.9%'s); null for most. Such a rate pairs with no amount.</summary>
    public GrowthMention? ComparedWith { get; init; }

    /// <summary>
    /// The end of the word after the rate that gives its sign ("a 26.3% rise", "26.3%的增长"); null when the sign is
    /// elsewhere. A period right after that word ("a 26.3% rise in 2023") is as near the rate as one right after the number.
    /// </summary>
    public int? SignWordEnd { get; init; }
}

/// <summary>A phrase that names a flow, with the exporter and importer it names (either may be missing).</summary>
internal sealed record FlowMention(int Start, int End, string Rule, StatedFlow Flow, Country? Exporter, Country? Importer, string Text)
    : Mention(Start, End, Rule)
{
    /// <summary>
    /// For turnover: the two countries the phrase names ("Sino-Russian", "中俄", "between Russia and China"); for a
    /// surplus or deficit, its owner, and <see cref="Second"/> the partner.
    /// </summary>
    public Country? First { get; init; }

    /// <summary>See <see cref="First"/>.</summary>
    public Country? Second { get; init; }

    /// <summary>"in the opposite direction", "в обратном направлении": the reverse of the previous flow.</summary>
    public bool IsReverse { get; init; }

    /// <summary>A word right before the flow's noun that makes it a part ("seaborne" imports); null when none.</summary>
    public string? Qualifier { get; init; }

    /// <summary>
    /// A balance named by a neutral word ("China's trade balance with Russia", "сальдо торговли Китая с Россией"): its
    /// owner's surplus when the amount is positive, deficit when negative. Only a negative amount makes it a claim: "the
    /// U.S. trade balance with China was $345.6 billion" is often written of a deficit.
    /// </summary>
    public bool SignedBalance { get; init; }
}

/// <summary>A country named by name, adjective, capital or abbreviation.</summary>
internal sealed record CountryMention(int Start, int End, string Rule, Country Country) : Mention(Start, End, Rule);

/// <summary>What kind of relative reference a period makes.</summary>
internal enum RelativeYear
{
    None,
    ThisYear,
    LastYear,

    /// <summary>"Next year", "в следующем году", "明年": a goal's or forecast's year.</summary>
    NextYear,
}

/// <summary>A period: explicit year, or relative, or a month/range whose year comes from elsewhere.</summary>
internal sealed record PeriodMention(int Start, int End, string Rule, PeriodKind Kind, int? Year, RelativeYear Relative, int StartMonth, int Months, string Text)
    : Mention(Start, End, Rule)
{
    /// <summary><see cref="StartMonth"/> of "当月": the month the rest of the sentence names.</summary>
    public const int SameMonth = 0;

    /// <summary><see cref="StartMonth"/> of "last month", "в прошлом месяце": the month before the article's.</summary>
    public const int LastMonth = -1;

    /// <summary><see cref="StartMonth"/> of "this month", "в этом месяце": the article's month.</summary>
    public const int ThisMonth = -2;

    /// <summary>
    /// <see cref="StartMonth"/> of a year so far ("so far this year", "с начала года", "今年以来"): January through a month
    /// the text does not name.
    /// </summary>
    public const int SoFar = -3;

    /// <summary>"by 2024", "к 2024 году", "到2024年".</summary>
    public bool IsDeadline { get; init; }

    /// <summary>A comparison base ("from 2021", "较2024年", "than in August 2021"): not the claim's period.</summary>
    public bool IsBase { get; set; }

    /// <summary>
    /// The start of a superlative's span ("the fastest pace since 2010", "впервые с 2020 года", "2020年以来首次"), or the
    /// year of an event ("since Western sanctions were imposed in 2022"): a base of no rate, so never the year a rate runs
    /// from, nor a figure's period.
    /// </summary>
    public bool OfSuperlative { get; set; }
}

/// <summary>A rank among partners ("Russia's largest trading partner").</summary>
internal sealed record RankingMention(int Start, int End, string Rule, StatedFlow Flow, Country? Owner, string Text) : Mention(Start, End, Rule);
