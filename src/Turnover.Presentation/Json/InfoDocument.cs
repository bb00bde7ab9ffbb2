using Turnover.Core;
using Turnover.Presentation.Wording;
using Turnover.Store;

namespace Turnover.Presentation.Json;

/// <summary><c>turnover info --format json</c>: contract <c>turnover.info/1</c> (docs/json-contract.md).</summary>
/// <param name="Contract">"turnover.info/1".</param>
/// <param name="AsOf">The date coverage is as of; null for everything stored.</param>
/// <param name="Releases">Every stored release, oldest first (not filtered by <paramref name="AsOf"/>).</param>
/// <param name="Coverage">All-goods totals per source, reporter and partner, as of the date.</param>
/// <param name="SkippedRows">Rows left out on purpose, per release and reason.</param>
/// <param name="Discrepancies">Reports that disagreed beyond rounding with the value kept.</param>
/// <param name="Counts">The store's counts.</param>
/// <param name="RateDisagreements">Reports of a published growth rate that disagreed beyond rounding with the rate kept.</param>
/// <param name="SuspectLevels">Annual and year-to-date levels, as of the date, that the rates printed on both sides of them contradict.</param>
internal sealed record InfoDocument(
    string Contract,
    string? AsOf,
    IReadOnlyList<ReleaseJson> Releases,
    IReadOnlyList<CoverageJson> Coverage,
    IReadOnlyList<SkippedRowsJson> SkippedRows,
    IReadOnlyList<DiscrepancyJson> Discrepancies,
    CountsJson Counts,
    IReadOnlyList<RateDisagreementJson> RateDisagreements,
    IReadOnlyList<StoredSuspectJson> SuspectLevels)
{
    public const string Name = "turnover.info/1";

    public static InfoDocument From(ITradeStore store, DateOnly? asOf)
    {
        var counts = store.Counts();
        var coverage = store.Coverage(asOf);
        return new InfoDocument(
            Name,
            JsonDates.Date(asOf),
            [.. store.Releases().Select(ReleaseJson.From)],
            [.. coverage.Select(CoverageJson.From)],
            [.. store.SkippedRows().Select(s => new SkippedRowsJson(s.ReleaseId, s.Reason, s.Rows))],
            [.. store.Discrepancies().Select(d => DiscrepancyJson.From(d.ReleaseId, d.Discrepancy))],
            new CountsJson(counts.Releases, counts.Records, counts.DanglingRecords),
            [.. store.RateDisagreements().Select(d => RateDisagreementJson.From(d.ReleaseId, d.Disagreement))],
            [.. StoredSuspects.Find(store, coverage, asOf).Select(s => new StoredSuspectJson(
                CountryJson.From(s.Coverage.Reporter), CountryJson.From(s.Coverage.Partner), SourceJson.From(s.Coverage.Source), SuspectLevelJson.From(s.Suspect)))]);
    }
}

/// <summary>One stored release (file).</summary>
/// <param name="Id">Release id.</param>
/// <param name="Source">Publisher.</param>
/// <param name="Format">Reader format ("gacc", "census", "mapped"…).</param>
/// <param name="Dataset">The publisher's description of the file.</param>
/// <param name="File">File name.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the bytes.</param>
/// <param name="Vintage">Publication date the file states, ISO 8601; null when it states none.</param>
/// <param name="IngestedAt">When it was stored, ISO 8601 UTC.</param>
/// <param name="RowsRead">Data rows read.</param>
/// <param name="RowsStored">Records stored.</param>
/// <param name="Note">How values were normalised, in words.</param>
/// <param name="Conversion">How its values were converted to US dollars; null when published in US dollars.</param>
/// <param name="Identity">The release's identity: a hash of the bytes and how they were read; null for a release stored before readings were recorded.</param>
/// <param name="Reading">How the bytes were read, one entry per input (bytes, format, mapping, rates…); empty when not recorded.</param>
/// <param name="Retraction">When and why it was retracted (it then counts in no answer); null while it counts.</param>
internal sealed record ReleaseJson(
    int Id, SourceJson Source, string Format, string Dataset, string File, string Sha256, string? Vintage, string IngestedAt,
    long RowsRead, long RowsStored, string Note, CurrencyConversionJson? Conversion, string? Identity, IReadOnlyList<ReadingComponentJson> Reading,
    RetractionJson? Retraction)
{
    /// <summary>The day the file says its figures were last updated, ISO 8601 (Wind's Update row; not a publication date); null when it says none. Added 6 December 2026.</summary>
    public string? UpdatedOn { get; init; }

    public static ReleaseJson From(ReleaseSummary r) => new(
        r.Id, SourceJson.From(r.Source), r.Format, r.Dataset, r.FileName, r.ContentHash, JsonDates.Date(r.Vintage), JsonDates.Instant(r.IngestedAt),
        r.RowsRead, r.RowsStored, r.Note, r.Conversion is { } c ? CurrencyConversionJson.From(c) : null, r.Reading?.Identity,
        [.. (r.Reading?.Components ?? []).Select(c => new ReadingComponentJson(c.Name, c.Label, c.Fingerprint))],
        r.Retraction is { } x ? new RetractionJson(JsonDates.Instant(x.At), x.Reason) : null)
    {
        UpdatedOn = JsonDates.Date(r.UpdatedOn),
    };
}

/// <summary>One input of how a release's bytes were read.</summary>
/// <param name="Name">"bytes", "format", "mapping", "rates"…</param>
/// <param name="Label">A file name or the setting's value.</param>
/// <param name="Fingerprint">A file's lower-case hex SHA-256, or the setting's value.</param>
internal sealed record ReadingComponentJson(string Name, string Label, string Fingerprint);

/// <summary>A release's retraction.</summary>
/// <param name="At">When, ISO 8601 UTC.</param>
/// <param name="Reason">Why, as the user gave it ("" when none was given).</param>
internal sealed record RetractionJson(string At, string Reason);

/// <summary>What one source holds for a reporter and partner (all-goods totals).</summary>
/// <param name="Source">Publisher.</param>
/// <param name="Reporter">Reporter (for a reconciled source, the lower code of the pair).</param>
/// <param name="Partner">Partner.</param>
/// <param name="Records">Totals visible (one per flow and period), published or summed.</param>
/// <param name="FirstMonth">First month covered, "yyyy-MM".</param>
/// <param name="LastMonth">Last month covered, "yyyy-MM".</param>
/// <param name="MonthsPublished">Single months published.</param>
/// <param name="YearsPublished">Full years published.</param>
/// <param name="SummedRecords">How many of the records are sums of product lines.</param>
/// <param name="SummedLines">Product lines those sums added.</param>
/// <param name="SummedLevel">"HS2"…, or a range; null when nothing was summed.</param>
/// <param name="Totals">The same in words, as the table's column.</param>
internal sealed record CoverageJson(
    SourceJson Source, CountryJson Reporter, CountryJson Partner, long Records, string FirstMonth, string LastMonth,
    long MonthsPublished, long YearsPublished, long SummedRecords, long SummedLines, string? SummedLevel, string Totals)
{
    public static CoverageJson From(SourceCoverage c) => new(
        SourceJson.From(c.Source), CountryJson.From(c.Reporter), CountryJson.From(c.Partner), c.Records, JsonDates.Month(c.FirstMonth), JsonDates.Month(c.LastMonth),
        c.MonthsPublished, c.YearsPublished, c.SummedRecords, c.SummedLines,
        c.SummedDigits is var (coarsest, finest) ? (coarsest == finest ? $"HS{coarsest}" : $"HS{coarsest}–HS{finest}") : null,
        CoverageWording.Totals(c));
}

/// <summary>Rows of a release left out on purpose, for one reason.</summary>
/// <param name="Release">Release id.</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="Rows">How many.</param>
internal sealed record SkippedRowsJson(int Release, string Reason, long Rows);

/// <summary>A report that disagreed beyond rounding with the value kept.</summary>
/// <param name="Release">Release id.</param>
/// <param name="Reporter">Reporter.</param>
/// <param name="Partner">Partner.</param>
/// <param name="Flow">"exports", "imports" or "turnover".</param>
/// <param name="Period">The period as printed.</param>
/// <param name="KeptUsd">The value kept.</param>
/// <param name="KeptEvidence">Where it came from.</param>
/// <param name="OtherUsd">The other report's value.</param>
/// <param name="OtherEvidence">Where that came from.</param>
/// <param name="Reason">Why the kept value was kept.</param>
internal sealed record DiscrepancyJson(
    int Release, CountryJson Reporter, CountryJson Partner, string Flow, string Period, decimal KeptUsd, string KeptEvidence, decimal OtherUsd, string OtherEvidence, string Reason)
{
    public static DiscrepancyJson From(int release, Discrepancy d) => new(
        release, CountryJson.From(d.Reporter), CountryJson.From(d.Partner), SummedNote.FlowName(d.Flow), d.Period.ToString(),
        JsonNumbers.Usd(d.ChosenUsd), d.ChosenEvidence, JsonNumbers.Usd(d.OtherUsd), d.OtherEvidence, d.Reason);
}

/// <summary>A report of a published growth rate that disagreed beyond rounding with the rate kept.</summary>
/// <param name="Release">Release id.</param>
/// <param name="Reporter">Reporter.</param>
/// <param name="Partner">Partner.</param>
/// <param name="Flow">"exports", "imports" or "turnover".</param>
/// <param name="Period">The period the rate is for, as printed.</param>
/// <param name="KeptPct">The rate kept.</param>
/// <param name="KeptEvidence">Where it came from.</param>
/// <param name="OtherPct">The other report's rate.</param>
/// <param name="OtherEvidence">Where that came from.</param>
/// <param name="Reason">Why the kept rate was kept.</param>
internal sealed record RateDisagreementJson(
    int Release, CountryJson Reporter, CountryJson Partner, string Flow, string Period, decimal KeptPct, string KeptEvidence, decimal OtherPct, string OtherEvidence, string Reason)
{
    public static RateDisagreementJson From(int release, RateDisagreement d) => new(
        release, CountryJson.From(d.Reporter), CountryJson.From(d.Partner), SummedNote.FlowName(d.Flow), d.Period.ToString(),
        JsonNumbers.Percent(d.ChosenPercent)!.Value, d.ChosenEvidence, JsonNumbers.Percent(d.OtherPercent)!.Value, d.OtherEvidence, d.Reason);
}

/// <summary>What the store holds, counted.</summary>
/// <param name="Releases">Releases.</param>
/// <param name="Records">Records that belong to a release.</param>
/// <param name="DanglingRecords">Records left by an interrupted ingest (see <c>store vacuum</c>).</param>
internal sealed record CountsJson(long Releases, long Records, long DanglingRecords);
