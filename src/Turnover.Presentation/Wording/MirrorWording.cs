using System.Globalization;
using Turnover.Application;
using Turnover.Core;
using Turnover.Store;

namespace Turnover.Presentation.Wording;

/// <summary>The words of <c>turnover mirror</c>: spans, flows, notes on each figure, and the reasons two sides differ.</summary>
internal static class MirrorWording
{
    private static readonly string[] s_months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>"2013", or "Jan–Oct 2023" for a year to date.</summary>
    public static string Span(Period period) => period.Months == 12
        ? period.Year.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{s_months[period.StartMonth - 1]}–{s_months[period.EndMonth - 1]} {period.Year}");

    /// <summary>"China→Russia", "Russia→China" or "turnover".</summary>
    public static string Flow(MirrorFlow flow, Country a, Country b) => flow switch
    {
        MirrorFlow.AToB => $"{a.Name}→{b.Name}",
        MirrorFlow.BToA => $"{b.Name}→{a.Name}",
        _ => "turnover",
    };

    /// <summary>The JSON name of a flow: "aToB", "bToA", "turnover".</summary>
    public static string FlowCode(MirrorFlow flow) => flow switch
    {
        MirrorFlow.AToB => "aToB",
        MirrorFlow.BToA => "bToA",
        _ => "turnover",
    };

    /// <summary>Which flow of each side a row sets side by side.</summary>
    public static string FlowSides(MirrorFlow flow, Country a, Country b) => flow switch
    {
        MirrorFlow.AToB => $"{a.Name}'s exports against {b.Name}'s imports",
        MirrorFlow.BToA => $"{a.Name}'s imports against {b.Name}'s exports",
        _ => "each side's exports plus imports",
    };

    /// <summary>The JSON name of a level's origin: "published", "summedMonths", "exportsPlusImports".</summary>
    public static string Origin(LevelOrigin origin) => origin switch
    {
        LevelOrigin.SummedMonths => "summedMonths",
        LevelOrigin.ExportsPlusImports => "exportsPlusImports",
        _ => "published",
    };

    /// <summary>What the table says beside a row: a side missing, a level not published as such, a probable attribution.</summary>
    public static string Note(MirrorRow row, Country a, Country b)
    {
        var notes = new List<string>();
        foreach (var (side, figure) in new[] { (a, row.A), (b, row.B) })
        {
            if (figure is null)
            {
                notes.Add(row.Period.Months < 12 ? $"{side.Name}: none for {Span(row.Period)} (never set against a year)" : $"{side.Name}: none");
                continue;
            }

            if (figure.Origin != LevelOrigin.Published)
            {
                notes.Add($"{side.Name}: {(figure.Origin == LevelOrigin.SummedMonths ? "sum of its months" : "its exports plus imports")}");
            }

            if (figure.Suspect is not null)
            {
                notes.Add($"{side.Name}: suspect level (see below)");
            }

            if (figure.Stated is { } stated)
            {
                notes.Add(stated.Attribution == Core.Attribution.Probable
                    ? $"{side.Name}: {Attribution(stated)}, line {stated.SourceLine}"
                    : $"{side.Name}: stated, line {stated.SourceLine}");
            }
        }

        return string.Join("; ", notes);
    }

    /// <summary>"stated by …" for a figure its publisher is named for; "probable: …, agency not named" otherwise.</summary>
    public static string Attribution(StatedFigure stated)
    {
        var who = stated.AttributionNote.Split(';')[0].Trim();
        return stated.Attribution == Core.Attribution.Probable
            ? $"probable ({who}; agency not named)"
            : $"stated ({who})";
    }

    /// <summary>One rate-only statement and what it can be compared with.</summary>
    public static string Rate(MirrorRate rate, Country other)
    {
        var stated = rate.Stated;
        var span = stated.Period is { } p ? Span(p) : $"{stated.Year}, {stated.Coverage.Split(';')[0].Trim()}";
        var own = $"{rate.StatedBy.Name}: {Numbers.Printed(stated.RatePercent)} ({span}), {Attribution(stated)}, line {stated.SourceLine}";
        var against = !rate.Comparable ? "no exact span: comparable with no figure of the other side"
            : rate.Other is { } o ? $"{other.Name}'s published rate for {Span(o.Period)}: {Numbers.Printed(o.RatePercent)}"
            : $"{other.Name} published no rate for {Span(stated.Period!.Value)}";
        return $"{own} — {against}";
    }

    /// <summary>The JSON name of a reason.</summary>
    public static string ReasonCode(MirrorReason reason) => reason switch
    {
        ValuationDiffers => "valuation",
        TimingDiffers => "timing",
        ReExportsThroughHubs => "reExports",
        PartnerDetailWithheld => "confidentiality",
        OwnCurrency => "exchangeRates",
        StatedByOfficials => "statedByOfficials",
        SuspectFigures => "suspectLevel",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Every MirrorReason should have a code."),
    };

    /// <summary>A reason in words.</summary>
    public static string Reason(MirrorReason reason) => reason switch
    {
        ValuationDiffers v => $"Valuation: {v.Importer.Name}'s imports ({SourceNames.Describe(v.ImporterSource)}) are valued {TargetWording.Valuation(v.ImporterSource, v.Imports)}, "
            + $"{v.Exporter.Name}'s exports ({SourceNames.Describe(v.ExporterSource)}) {TargetWording.Valuation(v.ExporterSource, v.Exports)}"
            + (v.ImporterIncludesFreight ? $": {v.Importer.Name}'s imports at about 1.05–1.10 × {v.Exporter.Name}'s exports is normal." : "."),
        TimingDiffers t => $"Timing: goods shipped near a span's end are in the exporter's figure of it and in the importer's of the next"
            + (t.ShortestMonths < 12 ? string.Create(CultureInfo.InvariantCulture, $"; it weighs more on the {t.ShortestMonths}-month spans compared.") : "."),
        // A hub's name can hold a comma ("China, Hong Kong SAR"): in parentheses, apart from the sentence, it reads as one place.
        ReExportsThroughHubs r => $"Re-exports: {r.Exporter.Name}'s goods re-exported through {(r.Hubs.Count == 1 ? "a hub" : "hubs")} ({string.Join("; ", r.Hubs.Select(h => h.Name))}) count as exports to "
            + $"{(r.Hubs.Count == 1 ? "the hub" : "them")} in {r.Exporter.Name}'s figures ({SourceNames.Describe(r.Source)}), but as imports from {r.Exporter.Name} where {r.Importer.Name} records imports by country of origin.",
        PartnerDetailWithheld w => string.Create(CultureInfo.InvariantCulture,
            $"Confidentiality: {w.Side.Name}'s trade by partner country has been withheld since {w.FromYear} ({SourceNames.Describe(w.Source)}); from then, only figures officials stated are known, not a published table."),
        OwnCurrency c => $"Exchange rates: {c.Side.Name}'s statistics ({SourceNames.Describe(c.Source)}) are published in its own currency too; figures converted to US dollars depend on the rate used.",
        StatedByOfficials s => $"Statements: {s.Side.Name}'s figures here are officials' statements reported by news pages, not a published table"
            + (s.Probable > 0 ? string.Create(CultureInfo.InvariantCulture, $"; {s.Probable} of them probable only (the official did not name the agency).") : "."),
        SuspectFigures f => $"Suspect {(f.Levels.Count == 1 ? "figure" : "figures")}: {string.Join(" — ", f.Levels.Select(l => Suspect(f, l)))}. "
            + $"A gap on {(f.Levels.Count == 1 ? "it" : "them")} may be {(f.Levels.Count == 1 ? "that figure's" : "those figures'")} error, not a difference between the two sides.",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Every MirrorReason should be worded."),
    };

    private static string Suspect(SuspectFigures figures, Analytics.SuspectLevel level) =>
        $"{figures.Side.Name}'s {Span(level.Period)} {level.Measure.ToString().ToLowerInvariant()}, {Numbers.Billions(level.ValueUsd)} bn, "
        + $"is contradicted beyond rounding by the rates its own publisher ({SourceNames.Describe(figures.Source)}) printed on both sides of it: {SuspectNote.Evidence(level)}";

    /// <summary>What is missing when a side's statistics are not stored; empty when both are.</summary>
    public static string Missing(MirrorAnswer answer)
    {
        var missing = new[] { answer.A, answer.B }.Where(s => !s.Stored).ToList();
        if (missing.Count == 0)
        {
            return string.Empty;
        }

        var stored = new[] { answer.A, answer.B }.First(s => s.Stored);
        return $"{missing[0].Country.Name}'s side is not stored: only {stored.Country.Name}'s statistics ({SourceNames.Describe(stored.Source!.Value)}) of "
            + $"{answer.A.Country.Name}–{answer.B.Country.Name} are, so there is nothing to set them against. Ingest {missing[0].Country.Name}'s own statistics of the pair to compare.";
    }

    /// <summary>Why the table is empty although both sides report figures: the years asked for hold none of them.</summary>
    public static string OutsideYears(MirrorAnswer answer) => answer.ComparableYears is { From: { } from, To: { } to }
        ? string.Create(CultureInfo.InvariantCulture, $"No span both sides report lies in the years asked for (--from, --to): they both report figures of {from}–{to}.")
        : string.Empty;

    /// <summary>Flows only one side publishes, not compared.</summary>
    public static string OneSided(MirrorAnswer answer) => answer.OneSidedFlows.Count == 0
        ? string.Empty
        : $"Not compared (only one side publishes them): {string.Join(", ", answer.OneSidedFlows.Select(f => Flow(f, answer.A.Country, answer.B.Country)))}.";
}
