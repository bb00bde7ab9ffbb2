using Turnover.Core;
using Turnover.Store.ClickHouse.Internal;

namespace Turnover.Store.ClickHouse;

public sealed partial class ClickHouseTradeStore
{
    private static readonly string[] s_statedColumns =
    [
        "release_id", "reporter", "partner", "flow", "year", "start_month", "months", "value_usd", "rate_pct", "coverage", "attribution",
        "attribution_note", "evidence", "quote", "source_line",
    ];

    private static readonly Dictionary<string, string> s_statedTypes = new(StringComparer.Ordinal)
    {
        ["release_id"] = "Int32",
        ["reporter"] = "Int16",
        ["partner"] = "Int16",
        ["flow"] = "UInt8",
        ["year"] = "Int16",
        ["start_month"] = "UInt8",
        ["months"] = "UInt8",
        ["value_usd"] = "Nullable(Decimal(18, 2))",
        ["rate_pct"] = "Nullable(Decimal(9, 3))",
        ["coverage"] = "String",
        ["attribution"] = "String",
        ["attribution_note"] = "String",
        ["evidence"] = "String",
        ["quote"] = "String",
        ["source_line"] = "Int64",
    };

    /// <inheritdoc />
    /// <remarks>
    /// As the DuckDB store's stated.sql: a statement is public from its release's vintage, else from the end of its span
    /// (of its year where the span is approximate) plus the source's lag; of a statement several releases hold (same
    /// reporter, partner, flow, span and page) the latest release's, its first line where it holds it twice.
    /// </remarks>
    public IReadOnlyList<StatedFigure> StatedFigures(Country a, Country b, SourceKind source, DateOnly? asOf = null)
    {
        var live = LiveReleases(source);
        if (live.Count == 0)
        {
            return [];
        }

        // An approximate span (months 0) counts from the end of its year.
        var visibleFrom = VisibleSql.FallbackPublished(live, KeyFields.PeriodEndDaySql("year", "if(months = 0, 1, start_month)", "if(months = 0, 12, months)"));
        var countries = CountryCatalog.Default;
        return [.. _server.Rows($"""
            SELECT reporter, partner, flow, year, start_month, months, value_usd, rate_pct, coverage, attribution, attribution_note, evidence, quote, source_line
            FROM {Tables.StatedFigures}
            WHERE (release_id, source_line) IN (
                SELECT tupleElement(chosen, 1), tupleElement(chosen, 2)
                FROM (
                    SELECT argMax(tuple(release_id, source_line), tuple(release_id, -source_line)) AS chosen
                    FROM {Tables.StatedFigures}
                    WHERE release_id IN ({SqlLiteral.List(live.Select(l => l.Summary.Id))})
                      AND {VisibleSql.EitherDirection(a.Code, b.Code)}
                      {(asOf is { } date ? $"AND {visibleFrom} <= {SqlLiteral.DayNumber(date)}" : string.Empty)}
                    GROUP BY reporter, partner, flow, year, start_month, months, evidence
                )
            )
            ORDER BY reporter, year, months = 0, start_month, months, source_line
            """).Select(r =>
        {
            var year = Int(r[3]);
            var months = Int(r[5]);
            return new StatedFigure(
                countries.FromCode(Int(r[0])), countries.FromCode(Int(r[1])), (Flow)Int(r[2]), year,
                months == 0 ? null : Period.Span(year, Int(r[4]), months),
                r[6] is null ? null : Money(r[6]), r[7] is null ? null : Money(r[7]),
                r[8]!, Enum.Parse<Attribution>(r[9]!), r[10]!, r[11]!, r[12]!, Long(r[13]));
        })];
    }

    // Staged with the release's other rows, before its release row.
    private void InsertStatedFigures(int releaseId, ReleaseOutcome outcome)
    {
        if (outcome.StatedFigures.Count > 0)
        {
            _server.Insert(Tables.StatedFigures, s_statedColumns, s_statedTypes, outcome.StatedFigures.Select(s => new object[]
            {
                releaseId, (short)s.Reporter.Code, (short)s.Partner.Code, (byte)s.Flow, (short)s.Year,
                (byte)(s.Period?.StartMonth ?? 0), (byte)(s.Period?.Months ?? 0),
                s.ValueUsd is { } value ? value : DBNull.Value, s.RatePercent is { } rate ? rate : DBNull.Value,
                s.Coverage, s.Attribution.ToString(), s.AttributionNote, s.Evidence, s.Quote, s.SourceLine,
            }), CancellationToken.None);
        }
    }
}
