using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using Turnover.Core;
using Turnover.Ingest.Gacc;
using Turnover.Testing;

namespace Turnover.Ingest.Tests.Gacc;

/// <summary>Properties of the differencing, the reconciliation and both parsers.</summary>
public sealed class GaccPropertyTests
{
    [Property(Replay = "(20261201,15)")]
    public bool Differencing_a_cumulative_series_and_summing_it_back_gives_the_original(NonNegativeInt[] thousandths, bool[] published)
    {
        // Monthly values (in thousandths) → year-to-date totals, some of them unpublished (gaps).
        var months = Math.Min(12, thousandths.Length);
        var cumulative = new decimal[months + 1];
        var points = new List<(int Month, Figure Cumulative)>();
        for (var m = 1; m <= months; m++)
        {
            cumulative[m] = cumulative[m - 1] + (thousandths[m - 1].Get / 1000m);
            if (m > published.Length || published[m - 1])
            {
                points.Add((m, new Figure(cumulative[m], 0.001m)));
            }
        }

        var differences = CumulativeSeries.Difference(points).ToDictionary(d => d.Month, d => d.Value.Value);
        var present = points.Select(p => p.Month).ToHashSet();

        // Only months whose total and the previous month's total both exist are derived: nothing is invented.
        var onlyBracketed = differences.Keys.All(m => present.Contains(m) && present.Contains(m - 1))
            && present.Where(m => present.Contains(m - 1)).All(differences.ContainsKey);

        // Within each run of consecutive totals, the first total plus the differences gives back every later total.
        var sumsBack = points.All(p =>
        {
            var start = p.Month;
            while (present.Contains(start - 1))
            {
                start--;
            }

            var sum = cumulative[start];
            for (var m = start + 1; m <= p.Month; m++)
            {
                sum += differences[m];
            }

            return sum == cumulative[p.Month];
        });
        return onlyBracketed && sumsBack;
    }

    [Property(Replay = "(20261201,17)")]
    public bool Reconciliation_never_picks_a_value_outside_the_reported_set(NonNegativeInt[] values, byte[] scales, NonNegativeInt[] alternatives)
    {
        if (values.Length == 0)
        {
            return true;
        }

        static Figure FigureOf(int value, byte scale) => Figure.Stated(new decimal(value, 0, 0, false, (byte)(scale % 4)));
        var reports = values
            .Select((v, i) => new NewsReport(Period.OfYear(2022), Flow.Turnover, ReportKind.Annual,
                FigureOf(v.Get, i < scales.Length ? scales[i] : (byte)0), i + 2, "https://example.org/" + i.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        var alts = alternatives.Select(a => new Alternative(FigureOf(a.Get, 2), "other way")).ToList();

        var chosen = Reconciler.Choose(reports, alts)!;
        var ranked = Reconciler.Rank(reports, alts);

        return reports.Any(r => r.Figure.Value == chosen.Report.Figure.Value)
            && ranked.All(c => c.Support <= chosen.Support);
    }

    [Property(Replay = "(20261201,19)")]
    public bool Table_values_in_thousands_round_trip_exactly(NonNegativeInt[] cells)
    {
        // Generated values in the real heading of the November 2023 table; a cell divisible by 5 is left empty.
        var values = Enumerable.Range(0, 6).Select(i => i < cells.Length && cells[i].Get % 5 != 0 ? (long?)cells[i].Get : null).ToArray();
        var heading = File.ReadAllLines(RepoPaths.Fixture("gacc", "country_table_2023_11.csv")).Take(5);
        var row = "Russia," + string.Join(',', values.Select(v => v is { } x ? "\"" + x.ToString("N0", CultureInfo.InvariantCulture) + "\"" : string.Empty)) + ",,,";
        using var file = TempFile.WithText("table.csv", string.Join("\r\n", heading.Append(row)) + "\r\n");

        var read = GaccTestRead.Of(file.Path);

        var expected = new List<(Flow, Period, decimal)>();
        Flow[] flows = [Flow.Turnover, Flow.Export, Flow.Import];
        for (var i = 0; i < 6; i++)
        {
            if (values[i] is { } v)
            {
                expected.Add((flows[i / 2], i % 2 == 0 ? Period.Month(2023, 11) : Period.YearToDate(2023, 11), v * 1000m));
            }
        }

        return !read.Context.HasErrors
            && read.Records.Select(r => (r.Flow, r.Period, r.ValueUsd)).OrderBy(t => t).SequenceEqual(expected.OrderBy(t => t));
    }

    [Property(MaxTest = 200, Replay = "(20261201,21)")]
    public bool Arbitrary_lines_after_the_news_header_never_throw_only_report(string[] lines)
    {
        var text = "period,kind,flow,value_usd_bn,yoy_pct,source_url\r\n" + string.Join("\r\n", lines.Select(l => l ?? string.Empty));
        using var file = TempFile.WithText("garbage.csv", text);

        var read = GaccTestRead.Of(file.Path);

        return read.Records.All(r => r.ValueUsd >= 0) && read.Context.Errors.All(e => e.Line >= 1);
    }

    [Property(MaxTest = 200, Replay = "(20261201,23)")]
    public bool Arbitrary_lines_in_a_gacc_table_never_throw_only_report(string[] lines)
    {
        var heading = File.ReadAllLines(RepoPaths.Fixture("gacc", "country_table_2023_11.csv")).Take(5);
        using var file = TempFile.WithText("garbage.csv", string.Join("\r\n", heading.Concat(lines.Select(l => l ?? string.Empty))));

        var read = GaccTestRead.Of(file.Path);

        return read.Records.All(r => r.ValueUsd >= 0 && (r.Period == Period.Month(2023, 11) || r.Period == Period.YearToDate(2023, 11)));
    }
}
