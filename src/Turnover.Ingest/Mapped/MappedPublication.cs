using System.Globalization;
using Turnover.Core;

namespace Turnover.Ingest.Mapped;

/// <summary>
/// When a mapped file's figures became public (docs/mapped-csv.md, "Publication dates"): a mapping has no date column,
/// so from <c>--published DATE</c> (applied to every reader by <see cref="GivenPublicationDate"/>), else the mapping's
/// <c>publicationLagDays</c> after each period's end, else the day of this ingest. Any table can be read through a
/// mapping, so no source lag fits them all: without a date a figure is known to exist only from the day it is stored.
/// </summary>
internal sealed class MappedPublication
{
    private readonly int? _lagDays;
    private readonly DateOnly _today;
    private bool _refused;

    private MappedPublication(int? lagDays, DateOnly today)
    {
        _lagDays = lagDays;
        _today = today;
    }

    /// <summary>The dating of the file; null when <c>--published</c> dates it. Says how in the release note and, undated, to the user.</summary>
    public static MappedPublication? For(CsvMapping mapping, ReadContext context)
    {
        if (context.Options.Published is not null)
        {
            return null;
        }

        var today = context.Options.Today;
        if (mapping.PublicationLagDays is { } lag)
        {
            context.Note += string.Create(CultureInfo.InvariantCulture,
                $"; figures public {lag} day(s) after their period's end (mapping field publicationLagDays), at the latest on {today:yyyy-MM-dd}, the day of this ingest");
            return new MappedPublication(lag, today);
        }

        var undated = string.Create(CultureInfo.InvariantCulture,
            $"no publication date given: counted as public from {today:yyyy-MM-dd}, the day of this ingest; give --published DATE or publicationLagDays in the mapping to date it earlier");
        context.Note += "; " + undated;
        context.Notice(undated);
        context.Vintage = today;
        return new MappedPublication(null, today);
    }

    /// <summary>The record dated; null, and the first such period reported, when its period ends after the day of this ingest (a figure not yet possible).</summary>
    public TradeRecord? Date(TradeRecord record, ReadContext context)
    {
        if (record.Period.End > _today)
        {
            // Once: the file is refused either way, and a row gives a record per flow.
            if (_refused)
            {
                return null;
            }

            _refused = true;
            context.Error(record.SourceLine, string.Empty, string.Create(CultureInfo.InvariantCulture,
                $"period {record.Period} ends on {record.Period.End:yyyy-MM-dd}, after today ({_today:yyyy-MM-dd}): a figure cannot be public before its period is over"));
            return null;
        }

        if (_lagDays is not { } lag)
        {
            return record;
        }

        var lagged = record.Period.End.AddDays(lag);
        return record with { Published = lagged < _today ? lagged : _today };
    }
}
