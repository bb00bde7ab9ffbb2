using System.Globalization;
using Turnover.Core;
using Turnover.Store.ClickHouse.Internal;

namespace Turnover.Store.ClickHouse;

public sealed partial class ClickHouseTradeStore
{
    private static readonly string[] s_rateColumns =
        ["release_id", "position", "reporter", "partner", "flow", "year", "start_month", "months", "rate_pct", "published", "source_line", "evidence"];

    private static readonly Dictionary<string, string> s_rateTypes = new(StringComparer.Ordinal)
    {
        ["release_id"] = "Int32",
        ["position"] = "Int32",
        ["reporter"] = "Int16",
        ["partner"] = "Int16",
        ["flow"] = "UInt8",
        ["year"] = "Int16",
        ["start_month"] = "UInt8",
        ["months"] = "UInt8",
        ["rate_pct"] = "Decimal(9, 3)",
        ["published"] = "Nullable(Date)",
        ["source_line"] = "Int64",
        ["evidence"] = "String",
    };

    private static readonly string[] s_disagreementColumns =
        ["release_id", "position", "reporter", "partner", "flow", "period", "chosen_pct", "chosen_evidence", "other_pct", "other_evidence", "reason"];

    private static readonly Dictionary<string, string> s_disagreementTypes = new(StringComparer.Ordinal)
    {
        ["release_id"] = "Int32",
        ["position"] = "Int32",
        ["reporter"] = "Int16",
        ["partner"] = "Int16",
        ["flow"] = "UInt8",
        ["period"] = "String",
        ["chosen_pct"] = "Decimal(9, 3)",
        ["chosen_evidence"] = "String",
        ["other_pct"] = "Decimal(9, 3)",
        ["other_evidence"] = "String",
        ["reason"] = "String",
    };

    /// <inheritdoc />
    /// <remarks>As the DuckDB schema's visible_published_rates: per (reporter, partner, flow, period) the one published last.</remarks>
    public IReadOnlyList<PublishedRate> PublishedRates(Country a, Country b, SourceKind source, DateOnly? asOf = null)
    {
        var live = LiveReleases(source);
        if (live.Count == 0)
        {
            return [];
        }

        var countries = CountryCatalog.Default;
        return [.. _server.Rows($"""
            SELECT reporter, partner, flow, year, start_month, months,
                   tupleElement(r, 1) AS rate_pct, tupleElement(r, 2) AS published, tupleElement(r, 3) AS source_line, tupleElement(r, 4) AS evidence
            FROM (
                SELECT reporter, partner, flow, year, start_month, months,
                       argMax(tuple(rate_pct, published, source_line, evidence), tuple(effective_published, release_id)) AS r
                FROM (
                    SELECT *, ifNull({KeyFields.DaySql("published")}, {VisibleSql.FallbackPublished(live, KeyFields.PeriodEndDaySql("year", "start_month", "months"))}) AS effective_published
                    FROM {Tables.PublishedRates}
                    WHERE release_id IN ({SqlLiteral.List(live.Select(l => l.Summary.Id))})
                      AND {VisibleSql.EitherDirection(a.Code, b.Code)}
                )
                {(asOf is { } date ? $"WHERE effective_published <= {SqlLiteral.DayNumber(date)}" : string.Empty)}
                GROUP BY reporter, partner, flow, year, start_month, months
            )
            ORDER BY reporter, partner, flow, year, start_month, months
            """).Select(r => new PublishedRate(
                countries.FromCode(Int(r[0])), countries.FromCode(Int(r[1])), (Flow)Int(r[2]), Period.Span(Int(r[3]), Int(r[4]), Int(r[5])),
                Money(r[6]), Date(r[7]), Long(r[8]), r[9]!))];
    }

    /// <inheritdoc />
    public IReadOnlyList<(int ReleaseId, RateDisagreement Disagreement)> RateDisagreements()
    {
        var live = LiveReleases();
        if (live.Count == 0)
        {
            return [];
        }

        var countries = CountryCatalog.Default;
        return [.. _server.Rows($"""
            SELECT release_id, reporter, partner, flow, period, chosen_pct, chosen_evidence, other_pct, other_evidence, reason
            FROM {Tables.RateDisagreements} WHERE release_id IN ({SqlLiteral.List(live.Select(l => l.Summary.Id))})
            ORDER BY release_id, period, flow, position
            """).Select(r => (Int(r[0]), new RateDisagreement(
                countries.FromCode(Int(r[1])), countries.FromCode(Int(r[2])), (Flow)Int(r[3]), Period.Parse(r[4]!),
                Money(r[5]), r[6]!, Money(r[7]), r[8]!, r[9]!)))];
    }

    // Staged with the release's other rows, before its release row.
    private void InsertRates(int releaseId, ReleaseOutcome outcome)
    {
        if (outcome.PublishedRates.Count > 0)
        {
            _server.Insert(Tables.PublishedRates, s_rateColumns, s_rateTypes, outcome.PublishedRates.Select((r, i) => new object[]
            {
                releaseId, i, (short)r.Reporter.Code, (short)r.Partner.Code, (byte)r.Flow, (short)r.Period.Year, (byte)r.Period.StartMonth, (byte)r.Period.Months,
                r.RatePercent, r.Published is { } published ? published.ToDateTime(TimeOnly.MinValue) : DBNull.Value, r.SourceLine, r.Evidence,
            }), CancellationToken.None);
        }

        if (outcome.RateDisagreements.Count > 0)
        {
            _server.Insert(Tables.RateDisagreements, s_disagreementColumns, s_disagreementTypes, outcome.RateDisagreements.Select((d, i) => new object[]
            {
                releaseId, i, (short)d.Reporter.Code, (short)d.Partner.Code, (byte)d.Flow, d.Period.ToString(), d.ChosenPercent, d.ChosenEvidence,
                d.OtherPercent, d.OtherEvidence, d.Reason,
            }), CancellationToken.None);
        }
    }
}
