using Turnover.Core;
using Turnover.Store.Internal;

namespace Turnover.Store;

public sealed partial class TradeStore
{
    /// <summary>Published growth rates of a pair (both directions) visible on a date: the latest vintage of each (schema.sql, visible_published_rates).</summary>
    /// <exception cref="StoreException">The file is damaged.</exception>
    public IReadOnlyList<PublishedRate> PublishedRates(Country a, Country b, SourceKind source, DateOnly? asOf = null) =>
        Reading(() => ReadPublishedRates(a, b, source, asOf));

    /// <summary>Reports of published rates that disagreed beyond rounding, with the release they came with.</summary>
    /// <exception cref="StoreException">The file is damaged.</exception>
    public IReadOnlyList<(int ReleaseId, RateDisagreement Disagreement)> RateDisagreements() => Reading(() =>
    {
        var countries = CountryCatalog.Default;
        using var command = Command(
            "SELECT release_id, reporter, partner, flow, period, chosen_pct, chosen_evidence, other_pct, other_evidence, reason FROM rate_disagreements SEMI JOIN live_releases() USING (release_id) ORDER BY release_id, period, flow");
        using var reader = command.ExecuteReader();
        int releaseId = reader.Column("release_id"), reporter = reader.Column("reporter"), partner = reader.Column("partner"), flow = reader.Column("flow");
        int period = reader.Column("period"), chosenPct = reader.Column("chosen_pct"), chosenEvidence = reader.Column("chosen_evidence");
        int otherPct = reader.Column("other_pct"), otherEvidence = reader.Column("other_evidence"), reason = reader.Column("reason");
        var rows = new List<(int, RateDisagreement)>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt32(releaseId), new RateDisagreement(
                countries.FromCode(reader.GetInt16(reporter)), countries.FromCode(reader.GetInt16(partner)), (Flow)reader.GetByte(flow),
                Period.Parse(reader.GetString(period)), reader.GetDecimal(chosenPct), reader.GetString(chosenEvidence), reader.GetDecimal(otherPct),
                reader.GetString(otherEvidence), reader.GetString(reason))));
        }

        return rows;
    });

    // The sources whose live releases hold published rates, read once per open store and forgotten by every write:
    // for the others (BACI, Census…) the rates query would cost a series ~10 ms of planning for nothing (bench `query`).
    private HashSet<string>? _sourcesWithRates;

    private List<PublishedRate> ReadPublishedRates(Country a, Country b, SourceKind source, DateOnly? asOf)
    {
        if (_sourcesWithRates is null)
        {
            _sourcesWithRates = [];
            using var sources = Command("SELECT DISTINCT l.source FROM published_rates p JOIN live_releases() l USING (release_id)");
            using var sourceReader = sources.ExecuteReader();
            var sourceColumn = sourceReader.Column("source");
            while (sourceReader.Read())
            {
                _sourcesWithRates.Add(sourceReader.GetString(sourceColumn));
            }
        }

        var code = SourceCatalog.Of(source).Code;
        if (!_sourcesWithRates.Contains(code))
        {
            return [];
        }

        var countries = CountryCatalog.Default;
        using var command = Command(
            "SELECT reporter, partner, flow, year, start_month, months, rate_pct, published, source_line, evidence FROM visible_published_rates(CAST($1 AS DATE), CAST($2 AS SMALLINT), CAST($3 AS SMALLINT)) WHERE source = $4 ORDER BY reporter, partner, flow, year, start_month, months",
            asOf, (short)a.Code, (short)b.Code, code);
        using var reader = command.ExecuteReader();
        int reporter = reader.Column("reporter"), partner = reader.Column("partner"), flow = reader.Column("flow"), year = reader.Column("year");
        int startMonth = reader.Column("start_month"), months = reader.Column("months"), ratePct = reader.Column("rate_pct");
        int published = reader.Column("published"), sourceLine = reader.Column("source_line"), evidence = reader.Column("evidence");
        var rows = new List<PublishedRate>();
        while (reader.Read())
        {
            rows.Add(new PublishedRate(
                countries.FromCode(reader.GetInt16(reporter)), countries.FromCode(reader.GetInt16(partner)), (Flow)reader.GetByte(flow),
                Period.Span(reader.GetInt16(year), reader.GetByte(startMonth), reader.GetByte(months)), reader.GetDecimal(ratePct),
                reader.IsDBNull(published) ? null : DateOnly.FromDateTime(reader.GetDateTime(published)), reader.GetInt64(sourceLine), reader.GetString(evidence)));
        }

        return rows;
    }

    private void InsertRates(int releaseId, ReleaseOutcome outcome)
    {
        foreach (var r in outcome.PublishedRates)
        {
            Execute(
                "INSERT INTO published_rates VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                releaseId, (short)r.Reporter.Code, (short)r.Partner.Code, (byte)r.Flow, (short)r.Period.Year, (byte)r.Period.StartMonth, (byte)r.Period.Months,
                r.RatePercent, r.Published, r.SourceLine, r.Evidence);
        }

        foreach (var d in outcome.RateDisagreements)
        {
            Execute(
                "INSERT INTO rate_disagreements VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                releaseId, (short)d.Reporter.Code, (short)d.Partner.Code, (byte)d.Flow, d.Period.ToString(), d.ChosenPercent, d.ChosenEvidence, d.OtherPercent,
                d.OtherEvidence, d.Reason);
        }
    }
}
