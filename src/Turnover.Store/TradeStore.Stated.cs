using Turnover.Core;
using Turnover.Store.Internal;

namespace Turnover.Store;

public sealed partial class TradeStore
{
    /// <summary>
    /// The figures one source's pages stated about a pair (both directions), with their quotes, pages, spans and
    /// attribution, as visible on a date: a statement counts from its release's vintage, else from the end of its span
    /// (of its year where the span is approximate) plus the source's lag. A statement stored by several releases is
    /// read from the latest. Ordered by reporter, year, span and line.
    /// </summary>
    /// <exception cref="StoreException">The file is damaged.</exception>
    public IReadOnlyList<StatedFigure> StatedFigures(Country a, Country b, SourceKind source, DateOnly? asOf = null)
    {
        return Reading(() =>
        {
            var countries = CountryCatalog.Default;
            using var command = Command(Sql("stated"), (short)a.Code, (short)b.Code, SourceCatalog.Of(source).Code, asOf);
            using var reader = command.ExecuteReader();
            int reporter = reader.Column("reporter"), partner = reader.Column("partner"), flow = reader.Column("flow"), year = reader.Column("year");
            int startMonth = reader.Column("start_month"), months = reader.Column("months"), value = reader.Column("value_usd"), rate = reader.Column("rate_pct");
            int coverage = reader.Column("coverage"), attribution = reader.Column("attribution"), note = reader.Column("attribution_note");
            int evidence = reader.Column("evidence"), quote = reader.Column("quote"), line = reader.Column("source_line");
            var rows = new List<StatedFigure>();
            while (reader.Read())
            {
                var y = reader.GetInt16(year);
                rows.Add(new StatedFigure(
                    countries.FromCode(reader.GetInt16(reporter)), countries.FromCode(reader.GetInt16(partner)), (Flow)reader.GetByte(flow), y,
                    reader.IsDBNull(months) ? null : Period.Span(y, reader.GetByte(startMonth), reader.GetByte(months)),
                    reader.IsDBNull(value) ? null : reader.GetDecimal(value), reader.IsDBNull(rate) ? null : reader.GetDecimal(rate),
                    reader.GetString(coverage), Enum.Parse<Attribution>(reader.GetString(attribution)), reader.GetString(note),
                    reader.GetString(evidence), reader.GetString(quote), reader.GetInt64(line)));
            }

            return rows;
        });
    }

    private void InsertStatedFigures(int releaseId, ReleaseOutcome outcome)
    {
        foreach (var s in outcome.StatedFigures)
        {
            Execute(
                "INSERT INTO stated_figures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                releaseId, (short)s.Reporter.Code, (short)s.Partner.Code, (byte)s.Flow, (short)s.Year,
                s.Period is { } p ? (byte)p.StartMonth : null, s.Period is { } q ? (byte)q.Months : null,
                s.ValueUsd, s.RatePercent, s.Coverage, s.Attribution.ToString(), s.AttributionNote, s.Evidence, s.Quote, s.SourceLine);
        }
    }
}
