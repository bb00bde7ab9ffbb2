using Turnover.Application;
using Turnover.Presentation.Json;
using Turnover.Store;
using Turnover.Web.Internal;

namespace Turnover.Web.Documents;

// The web API's own documents; the others are the command line's contract (docs/json-contract.md), served as they are.

/// <summary>What the server offers: whether writes are allowed, whether claims can be judged, the forecasting methods.</summary>
/// <param name="Contract">"turnover.capabilities/1".</param>
/// <param name="Writes">True when a token is configured: POST /api/ingest and POST /api/targets accept it.</param>
/// <param name="Claims">True when POST /api/claims judges a text's claims; the dashboard shows its box only then.</param>
/// <param name="Methods">Forecasting methods a target check or forecast may name.</param>
/// <param name="DefaultMethod">The method used when none is named.</param>
/// <param name="Store">The store's file name and the fingerprint of its releases (changes when a release is added or retracted).</param>
internal sealed record CapabilitiesDocument(string Contract, bool Writes, bool Claims, IReadOnlyList<string> Methods, string DefaultMethod, StoreJson Store)
{
    public const string Name = "turnover.capabilities/1";
}

/// <summary>The store served.</summary>
/// <param name="File">Its file name.</param>
/// <param name="ReadOnly">True when opened read-only.</param>
/// <param name="Fingerprint">Changes whenever the stored releases or targets change.</param>
internal sealed record StoreJson(string File, bool ReadOnly, string Fingerprint);

/// <summary>The pairs the store holds and what each source holds for them.</summary>
/// <param name="Contract">"turnover.pairs/1".</param>
/// <param name="AsOf">The date coverage is as of; null for everything stored.</param>
/// <param name="Pairs">One per pair of countries, the pair with most records first.</param>
internal sealed record PairsDocument(string Contract, string? AsOf, IReadOnlyList<PairJson> Pairs)
{
    public const string Name = "turnover.pairs/1";

    public static PairsDocument From(IReadOnlyList<SourceCoverage> coverage, DateOnly? asOf) => new(
        Name,
        JsonDates.Date(asOf),
        [.. coverage
            .GroupBy(c => c.Reporter.Code < c.Partner.Code ? (c.Reporter, c.Partner) : (c.Partner, c.Reporter))
            .OrderByDescending(g => g.Sum(c => c.Records))
            .ThenBy(g => g.Key.Item1.Name, StringComparer.Ordinal)
            .Select(g => new PairJson(CountryJson.From(g.Key.Item1), CountryJson.From(g.Key.Item2), [.. g.Select(CoverageJson.From)]))]);
}

/// <summary>A pair of countries (the lower trade code first) and what each reporter and source holds for it.</summary>
/// <param name="A">One country.</param>
/// <param name="B">The other.</param>
/// <param name="Coverage">As <c>turnover info</c>'s coverage entries.</param>
internal sealed record PairJson(CountryJson A, CountryJson B, IReadOnlyList<CoverageJson> Coverage);

/// <summary>The registered targets: the targets file's, then the store's.</summary>
/// <param name="Contract">"turnover.targets/1".</param>
/// <param name="Targets">Each with where it is registered.</param>
internal sealed record TargetsDocument(string Contract, IReadOnlyList<RegisteredTargetJson> Targets)
{
    public const string Name = "turnover.targets/1";

    public static TargetsDocument From(IReadOnlyList<RegisteredTarget> targets) =>
        new(Name, [.. targets.Select(t => new RegisteredTargetJson(TargetJson.From(t.Target), t.Origin))]);
}

/// <summary>A target and where it is registered.</summary>
/// <param name="Target">The target.</param>
/// <param name="Origin">The targets file's path, or "store PATH".</param>
internal sealed record RegisteredTargetJson(TargetJson Target, string Origin);

/// <summary>A target to register in the store (POST /api/targets): the fields of a targets file entry.</summary>
/// <param name="Name">Short unique id, e.g. cn-ru-200bn-2024.</param>
/// <param name="Pair">The two countries; the first is the side of an exports or imports metric.</param>
/// <param name="Metric">"turnover", "exports" or "imports".</param>
/// <param name="AmountUsd">The amount in US dollars.</param>
/// <param name="Basis">"annual", "cumulative" or "increment".</param>
/// <param name="FromYear">First year that counts; null for the announcement's year.</param>
/// <param name="DeadlineYear">Last year that counts (inclusive).</param>
/// <param name="BaselineYear">The baseline of an increment target.</param>
/// <param name="AnnouncedBy">Who announced it.</param>
/// <param name="AnnouncedOn">When, YYYY-MM-DD.</param>
/// <param name="Source">Where it is documented.</param>
/// <param name="Note">Caveats.</param>
internal sealed record TargetInput(
    string? Name, IReadOnlyList<string>? Pair, string? Metric, decimal AmountUsd, string? Basis, int? FromYear, int DeadlineYear,
    int? BaselineYear, string? AnnouncedBy, string? AnnouncedOn, string? Source, string? Note);

/// <summary>The JSON body of POST /api/claims: the text and the options of <c>turnover claims</c>.</summary>
/// <param name="Text">The text (plain text or Markdown).</param>
/// <param name="Date">The article's date, YYYY-MM-DD; null for the text's dateline, else today.</param>
/// <param name="Lang">auto (null), en, ru or zh.</param>
/// <param name="Method">The forecasting model for projections and targets, or none; null for the default.</param>
internal sealed record ClaimsInput(string? Text, string? Date, string? Lang, string? Method);

/// <summary>What happened to an uploaded file (POST /api/ingest).</summary>
/// <param name="File">The file name given.</param>
/// <param name="Format">The reader used.</param>
/// <param name="Status">"stored", "already-ingested", or why it was rejected.</param>
/// <param name="RowsRead">Data rows read.</param>
/// <param name="RowsStored">Records stored.</param>
/// <param name="ReleaseId">The release holding it; 0 when rejected.</param>
/// <param name="Errors">Defects (file, line, column), each in words.</param>
internal sealed record IngestJson(string File, string Format, string Status, long RowsRead, long RowsStored, int ReleaseId, IReadOnlyList<string> Errors)
{
    public static IngestJson From(FileIngestReport r, string file) => new(
        file, r.Format, StatusName(r.Status), r.RowsRead, r.RowsStored, r.ReleaseId, r.Errors);

    private static string StatusName(LoadStatus status) => status switch
    {
        LoadStatus.Stored => "stored",
        LoadStatus.AlreadyIngested => "already-ingested",
        LoadStatus.AlreadyRetracted => "already-retracted",
        LoadStatus.RejectedDuplicateKeys => "rejected-duplicate-figures",
        LoadStatus.RejectedOutliers => "rejected-implausible-figures",
        LoadStatus.RejectedMixedEditions => "rejected-mixed-editions",
        _ => "rejected",
    };
}

/// <summary>POST /api/claims/save: what saving did, then the claims as judged.</summary>
/// <param name="ArticleId">The store's id of the article (the one stored before when the same text was saved again); 0 when the text has no claims and nothing was saved.</param>
/// <param name="Source">Where the article came from, as given.</param>
/// <param name="ArticleDate">The article's date the claims were saved with, ISO 8601.</param>
/// <param name="Added">Claims saved now.</param>
/// <param name="AlreadySaved">Claims the store already held (saving the same article again adds nothing).</param>
/// <param name="Claims">The claims as judged: the <c>turnover.claims/2</c> document of POST /api/claims.</param>
internal sealed record SavedClaimsJson(int ArticleId, string Source, string ArticleDate, int Added, int AlreadySaved, ClaimsDocument Claims)
{
    public static SavedClaimsJson From(string source, ClaimSaveAnswer saved) => new(
        saved.Saved.ArticleId, source, JsonDates.Date(saved.Answer.ArticleDate), saved.Saved.Added, saved.Saved.AlreadySaved, ClaimsDocument.From(saved.Answer, WebHints.Instance));
}
