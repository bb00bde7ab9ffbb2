using Turnover.Application;
using Turnover.Core;
using Turnover.Presentation.Wording;

namespace Turnover.Presentation.Json;

/// <summary><c>turnover mirror --format json</c>: contract <c>turnover.mirror/1</c> (docs/json-contract.md).</summary>
/// <param name="Contract">"turnover.mirror/1".</param>
/// <param name="A">The first country and its statistics.</param>
/// <param name="B">The second country and its statistics.</param>
/// <param name="AsOf">The date the answer is as of; null for everything stored.</param>
/// <param name="Currency">"USD": every <c>…Usd</c> amount.</param>
/// <param name="Rows">Both sides' levels per span and flow, oldest first; empty when a side is missing.</param>
/// <param name="Rates">Growth rates a side stated without a level.</param>
/// <param name="Reasons">Why the sides' figures may differ, from the publishers' declarations.</param>
/// <param name="Notes">A side missing, flows only one side publishes: the sentences the table prints.</param>
internal sealed record MirrorDocument(
    string Contract,
    MirrorSideJson A,
    MirrorSideJson B,
    string? AsOf,
    string Currency,
    IReadOnlyList<MirrorRowJson> Rows,
    IReadOnlyList<MirrorRateJson> Rates,
    IReadOnlyList<MirrorReasonJson> Reasons,
    IReadOnlyList<string> Notes)
{
    public const string Name = "turnover.mirror/1";

    public static MirrorDocument From(MirrorAnswer answer, DateOnly? asOf) => new(
        Name,
        MirrorSideJson.From(answer.A),
        MirrorSideJson.From(answer.B),
        JsonDates.Date(asOf),
        "USD",
        [.. answer.Rows.Select(MirrorRowJson.From)],
        [.. answer.Rates.Select(r => MirrorRateJson.From(r, r.StatedBy == answer.A.Country ? answer.B.Country : answer.A.Country))],
        [.. answer.Reasons.Select(r => new MirrorReasonJson(MirrorWording.ReasonCode(r), MirrorWording.Reason(r)))],
        NotesOf(answer));

    public static IReadOnlyList<string> NotesOf(MirrorAnswer answer) =>
        [.. new[] { MirrorWording.Missing(answer), MirrorWording.OutsideYears(answer), MirrorWording.OneSided(answer) }.Where(n => n.Length > 0)];
}

/// <summary>One side: the country, and its publisher (null when none of its statistics of the pair is stored).</summary>
/// <param name="Country">The country.</param>
/// <param name="Source">Its publisher; null when not stored.</param>
/// <param name="Stored">Whether its statistics of the pair are stored.</param>
internal sealed record MirrorSideJson(CountryJson Country, SourceJson? Source, bool Stored)
{
    public static MirrorSideJson From(MirrorSide side) =>
        new(CountryJson.From(side.Country), side.Source is { } s ? SourceJson.From(s) : null, side.Stored);
}

/// <summary>One span and flow, both sides.</summary>
/// <param name="Period">"2013" or "2023-01..10".</param>
/// <param name="Span">"year" or "yearToDate".</param>
/// <param name="Flow">"aToB" (A's exports, B's imports), "bToA" or "turnover".</param>
/// <param name="A">A's figure; null when A has none for the span.</param>
/// <param name="B">B's figure; null when B has none for the span.</param>
/// <param name="GapUsd">B minus A; null unless both.</param>
/// <param name="GapPct">The gap in percent of A's figure, 4 decimals; null unless both.</param>
internal sealed record MirrorRowJson(string Period, string Span, string Flow, SideFigureJson? A, SideFigureJson? B, decimal? GapUsd, decimal? GapPct)
{
    public static MirrorRowJson From(MirrorRow row) => new(
        row.Period.ToString(), row.Period.Months == 12 ? "year" : "yearToDate", MirrorWording.FlowCode(row.Flow),
        SideFigureJson.From(row.A), SideFigureJson.From(row.B), JsonNumbers.Usd(row.GapUsd), JsonNumbers.Percent(row.GapPercent));
}

/// <summary>One side's level.</summary>
/// <param name="Usd">US dollars.</param>
/// <param name="Origin">"published", "summedMonths" or "exportsPlusImports".</param>
/// <param name="Statement">The page that stated it; null for a published table.</param>
/// <param name="Suspect">True when the side's own printed rates contradict the level on both sides (the reason <c>suspectLevel</c> gives the evidence).</param>
internal sealed record SideFigureJson(decimal Usd, string Origin, StatementJson? Statement, bool Suspect)
{
    public static SideFigureJson? From(SideFigure? figure) =>
        figure is null ? null : new(JsonNumbers.Usd(figure.ValueUsd), MirrorWording.Origin(figure.Origin), StatementJson.From(figure.Stated), figure.Suspect is not null);
}

/// <summary>A figure as a page stated it.</summary>
/// <param name="Url">The page.</param>
/// <param name="Quote">The sentence, as published.</param>
/// <param name="Coverage">The span in the file's words.</param>
/// <param name="Attribution">"explicit" or "probable".</param>
/// <param name="AttributionNote">Who stated it, in the file's words.</param>
/// <param name="Line">1-based line of the file.</param>
internal sealed record StatementJson(string Url, string Quote, string Coverage, string Attribution, string AttributionNote, long Line)
{
    public static StatementJson? From(StatedFigure? s) => s is null ? null
        : new(s.Evidence, s.Quote, s.Coverage, s.Attribution == Core.Attribution.Probable ? "probable" : "explicit", s.AttributionNote, s.SourceLine);
}

/// <summary>A rate stated without a level.</summary>
/// <param name="StatedBy">The side that stated it.</param>
/// <param name="Flow">"turnover", "exports" or "imports", from that side.</param>
/// <param name="Year">The year it is filed under.</param>
/// <param name="Period">Its exact span ("2023-01..09"); null when the page gave only an approximate one.</param>
/// <param name="Comparable">False for an approximate span: no figure of the other side can be set beside it.</param>
/// <param name="RatePct">The rate as stated, percent.</param>
/// <param name="OtherRatePct">The other side's published rate of the same flow and span; null when none or not comparable.</param>
/// <param name="Statement">The page that stated it.</param>
/// <param name="Text">The sentence the table prints.</param>
internal sealed record MirrorRateJson(CountryJson StatedBy, string Flow, int Year, string? Period, bool Comparable, decimal? RatePct, decimal? OtherRatePct, StatementJson Statement, string Text)
{
    public static MirrorRateJson From(MirrorRate r, Country other) => new(
        CountryJson.From(r.StatedBy), SummedNote.FlowName(r.Stated.Flow), r.Stated.Year, r.Stated.Period?.ToString(), r.Comparable,
        JsonNumbers.Percent(r.Stated.RatePercent), JsonNumbers.Percent(r.Other?.RatePercent), StatementJson.From(r.Stated)!, MirrorWording.Rate(r, other));
}

/// <summary>One reason the sides may differ.</summary>
/// <param name="Kind">"suspectLevel", "valuation", "timing", "reExports", "confidentiality", "exchangeRates" or "statedByOfficials".</param>
/// <param name="Text">The sentence the table prints.</param>
internal sealed record MirrorReasonJson(string Kind, string Text);
