using System.Globalization;
using Turnover.Core;

namespace Turnover.Ingest;

/// <summary>
/// Applies <see cref="IngestOptions.Published"/> (<c>turnover ingest --published DATE</c>) to a file's records: the
/// release's vintage becomes that date, and a record dated later by its reader is dated then instead (a file published
/// that day shows its figures existed by then; an earlier own date stands). A file that states its own, different
/// release date is refused: two dates for one release would make "as of" answers depend on which one is right. So is
/// a date before the end of a period the file gives: "as of" answers would show a figure before it could exist.
/// </summary>
internal static class GivenPublicationDate
{
    // Without a date the records pass as they are: another iterator layer costs every record a copy (a tenth of the
    // BACI reader's time).
    public static IEnumerable<TradeRecord> Apply(IEnumerable<TradeRecord> records, ReadContext context) =>
        context.Options.Published is { } given ? Dated(records, context, given) : records;

    private static IEnumerable<TradeRecord> Dated(IEnumerable<TradeRecord> records, ReadContext context, DateOnly given)
    {
        foreach (var record in records)
        {
            if (record.Period.End > given)
            {
                context.Error(record.SourceLine, string.Empty, TooEarly(given, record.Period));
                yield break;
            }

            yield return record.Published > given ? record with { Published = given } : record;
        }

        // Growth rates and stated figures are dated by the release too; they are known once the records are.
        var later = context.PublishedRates.Select(r => (r.Period, r.SourceLine))
            .Concat(context.StatedFigures.Where(f => f.Period is not null).Select(f => (Period: f.Period!.Value, f.SourceLine)))
            .Where(p => p.Period.End > given)
            .OrderBy(p => p.SourceLine)
            .Select(p => ((Period Period, long SourceLine)?)p)
            .FirstOrDefault();
        if (later is var (period, line))
        {
            context.Error(line, string.Empty, TooEarly(given, period));
            yield break;
        }

        // The readers set the file's own date while reading; it is known once the records are.
        if (context.Vintage is { } stated && stated != given)
        {
            context.Error(0, string.Empty, string.Create(CultureInfo.InvariantCulture,
                $"the file states its own release date {stated:yyyy-MM-dd}, and --published gives {given:yyyy-MM-dd}: leave --published out, or give the file's date"));
            yield break;
        }

        context.Vintage = given;
    }

    private static string TooEarly(DateOnly given, Period period) => string.Create(CultureInfo.InvariantCulture,
        $"--published {given:yyyy-MM-dd} is before the end of {period} ({period.End:yyyy-MM-dd}), the first period in the file that ends after it: a figure cannot be published before its period is over; give the date the file was published");
}
