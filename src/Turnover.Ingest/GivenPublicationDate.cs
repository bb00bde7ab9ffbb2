using System.Globalization;
using Turnover.Core;

namespace Turnover.Ingest;

/// <summary>
/// Applies <see cref="IngestOptions.Published"/> (<c>turnover ingest --published DATE</c>) to a file's records: the
/// release's vintage becomes that date, and a record dated later by its reader is dated then instead (a file published
/// that day shows its figures existed by then; an earlier own date stands). A file that states its own, different
/// release date is refused: two dates for one release would make "as of" answers depend on which one is right.
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
            yield return record.Published > given ? record with { Published = given } : record;
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
}
