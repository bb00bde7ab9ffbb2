using Turnover.Application;
using Turnover.Claims;
using Turnover.Presentation.Wording;

namespace Turnover.Presentation.Json;

/// <summary><c>turnover claims --format json</c>: contract <c>turnover.claims/2</c> (docs/json-contract.md).</summary>
/// <param name="Contract">"turnover.claims/2".</param>
/// <param name="ArticleDate">The date relative periods were anchored to and projections judged as of, ISO 8601.</param>
/// <param name="ArticleDateOrigin">"given" (--date), "dateline" (read from the text) or "assumedToday".</param>
/// <param name="Today">The date of the outcome, ISO 8601.</param>
/// <param name="Language">The text's main language: "en", "ru" or "zh".</param>
/// <param name="Thresholds">The verdicts' thresholds.</param>
/// <param name="Claims">One per claim, in text order; empty when none were found.</param>
/// <param name="Note">"no trade claims found" when <paramref name="Claims"/> is empty, as the table and Markdown say; else null.</param>
internal sealed record ClaimsDocument(
    string Contract, string ArticleDate, string ArticleDateOrigin, string Today, string Language, ThresholdsJson Thresholds, IReadOnlyList<ClaimJson> Claims, string? Note)
{
    /// <summary>With today assumed, the text's dateline that names no year ("BEIJING, Jan 13"); else null.</summary>
    public string? YearlessDateline { get; init; }

    public const string Name = "turnover.claims/2";

    public static ClaimsDocument From(ClaimCheckAnswer answer, HintWording hints) => new(
        Name, JsonDates.Date(answer.ArticleDate), ClaimWording.OriginName(answer.DateOrigin), JsonDates.Date(answer.Today), ClaimWording.LanguageCode(answer.Language),
        ThresholdsJson.From(answer.Thresholds), [.. answer.Claims.Select(c => ClaimJson.From(c, answer, hints))], answer.Claims.Count == 0 ? ClaimWording.NoClaims : null)
    {
        YearlessDateline = answer.YearlessDateline,
    };
}

/// <summary>The verdicts' thresholds, in percent of the stored level and in percentage points.</summary>
internal sealed record ThresholdsJson(decimal SameLevelPct, decimal RoughLevelPct, decimal SameGrowthPct, decimal RoughGrowthPct)
{
    public static ThresholdsJson From(ClaimThresholds t) => new(t.SameLevelPercent, t.RoughLevelPercent, t.SameGrowthPoints, t.RoughGrowthPoints);
}

/// <summary>One claim: what the text states, the query, the evidence and the verdict.</summary>
/// <param name="Sentence">The sentence as written.</param>
/// <param name="Stated">What the text states (docs/claims.md).</param>
/// <param name="Query">The query it became; null when it could not become one.</param>
/// <param name="Evidence">The stored figures compared with; null when none were.</param>
/// <param name="Verdict">"accurate", "accurateWithinRounding", "roughlyAccurate", "inaccurate" or "notVerifiable".</param>
/// <param name="VerdictText">The verdict in a sentence with its numbers and threshold.</param>
/// <param name="Missing">For "notVerifiable": what is missing; else null.</param>
/// <param name="Notes">How the claim was read beyond its sentence; empty when nothing.</param>
/// <param name="Target">For a projection or target of an amount by a year: the target it was judged as; else null.</param>
/// <param name="AsOfArticle">For projections and targets: what the data said on the article's date; else null.</param>
/// <param name="TodayOutcome">For projections and targets: the outcome today; else null. JSON name <c>today</c>.</param>
internal sealed record ClaimJson(
    string Sentence,
    StatedJson Stated,
    QueryJson? Query,
    EvidenceJson? Evidence,
    string Verdict,
    string VerdictText,
    string? Missing,
    IReadOnlyList<string> Notes,
    TargetJson? Target,
    OutlookJson? AsOfArticle,
    [property: System.Text.Json.Serialization.JsonPropertyName("today")] OutlookJson? TodayOutcome)
{
    public static ClaimJson From(CheckedClaim c, ClaimCheckAnswer answer, HintWording hints) => new(
        c.Stated.Sentence,
        StatedJson.From(c.Stated),
        QueryJson.From(c.Question),
        EvidenceJson.From(c.Evidence),
        ClaimWording.VerdictName(c.Verdict),
        ClaimWording.VerdictSentence(c, answer.Thresholds, hints),
        ClaimWording.Missing(c, hints),
        ClaimNoteWording.Texts(c.Notes),
        c.Outlook is { } o ? TargetJson.From(o.Target) : null,
        c.Outlook is { } then ? OutlookJson.From(then.AsOfArticle, null, hints) : c.AsOfArticle is { } known ? OutlookJson.Known(answer.ArticleDate, known) : null,
        c.Outlook is { } now ? OutlookJson.From(now.Today, now.Outcome, hints) : null);
}

/// <summary>The query a claim became.</summary>
/// <param name="A">The claim's reporter.</param>
/// <param name="B">The other country.</param>
/// <param name="Measure">"turnover", "exports", "imports" or "balance" (exports less imports), of A with B.</param>
/// <param name="PeriodKind">"year", "ytd", "month", "quarter", "half"; null when none.</param>
/// <param name="Period">The period; null when none could be fixed.</param>
/// <param name="Quantity">"level", "growth", "levelAndGrowth", "targetValue", "rank" or "none".</param>
/// <param name="Reporter">Whose statistics the figure belongs to: the side whose statistics the text cites, else the side whose exports or imports it names; null for turnover with none cited.</param>
internal sealed record QueryJson(CountryJson A, CountryJson B, string Measure, string? PeriodKind, string? Period, string Quantity, CountryJson? Reporter)
{
    /// <summary>For an amount over several calendar years, the first of them (<c>period</c> is then the last, <c>periodKind</c> "year"); null otherwise; added 6 December 2026.</summary>
    public int? FromYear { get; init; }

    public static QueryJson? From(ClaimQuestion? q) => q is null ? null : new(
        CountryJson.From(q.A), CountryJson.From(q.B), q.Measure.ToString().ToLowerInvariant(),
        q.PeriodKind == Turnover.Claims.PeriodKind.None ? null : StatedJson.PeriodKindName(q.PeriodKind), q.Period?.ToString(),
        char.ToLowerInvariant(q.Quantity.ToString()[0]) + q.Quantity.ToString()[1..], q.Reporter is { } r ? CountryJson.From(r) : null)
    {
        FromYear = q.FromYear,
    };
}

/// <summary>The stored figures compared with.</summary>
/// <param name="Reporter">Whose statistics.</param>
/// <param name="Partner">The other country.</param>
/// <param name="Source">The publisher.</param>
/// <param name="Measure">
/// The reporter's measure ("turnover", "exports", "imports"), mirrored when the other side's figures were used; for a
/// surplus or deficit claim, "surplus" or "deficit": the values are then the stated reporter's surplus (exports less
/// imports) or deficit (imports less exports) with the stated partner, as this reporter's statistics count it.
/// </param>
/// <param name="Period">The figure's period.</param>
/// <param name="AsOf">Figures published by this date; null for everything stored.</param>
/// <param name="ValueUsd">The stored value; null when none. A surplus or deficit is negative when the balance has the other sign.</param>
/// <param name="StatedUsd">The stated amount in US dollars (converted when stated in another currency); for a range, its end nearer the stored value.</param>
/// <param name="StatedRange">A stated range in US dollars (<c>lowUsd</c>, <c>highUsd</c>); null for a single number.</param>
/// <param name="StatedConversion">How a stated amount in another currency was converted; null for US dollars.</param>
/// <param name="DifferenceUsd">Stored minus stated (a range: minus its nearer end, zero inside it).</param>
/// <param name="DifferencePct">Stored minus stated, percent points of the stored value.</param>
/// <param name="Growth">The period's growth on a year earlier, computed and as published.</param>
/// <param name="GrowthOrigin">Which of the two the claim was compared with: "published" or "computed"; null without a rate.</param>
/// <param name="GrowthEvidence">Where the printed rate was printed (URL or file:line); null when none was.</param>
/// <param name="GrowthDifferencePct">Compared growth minus stated growth, percent points.</param>
/// <param name="Releases">The releases behind the figures.</param>
/// <param name="Notes">Which side was judged and why; empty when nothing to say.</param>
/// <param name="Record">For a figure the text calls a record: whether it is above every earlier stored one; null otherwise.</param>
/// <param name="Volume">For a volume claim: the stored quantity in tonnes it was judged on (<c>valueUsd</c> is then the same lines' value, and the growth fields stay empty); null otherwise.</param>
internal sealed record EvidenceJson(
    CountryJson Reporter, CountryJson Partner, SourceJson Source, string Measure, string Period, string? AsOf, decimal? ValueUsd, decimal? StatedUsd,
    StatedRangeJson? StatedRange, string? StatedConversion, decimal? DifferenceUsd, decimal? DifferencePct, GrowthJson Growth, string? GrowthOrigin, string? GrowthEvidence,
    decimal? GrowthDifferencePct, IReadOnlyList<ReleaseRefJson> Releases, IReadOnlyList<string> Notes, RecordJson? Record, VolumeEvidenceJson? Volume)
{
    /// <summary>True when the figure is the twelve months ending with <c>period</c> (a month), made from the stored months or cumulatives, its growth on the twelve before; added 6 December 2026.</summary>
    public bool TwelveMonths { get; init; }

    /// <summary>
    /// For a change ("rose by $4.7 billion"): the base period (a year earlier), its stored figure and the change to
    /// <c>valueUsd</c>; <c>statedUsd</c>, <c>differenceUsd</c> and <c>differencePct</c> are then of the change. Null
    /// otherwise; added 6 December 2026.
    /// </summary>
    public ChangeJson? Change { get; init; }

    /// <summary>
    /// For a rate the text says a goal needs (<c>stated.growthRequired</c>): the goal and the span the needed rate was
    /// computed over from <c>period</c>'s figure (<c>valueUsd</c>); the rate is <c>required.growthPct</c>, compared in
    /// <c>growthDifferencePct</c>; <c>growth</c> stays the period's own. Null otherwise; added 7 December 2026.
    /// </summary>
    public RequiredGrowthJson? Required { get; init; }

    /// <summary>
    /// For an amount over several calendar years ("$900 billion in 2019-2023"): each year's stored figure, whose sum is
    /// <c>valueUsd</c> (<c>period</c> is then the last year); empty otherwise; added 6 December 2026.
    /// </summary>
    public IReadOnlyList<SummedYearJson> SummedYears { get; init; } = [];

    /// <summary>
    /// For a figure the text calls a superlative since a year (<c>stated.superlative</c>): whether every period between
    /// was less extreme; null otherwise or when the store could not check it (a note says why); added 6 December 2026.
    /// </summary>
    public SuperlativeJson? Superlative { get; init; }

    /// <summary>
    /// For a rate over several years: the points within which it was roughly accurate, 5% of the level it gives
    /// (<c>thresholds.roughLevelPercent</c> of 100 plus the stored rate); null when <c>thresholds.roughGrowthPoints</c>
    /// applied; added 6 December 2026.
    /// </summary>
    public decimal? RoughGrowthPoints { get; init; }

    /// <summary>
    /// For a threshold the text says was crossed for the first time (<c>stated.firstTimeText</c>): whether no earlier
    /// stored figure of the kind was above it; null otherwise, or when none is stored (a note says so). Added 6 December 2026.
    /// </summary>
    public FirstTimeJson? FirstTime { get; init; }

    public static EvidenceJson? From(ClaimEvidence? e) => e is null ? null : new(
        CountryJson.From(e.Reporter), CountryJson.From(e.Partner), SourceJson.From(e.Source), MeasureName(e), e.Period.ToString(),
        JsonDates.Date(e.AsOf), JsonNumbers.Usd(e.ValueUsd), JsonNumbers.Usd(e.StatedUsd),
        e.StatedRange is { } range ? new StatedRangeJson(JsonNumbers.Usd(range.LowUsd), JsonNumbers.Usd(range.HighUsd)) : null, e.StatedConversion is { } conversion ? ConversionWording.Stated(conversion) : null, JsonNumbers.Usd(e.DifferenceUsd),
        JsonNumbers.Percent(e.DifferencePercent), GrowthJson.Of(e.ComputedGrowthPercent, e.PublishedRate?.RatePercent), e.GrowthOrigin is { } g ? g.ToString().ToLowerInvariant() : null,
        e.PublishedRate?.Evidence, JsonNumbers.Percent(e.DifferencePoints),
        [.. e.Releases.Select(r => new ReleaseRefJson(r.Id, r.FileName, JsonDates.Date(r.Vintage)))], ClaimNoteWording.Texts(e.Notes), RecordJson.From(e.Record),
        VolumeEvidenceJson.From(e.Volume))
    {
        TwelveMonths = e.TwelveMonths,
        Change = e.Change is { } change ? new ChangeJson(change.Base.ToString(), JsonNumbers.Usd(change.BaseUsd), JsonNumbers.Usd(change.ChangeUsd)) : null,
        Required = e is { Required: { } n, GrowthPercent: { } needed } ? new RequiredGrowthJson(JsonNumbers.Usd(n.GoalUsd), n.DeadlineYear, n.Years, n.Yearly, n.BaseNamed, needed) : null,
        SummedYears = [.. e.SummedYears.Select(y => new SummedYearJson(y.Year, JsonNumbers.Usd(y.ValueUsd)))],
        Superlative = SuperlativeJson.From(e.Superlative),
        RoughGrowthPoints = e.RoughGrowthPoints,
        FirstTime = e.FirstTime is { } f ? new FirstTimeJson(f.Holds, JsonNumbers.Usd(f.ThresholdUsd), f.Earlier.FirstCompared.ToString(), f.Earlier.Compared, f.Earlier.PreviousHigh.ToString(), JsonNumbers.Usd(f.Earlier.PreviousHighUsd)) : null,
    };

    private static string MeasureName(ClaimEvidence e) => e.Balance is { } b ? (b.Surplus ? "surplus" : "deficit") : e.Measure.ToString().ToLowerInvariant();
}

/// <summary>A superlative since a year checked: the kind (<c>highest</c>, <c>lowest</c>, <c>fastestGrowth</c>, <c>slowestGrowth</c>, <c>firstFall</c>, <c>firstRise</c>, <c>riseStreak</c>, <c>fallStreak</c>, <c>aboveStreak</c>), the named period (for a run, the year before it), whether it holds, the claim's figure (US dollars for a level, percent for a rate), how many periods between were compared, the latest one that breaks it with its figure, the named period's own figure, and for a run above an amount the amount (US dollars).</summary>
internal sealed record SuperlativeJson(string Kind, string Since, bool Holds, decimal Figure, int Compared, string? Breaking, decimal? BreakingFigure, decimal? SinceFigure, decimal? ThresholdUsd)
{
    public static SuperlativeJson? From(SuperlativeCheck? s) => s is null ? null
        : new(char.ToLowerInvariant(s.Kind.ToString()[0]) + s.Kind.ToString()[1..], s.Since.ToString(), s.Holds, Level(s, s.Figure), s.Compared, s.Breaking?.ToString(),
            s.BreakingFigure is { } b ? Level(s, b) : null, s.SinceFigure is { } f ? Level(s, f) : null, s.ThresholdUsd is { } t ? JsonNumbers.Usd(t) : null);

    // A level in whole US dollars as every evidence amount; a rate as it is.
    private static decimal Level(SuperlativeCheck s, decimal figure) => s.Kind.IsOfLevel() ? JsonNumbers.Usd(figure) : figure;
}

/// <summary>One year's stored figure in a sum over several years (US dollars).</summary>
internal sealed record SummedYearJson(int Year, decimal ValueUsd);

/// <summary>
/// A goal's needed rate: the goal (US dollars) and its year, the years from <c>period</c> to it, whether the rate is a
/// compound one a year (else the change over the whole span), whether the text named the base year (else the latest full
/// year published by the article's date), and the rate, percent.
/// </summary>
internal sealed record RequiredGrowthJson(decimal GoalUsd, int Deadline, int Years, bool Yearly, bool BaseNamed, decimal GrowthPct);

/// <summary>A change's base: the period a year earlier, its stored figure, and the stored change from it (US dollars).</summary>
internal sealed record ChangeJson(string BasePeriod, decimal BaseUsd, decimal ChangeUsd);

/// <summary>A volume claim's stored quantity against the stated one, metric tonnes (differences: stored minus stated).</summary>
/// <param name="StoredTonnes">The period's weight summed over the headings' lines.</param>
/// <param name="StatedTonnes">The stated quantity; null when only a rate is stated.</param>
/// <param name="DifferenceTonnes">Stored minus stated.</param>
/// <param name="DifferencePct">Stored minus stated, percent of the stored quantity.</param>
/// <param name="BaseTonnes">The same months of the year before, when a rate was judged.</param>
/// <param name="GrowthPct">The quantity's growth on the year before, computed from the two.</param>
/// <param name="GrowthDifferencePct">Computed growth minus stated growth, percentage points.</param>
internal sealed record VolumeEvidenceJson(
    decimal StoredTonnes, decimal? StatedTonnes, decimal? DifferenceTonnes, decimal? DifferencePct, decimal? BaseTonnes, decimal? GrowthPct, decimal? GrowthDifferencePct)
{
    public static VolumeEvidenceJson? From(VolumeEvidence? v) => v is null ? null : new(
        Math.Round(v.StoredTonnes, 3), v.StatedTonnes, v.DifferenceTonnes is { } d ? Math.Round(d, 3) : null, JsonNumbers.Percent(v.DifferencePercent),
        v.BaseTonnes is { } b ? Math.Round(b, 3) : null, JsonNumbers.Percent(v.GrowthPercent), JsonNumbers.Percent(v.DifferencePoints));
}

/// <summary>A record checked against the earlier stored figures of the same kind.</summary>
/// <param name="Holds">The figure is above every earlier one compared.</param>
/// <param name="FirstCompared">The earliest period compared (the store goes no further back).</param>
/// <param name="Compared">How many earlier periods were compared.</param>
/// <param name="PreviousHigh">The highest earlier period.</param>
/// <param name="PreviousHighUsd">Its value, whole US dollars.</param>
internal sealed record RecordJson(bool Holds, string FirstCompared, int Compared, string PreviousHigh, decimal? PreviousHighUsd)
{
    public static RecordJson? From(RecordCheck? r) => r is null ? null
        : new(r.Holds, r.FirstCompared.ToString(), r.Compared, r.PreviousHigh.ToString(), JsonNumbers.Usd(r.PreviousHighUsd));
}

/// <summary>A threshold said to be crossed for the first time, checked against the earlier stored figures of the same kind.</summary>
/// <param name="Holds">No earlier figure compared is above the threshold.</param>
/// <param name="ThresholdUsd">The amount crossed, whole US dollars.</param>
/// <param name="FirstCompared">The earliest period compared (the store goes no further back).</param>
/// <param name="Compared">How many earlier periods were compared.</param>
/// <param name="PreviousHigh">The highest earlier period.</param>
/// <param name="PreviousHighUsd">Its value, whole US dollars.</param>
internal sealed record FirstTimeJson(bool Holds, decimal? ThresholdUsd, string FirstCompared, int Compared, string PreviousHigh, decimal? PreviousHighUsd);

/// <summary>A release behind a figure.</summary>
/// <param name="Id">Release id (<c>turnover release show ID</c>).</param>
/// <param name="FileName">Its file.</param>
/// <param name="Vintage">Its publication date; null when unknown.</param>
internal sealed record ReleaseRefJson(int Id, string FileName, string? Vintage)
{
    public static IReadOnlyList<ReleaseRefJson> Of(IEnumerable<Turnover.Store.ReleaseSummary> releases) =>
        [.. releases.Select(r => new ReleaseRefJson(r.Id, r.FileName, JsonDates.Date(r.Vintage)))];
}

/// <summary>A projection or target on one date: the target verdict, the model's probability, and the figure that settled it.</summary>
/// <param name="AsOf">The date, ISO 8601.</param>
/// <param name="TargetVerdict">A <c>target check</c> verdict string ("met", "on-track"…); null for a growth projection.</param>
/// <param name="ProbabilityPct">The model's chance of reaching it by the deadline, percent; null when no model ran.</param>
/// <param name="VerdictText">The verdict in a sentence.</param>
/// <param name="MetIn">The month it was first reached; null if not.</param>
/// <param name="LatestFigure">The last period the figures cover on that date.</param>
/// <param name="Evidence">The figure that settled it, or (growth projections) the latest published year to date; null when none.</param>
/// <param name="Reliability">
/// How often the method's targets of about this probability were met in the target backtest (pooled, then per set), as
/// in <c>target check</c>'s <c>model.reliability</c>; empty when no model ran or the method was not measured.
/// </param>
internal sealed record OutlookJson(
    string AsOf, string? TargetVerdict, decimal? ProbabilityPct, string VerdictText, string? MetIn, string? LatestFigure, EvidenceJson? Evidence,
    IReadOnlyList<ReliabilityJson> Reliability)
{
    public static OutlookJson From(Turnover.Analytics.Targets.TargetReport r, ClaimEvidence? outcome, HintWording hints) => new(
        JsonDates.Date(r.AsOf), TargetReportJson.VerdictName(r.Verdict), r.Model is { } m ? JsonNumbers.SharePercent(m.Probability) : null,
        TargetWording.Verdict(r, hints), r.MetIn?.ToString(), r.LatestFigure?.ToString(), EvidenceJson.From(outcome),
        ReliabilityJson.Of(r.Model));

    public static OutlookJson Known(DateOnly asOf, ClaimEvidence known) => new(
        JsonDates.Date(asOf), null, null, ClaimWording.KnownSentence(known), null, known.Period.ToString(), EvidenceJson.From(known), []);
}

/// <summary>A stated range in US dollars, its ends included.</summary>
/// <param name="LowUsd">The lower end.</param>
/// <param name="HighUsd">The upper end.</param>
internal sealed record StatedRangeJson(decimal LowUsd, decimal HighUsd);
