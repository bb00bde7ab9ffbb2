using Turnover.Core;

namespace Turnover.Ingest.Gacc;

/// <summary>All reports of one figure (period and flow) and the value chosen among them.</summary>
internal sealed class FigureGroup(Period period, Flow flow, List<NewsReport> reports)
{
    public Period Period { get; } = period;

    public Flow Flow { get; } = flow;

    public IReadOnlyList<NewsReport> Reports { get; } = reports;

    /// <summary>The chosen candidate; set by reconciliation.</summary>
    public Candidate Chosen { get; set; } = null!;

    /// <summary>The alternatives the choice was made with.</summary>
    public IReadOnlyList<Alternative> Alternatives { get; set; } = [];

    /// <summary>Set when the year-to-date order, not the ranking, decided the value.</summary>
    public string? OverrideReason { get; set; }

    public Figure Figure => Chosen.Report.Figure;

    public IEnumerable<NewsReport> Agreeing => Reports.Where(r => r.Figure.AgreesWith(Figure));

    public IEnumerable<NewsReport> Disagreeing => Reports.Where(r => !r.Figure.AgreesWith(Figure));

    /// <summary>True for January..month figures (a year, a year-to-date, or January alone).</summary>
    public bool IsCumulative => Period.StartMonth == 1;

    /// <summary>
    /// Reported when any page gave it as an annual figure (a year is a year) or only as a month; Cumulative when
    /// pages gave it as a year-to-date total.
    /// </summary>
    public Derivation Derivation =>
        Reports.Any(r => r.Kind == ReportKind.Annual) ? Derivation.Reported
        : Reports.Any(r => r.Kind == ReportKind.Ytd) ? Derivation.Cumulative
        : Derivation.Reported;

    /// <summary>
    /// First publication: the customs' release of the month the period ends in, from the calendar; for a month not in
    /// it, the earliest plausible date in an agreeing page's URL when earlier than the estimate, else the estimate.
    /// </summary>
    public GaccPublicationDate PublishedWith(GaccReleaseCalendar calendar) =>
        GaccPublicationDate.Of(Period, calendar, UrlDates.EarliestPlausible(Agreeing.Select(r => r.Url), Period));

    /// <summary>Why the chosen value beat a disagreeing report.</summary>
    public string Explain(NewsReport other)
    {
        if (OverrideReason is not null)
        {
            return OverrideReason;
        }

        var ranked = Reconciler.Rank(Reports, Alternatives);
        var otherCandidate = ranked.First(c => c.Report.Figure.Value == other.Figure.Value);
        var chosen = ranked.First(c => c.Report.Figure.Value == Figure.Value);
        return Reconciler.Explain(chosen, otherCandidate, Reports.Count, Alternatives);
    }

    /// <summary>The canonical figure this group stands for.</summary>
    public CanonicalFigure ToCanonical(GaccReleaseCalendar calendar) =>
        new(Period, Flow, Figure, Derivation, PublishedWith(calendar), Chosen.Report.Line, Chosen.Report.Url);
}
