using Turnover.Core;

namespace Turnover.Claims;

/// <summary>
/// One quantitative trade claim: what the text states, kept apart from any judgement of it. The reporter, partner
/// and flow are as the text names them ("Russia's imports from China" stays Russia / imports / China); the
/// normalised view (<see cref="Exporter"/>, <see cref="Importer"/>) says which figure that is.
/// </summary>
public sealed record StatedClaim
{
    /// <summary>The sentence the claim was read from, as written.</summary>
    public required string Sentence { get; init; }

    /// <summary>Where the sentence stands in the text.</summary>
    public required TextSpan SentenceSpan { get; init; }

    /// <summary>The language the sentence was read in.</summary>
    public required ClaimLanguage Language { get; init; }

    /// <summary>Fact, projection, target or ranking.</summary>
    public required ClaimKind Kind { get; init; }

    /// <summary>The country whose exports or imports the text names (either side for turnover); null when unknown.</summary>
    public Country? Reporter { get; init; }

    /// <summary>The other country; null when unknown.</summary>
    public Country? Partner { get; init; }

    /// <summary>Where <see cref="Reporter"/> and <see cref="Partner"/> came from.</summary>
    public required CountrySource CountrySource { get; init; }

    /// <summary>Turnover, or the reporter's exports to / imports from the partner.</summary>
    public required StatedFlow Flow { get; init; }

    /// <summary>The words that named the flow ("Chinese exports to Russia", "中国自俄进口").</summary>
    public required string FlowText { get; init; }

    /// <summary>The period, when one is given.</summary>
    public StatedPeriod? Period { get; init; }

    /// <summary>
    /// When <see cref="Period"/> is null: the period of the fact in the sentence right before, across a paragraph break,
    /// on the same pair ("South Korea's exports to China rose 3.3 percent in December 2019." then, a paragraph down,
    /// "Imports from China fell 5.1 percent to $9.0 billion."). A wire story's next paragraph may be about another time,
    /// so it is not the claim's period (the claim stays not verifiable); the checker shows the figure on it beside.
    /// Null otherwise.
    /// </summary>
    public StatedPeriod? NeighbourPeriod { get; init; }

    /// <summary>
    /// When <see cref="Period"/> is null: a span the text gives that no stored period can be (twelve months across two
    /// years, a fiscal year), named so the verdict can say why; null when the text gives no period at all.
    /// </summary>
    public UnreadPeriod? UnreadPeriod { get; init; }

    /// <summary>The amount as stated, when the claim has one.</summary>
    public StatedAmount? Amount { get; init; }

    /// <summary>
    /// When the amount is an average per month or day of the period ("$28 billion a month on average in 2019"): judged as
    /// that many times it against the period's total. <see cref="AveragePer.None"/> otherwise.
    /// </summary>
    public AveragePer AveragePer { get; init; }

    /// <summary>The same figure in another currency, given beside it ("1.28 trillion yuan ($180.3 billion)").</summary>
    public StatedAmount? AmountEquivalent { get; init; }

    /// <summary>The growth rate, when the claim has one.</summary>
    public StatedGrowth? Growth { get; init; }

    /// <summary>True when the text says the figure will be reached "ahead of schedule" ("досрочно", "提前").</summary>
    public bool AheadOfSchedule { get; init; }

    /// <summary>
    /// True when the amount is a level reached by a fall ("expected to fall to $200 billion in 2025", "could drop below",
    /// "снизится до", "降至"): a projection or goal of it is that period's own level, judged as a figure, never a
    /// threshold to reach (it was judged "met" by an earlier, higher year).
    /// </summary>
    public bool FallsTo { get; init; }

    /// <summary>
    /// True when the amount is a change, signed ("rose by $4.7 billion": +4.7 bn; "fell by", "снизился на", "减少了":
    /// negative), not a level: judged against the stored level less its base's (<see cref="ChangeComparison"/>).
    /// </summary>
    public bool AmountIsChange { get; init; }

    /// <summary>
    /// What a change (<see cref="AmountIsChange"/>) is on, as a rate's <see cref="StatedGrowth.Comparison"/>: the same
    /// period a year earlier (said or not), the period before ("fell $2.8 billion in December from November", "month on
    /// month"), or another base named without a period ("down $20 billion from its peak"), which is not judged.
    /// </summary>
    public GrowthComparison ChangeComparison { get; init; }

    /// <summary>The words naming the base of a change on <see cref="GrowthComparison.OtherBase"/>; null otherwise.</summary>
    public string? ChangeBaseText { get; init; }

    /// <summary>
    /// The words saying the figure is a record, the highest ever ("a record $240.1 billion", "рекордных", "创历史新高"), given
    /// to the fact whose figure is in their clause, else the nearest before them; null when the text says none. A record
    /// low is not read.
    /// </summary>
    public string? RecordText { get; init; }

    /// <summary>
    /// The words saying a threshold was crossed for the first time ("exceeded $200 billion for the first time", "впервые
    /// превысил", "首次突破"), given to the fact whose amount is that bound ("more than", "at least") in their clause; null
    /// otherwise. Every earlier figure of the kind must be at most the amount.
    /// </summary>
    public string? FirstTimeText { get; init; }

    /// <summary>
    /// A superlative since a year the figure is said to be ("the smallest since 2004", "its first decline since 2020",
    /// "创2004年以来新低"): a claim about every year between, checked against the stored figures; null when none.
    /// </summary>
    public StatedSuperlative? Superlative { get; init; }

    /// <summary>
    /// For a fact with no rate or amount, the way it is said to have gone on a year earlier ("trade fell in 2020",
    /// "снизился", "同比下降"); null otherwise (a rate's sign is its own).
    /// </summary>
    public StatedDirection? Direction { get; init; }

    /// <summary>Who made the claim, when the sentence says ("Putin said", "заявил Путин", "…表示").</summary>
    public string? Speaker { get; init; }

    /// <summary>
    /// Whose statistics the sentence gives its figures from, when it names them ("according to Russian customs", "по
    /// данным ФТС России", "据俄罗斯海关统计", "China's General Administration of Customs"); null when it names none,
    /// or two sides' at once.
    /// </summary>
    public Country? StatisticsOf { get; init; }

    /// <summary>The words that named them ("Russian customs", "ФТС России", "海关总署").</summary>
    public string? StatisticsText { get; init; }

    /// <summary>Whether the figure is about a product group or a volume rather than total trade.</summary>
    public SubsetKind Subset { get; init; }

    /// <summary>The words that made it a subset ("crude oil", "农产品", "тонн").</summary>
    public string? SubsetText { get; init; }

    /// <summary>The quantity stated, for a volume ("86.25 million tonnes"); null otherwise, or for a rate alone ("rose 10% in volume").</summary>
    public StatedVolume? Volume { get; init; }

    /// <summary>For a volume: the product group the sentence says it is of ("crude oil", "нефти", "原油"); null when it names none.</summary>
    public string? VolumeOf { get; init; }

    /// <summary>The named rules that read this claim, e.g. <c>en.amount.scale-word</c>, <c>zh.flow.dui-export</c>.</summary>
    public required IReadOnlyList<string> Rules { get; init; }

    /// <summary>The exporting country of the figure: the reporter for exports, the partner for imports; null for turnover.</summary>
    public Country? Exporter => Flow switch
    {
        StatedFlow.Exports => Reporter,
        StatedFlow.Imports => Partner,
        _ => null,
    };

    /// <summary>The importing country of the figure: the partner for exports, the reporter for imports; null for turnover.</summary>
    public Country? Importer => Flow switch
    {
        StatedFlow.Exports => Partner,
        StatedFlow.Imports => Reporter,
        _ => null,
    };

    /// <summary>The amount in whole US dollars, from the amount or its stated equivalent; null when neither is in USD.</summary>
    public long? AmountUsd => Amount?.WholeUsd ?? AmountEquivalent?.WholeUsd;
}
