using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// The reasons two sides' figures may differ, from what each publisher declares in SourceCatalog (valuation, hubs its
/// exports pass through, partner detail withheld, own currency) and from the figures shown (spans, statements); no
/// pair is named here.
/// </summary>
internal static class MirrorReasons
{
    public static IReadOnlyList<MirrorReason> For(MirrorSide a, MirrorSide b, IReadOnlyList<MirrorRow> rows, IReadOnlyList<MirrorRate> rates, IReadOnlySet<MirrorFlow> compared)
    {
        var reasons = new List<MirrorReason>();
        var (sourceA, sourceB) = (a.Source!.Value, b.Source!.Value);
        // The most direct reason first: a figure its own publisher's rates contradict.
        foreach (var (side, source, isA) in new[] { (a.Country, sourceA, true), (b.Country, sourceB, false) })
        {
            var suspects = rows.Select(r => (isA ? r.A : r.B)?.Suspect).OfType<Analytics.SuspectLevel>().Distinct().ToList();
            if (suspects.Count > 0)
            {
                reasons.Add(new SuspectFigures(side, source, suspects));
            }
        }

        // Turnover holds both directions: each is valued by its exporter and its importer.
        var directions = new[] { (MirrorFlow.AToB, a, sourceA, b, sourceB), (MirrorFlow.BToA, b, sourceB, a, sourceA) }
            .Where(d => compared.Contains(d.Item1) || compared.Contains(MirrorFlow.Turnover))
            .ToList();
        foreach (var (_, exporter, exporterSource, importer, importerSource) in directions)
        {
            var (exports, imports) = (SourceCatalog.Of(exporterSource).ExportsValuation, SourceCatalog.Of(importerSource).ImportsValuation);
            if (exports != imports || exports is ValuationBasis.Unknown or ValuationBasis.AsDeclared)
            {
                reasons.Add(new ValuationDiffers(exporter.Country, exporterSource, exports, importer.Country, importerSource, imports));
            }
        }

        if (rows.Where(r => r.GapUsd is not null).Select(r => r.Period.Months).DefaultIfEmpty().Min() is var shortest and > 0)
        {
            reasons.Add(new TimingDiffers(shortest));
        }

        foreach (var (_, exporter, exporterSource, importer, _) in directions)
        {
            var hubs = SourceCatalog.Of(exporterSource).ReExportHubs;
            if (hubs.Count > 0)
            {
                reasons.Add(new ReExportsThroughHubs(exporter.Country, exporterSource, [.. hubs.Select(CountryCatalog.Default.FromCode)], importer.Country));
            }
        }

        var years = rows.Select(r => r.Period.Year).Concat(rates.Select(r => r.Stated.Year)).ToList();
        foreach (var (side, source) in new[] { (a.Country, sourceA), (b.Country, sourceB) })
        {
            var declared = SourceCatalog.Of(source);
            if (declared.PartnerDetailWithheldFrom is { } from && years.Any(y => y >= from))
            {
                reasons.Add(new PartnerDetailWithheld(side, source, from));
            }

            if (declared.ConvertsCurrency)
            {
                reasons.Add(new OwnCurrency(side, source));
            }

            var stated = rows.Select(r => side == a.Country ? r.A?.Stated : r.B?.Stated).OfType<StatedFigure>()
                .Concat(rates.Where(r => r.StatedBy == side).Select(r => r.Stated)).ToList();
            if (stated.Count > 0)
            {
                reasons.Add(new StatedByOfficials(side, source, stated.Count(s => s.Attribution == Attribution.Probable)));
            }
        }

        return reasons;
    }
}
