namespace Turnover.Ingest.Gacc;

/// <summary>
/// Picks one canonical value among the reports of a figure.
/// </summary>
/// <remarks>
/// <para>
/// Each distinct reported value is a candidate. Its support is the number of reports that agree with it within
/// rounding (<see cref="Figure.AgreesWith"/>) and are not more precise than it — so the most precise value of an
/// agreeing group carries the group (95.28 is supported by 95.28, 95.28, 95.28 and 95; 95.4 by 95.4 and 95).
/// </para>
/// <para>
/// The candidate with the largest support wins. Ties are broken, in order, by consistency with the same figure
/// obtained another way (<see cref="Alternative"/>: more alternatives agreeing, then the smaller distance to them),
/// by more reports giving exactly that value, by precision, and finally by the earlier line of the file.
/// The choice is always one of the reported values.
/// </para>
/// </remarks>
internal static class Reconciler
{
    /// <summary>Chooses among <paramref name="reports"/> (all of one figure; at least one).</summary>
    /// <param name="reports">The reports of one (period, flow).</param>
    /// <param name="alternatives">The figure obtained other ways, for tie-breaking; may be empty.</param>
    /// <param name="allowed">When given, only values it accepts may be chosen (support still counts every report).</param>
    /// <returns>The chosen candidate and every candidate ranked, best first; null when none is allowed.</returns>
    public static Candidate? Choose(IReadOnlyList<NewsReport> reports, IReadOnlyList<Alternative> alternatives, Func<Figure, bool>? allowed = null)
    {
        ArgumentOutOfRangeException.ThrowIfZero(reports.Count);
        return Rank(reports, alternatives).FirstOrDefault(c => allowed is null || allowed(c.Report.Figure));
    }

    /// <summary>Every candidate value with its ranking keys, best first.</summary>
    public static IReadOnlyList<Candidate> Rank(IReadOnlyList<NewsReport> reports, IReadOnlyList<Alternative> alternatives)
    {
        var candidates = new List<Candidate>();
        foreach (var group in reports.GroupBy(r => r.Figure.Value))
        {
            // Same value written with more digits (95.280) is the more precise spelling of it.
            var best = group.OrderBy(r => r.Figure.Step).ThenBy(r => r.Line).First();
            var figure = best.Figure;
            var support = reports.Count(r => r.Figure.Step >= figure.Step && r.Figure.AgreesWith(figure));
            var agreed = alternatives.Count(a => a.Figure.AgreesWith(figure));
            var distance = alternatives.Sum(a => Math.Abs(a.Figure.Value - figure.Value));
            candidates.Add(new Candidate(best, support, agreed, distance, group.Count()));
        }

        candidates.Sort(Compare);
        return candidates;
    }

    /// <summary>Why <paramref name="chosen"/> ranks above <paramref name="other"/>, in words, for the evidence trail.</summary>
    public static string Explain(Candidate chosen, Candidate other, int reportCount, IReadOnlyList<Alternative> alternatives)
    {
        var context = alternatives.Count == 0 ? string.Empty : "; " + string.Join(", ", alternatives);
        if (chosen.Support != other.Support)
        {
            return $"{chosen.Support} of {reportCount} reports agree with {chosen.Report.Figure} within rounding, {other.Support} with {other.Report.Figure}{context}";
        }

        var why = chosen.Agreed != other.Agreed || chosen.Distance != other.Distance ? "is consistent with the figure obtained another way"
            : chosen.Exact != other.Exact ? $"is given by more reports ({chosen.Exact} against {other.Exact})"
            : chosen.Report.Figure.Step != other.Report.Figure.Step ? "is more precise"
            : "comes first in the file";
        return $"equal support ({chosen.Support} of {reportCount}); {chosen.Report.Figure} {why}{context}";
    }

    private static int Compare(Candidate a, Candidate b)
    {
        var order = b.Support.CompareTo(a.Support);
        order = order != 0 ? order : b.Agreed.CompareTo(a.Agreed);
        order = order != 0 ? order : a.Distance.CompareTo(b.Distance);
        order = order != 0 ? order : b.Exact.CompareTo(a.Exact);
        order = order != 0 ? order : a.Report.Figure.Step.CompareTo(b.Report.Figure.Step);
        return order != 0 ? order : a.Report.Line.CompareTo(b.Report.Line);
    }
}
