using System.Globalization;
using Turnover.Analytics.Targets;
using Turnover.Core;

namespace Turnover.Presentation.Wording;

/// <summary>Why no statistics of a pair could be chosen (<see cref="NoStatisticsChosen"/>), in one sentence: for a series, a forecast and a target check alike.</summary>
internal static class ChoiceWording
{
    /// <summary>
    /// E.g. "no data for USA–China published by 2020-02-19." or "no data for China–Russian Federation with that
    /// reporter/source; available: China via Gacc."; without the host's pointer.
    /// </summary>
    public static string Sentence(NoStatisticsChosen reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var pair = $"{reason.A.Name}–{reason.B.Name}";
        var when = reason.AsOf is { } asOf ? Invariant($" published by {asOf:yyyy-MM-dd}") : string.Empty;
        return reason.Cause switch
        {
            NoChoiceCause.NothingStored => $"no data for {pair}{when}.",
            NoChoiceCause.OnlyProductLines =>
                $"no all-goods figures for {pair}{when}: the store holds only product lines ({string.Join("; ", reason.ProductLines.Select(Lines))}), too few to stand for the total "
                + "(lines are summed into a total only from BACI, or as at least 90 HS2 chapters).",
            NoChoiceCause.NoneAsAsked => $"no data for {pair} with that reporter/source; available: {string.Join("; ", reason.Available.Select(Available))}.",
            _ => throw new ArgumentOutOfRangeException(nameof(reason), reason.Cause, "a cause this wording does not know"),
        };
    }

    private static string Lines(StoredProductLines l) => l.CoarsestDigits == Product.CommodityDigits
        ? Invariant($"{SourceCatalog.Of(l.Source).Code}: {l.Lines} commodity line(s), not HS")
        : Invariant($"{SourceCatalog.Of(l.Source).Code}: {l.Lines} line(s), HS{l.CoarsestDigits} and finer");

    /// <summary>One stored statistics, as "China via Gacc" or "Baci (both sides)".</summary>
    public static string Available(StoredStatistics s) =>
        s.Reconciled ? $"{SourceCatalog.Of(s.Source).Code} (both sides)" : $"{s.Reporter.Name} via {SourceCatalog.Of(s.Source).Code}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
