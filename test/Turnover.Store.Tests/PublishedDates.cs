using Turnover.Core;

namespace Turnover.Store.Tests;

/// <summary>The publication date each stored figure of a release counts from, for the revision-dating tests.</summary>
internal static class PublishedDates
{
    /// <summary>Each record of <paramref name="releaseId"/>: its period and the date it counts from (null: the release's own).</summary>
    public static List<(string Period, DateOnly? Published)> Of(TradeStore store, int releaseId)
    {
        using var command = store.Command("SELECT year, start_month, months, published FROM record_rows WHERE release_id = ? ORDER BY year, start_month", releaseId);
        using var reader = command.ExecuteReader();
        var rows = new List<(string, DateOnly?)>();
        while (reader.Read())
        {
            rows.Add((Period.Span(reader.GetInt16(0), reader.GetByte(1), reader.GetByte(2)).ToString(),
                reader.IsDBNull(3) ? null : DateOnly.FromDateTime(reader.GetDateTime(3))));
        }

        return rows;
    }
}
