using nietras.SeparatedValues;
using Turnover.Core;
using Turnover.Ingest.Internal;

namespace Turnover.Ingest.Gacc;

/// <summary>
/// Validates the header and rows of the news compilation <c>period,kind,flow,value_usd_bn,yoy_pct,source_url</c>
/// and turns each row that carries a value into a <see cref="NewsReport"/>.
/// </summary>
/// <remarks>
/// Periods: <c>annual YYYY</c> → the year; <c>ytd YYYY-MM</c> → January..MM; <c>month YYYY-MM</c> → that month,
/// except a February "month" from 2020 on, which is read as January–February combined: since 2020 China's customs
/// publishes January and February together (the pages of the compilation say "January-February" for every February
/// figure from 2019 on, and none gives a January alone after 2019). A combined Jan–Feb figure and a year-to-date
/// February are the same period, so they are reconciled together. That reading is provisional: a release that also
/// gives Jan–Feb as a year-to-date row states February alone in its "month" rows (<see cref="FebruaryReading"/>).
/// The <c>yoy_pct</c> of every row, with or without a value, is kept as a report of the published growth rate
/// (<see cref="Rates"/>).
/// </remarks>
internal sealed class NewsRowParser
{
    /// <summary>The columns of the layout, in file order.</summary>
    public static readonly string[] Columns = ["period", "kind", "flow", "value_usd_bn", "yoy_pct", "source_url"];

    /// <summary>GACC publishes January and February combined from this year on.</summary>
    public const int CombinedJanuaryFebruarySince = 2020;

    private readonly ReadContext _context;
    private readonly List<NewsReport> _rates = [];
    private readonly int[] _index;
    private readonly int _width;

    private NewsRowParser(ReadContext context, int[] index, int width)
    {
        _context = context;
        _index = index;
        _width = width;
    }

    /// <summary>
    /// Every growth rate the rows printed, one report per row (the <see cref="NewsReport.Figure"/> is the rate in
    /// percent, with the precision it was printed at), for reconciliation like the values.
    /// </summary>
    public IReadOnlyList<NewsReport> Rates => _rates;

    /// <summary>True when a header row is this layout (used to dispatch; a wrong delimiter still counts, to report it).</summary>
    public static bool LooksLikeHeader(string firstLine) =>
        firstLine.StartsWith("period", StringComparison.OrdinalIgnoreCase) || firstLine.Contains("value_usd_bn", StringComparison.OrdinalIgnoreCase);

    /// <summary>Checks the header; reports each missing column and returns null when any is missing.</summary>
    public static NewsRowParser? FromHeader(ReadContext context, IReadOnlyList<string> header)
    {
        var index = new int[Columns.Length];
        var missing = false;
        for (var i = 0; i < Columns.Length; i++)
        {
            index[i] = IndexOf(header, Columns[i]);
            if (index[i] < 0)
            {
                missing = true;
                var hint = header.Count == 1 && header[0].IndexOfAny([';', '\t', '|']) >= 0
                    ? $" (the header '{header[0]}' is not comma-separated)"
                    : string.Empty;
                context.Error(1, Columns[i], $"missing required column '{Columns[i]}'{hint}");
            }
        }

        if (!missing && Internal.RepeatedColumn.Find(header, Columns) is { } repeated)
        {
            context.Error(1, repeated.Name, repeated.Message);
            return null;
        }

        return missing ? null : new NewsRowParser(context, index, header.Count);
    }

    /// <summary>Parses one data row; null when the row is skipped or defective (already reported).</summary>
    public NewsReport? Parse(SepReader.Row row, long line)
    {
        if (row.ColCount < _width)
        {
            var count = row.ColCount;
            // The missing field may be an extra column of the header that no required column sits in: then name none.
            var firstMissing = Columns.FirstOrDefault(c => _index[Array.IndexOf(Columns, c)] >= count) ?? string.Empty;
            _context.Error(line, firstMissing, $"row has {row.ColCount} field(s), expected {_width} (line cut short?)");
            return null;
        }

        if (row.ColCount > _width)
        {
            _context.Error(line, string.Empty, $"row has {row.ColCount} field(s), expected {_width} (an unquoted comma inside a value?)");
            return null;
        }

        var periodText = Cell(row, 0);
        var kindText = Cell(row, 1);
        var flowText = Cell(row, 2);
        var valueText = Cell(row, 3);
        var yoyText = Cell(row, 4);
        var url = Cell(row, 5);

        var ok = TryKind(kindText, line, out var kind);
        ok &= TryFlow(flowText, line, out var flow);
        var period = default(Period);
        ok = ok && TryPeriod(periodText, kind, line, out period);
        var rate = default(decimal);
        if (yoyText.Length > 0 && !Numbers.TryParseDecimal(yoyText, out rate))
        {
            _context.Error(line, Columns[4], NumberSyntax.TryRead(yoyText, '.', null, out _)
                ? NumberText.Refused(yoyText, kind: NumberKind.GrowthRate)
                : $"value '{yoyText}' is not a number (growth in percent)");
            ok = false;
        }
        else if (yoyText.Length > 0 && !GrowthRateRange.Holds(rate))
        {
            _context.Error(line, Columns[4], GrowthRateRange.Refused(yoyText, rate));
            ok = false;
        }

        if (url.Length == 0)
        {
            _context.Error(line, Columns[5], "no source URL: every report needs the page that published it");
            ok = false;
        }
        else if (Internal.SourceUrl.HoldsControl(url))
        {
            _context.Error(line, Columns[5], Internal.SourceUrl.ControlRefused(url));
            ok = false;
        }

        if (ok && yoyText.Length > 0 && url.Length > 0)
        {
            _rates.Add(new NewsReport(period, flow, kind, Figure.Stated(rate), line, url));
        }

        if (valueText.Length == 0)
        {
            if (ok)
            {
                _context.Skip("growth rate only, no value");
            }

            return null;
        }

        if (!Numbers.TryParseDecimal(valueText, out var value))
        {
            _context.Error(line, Columns[3], NumberText.Refused(valueText));
            return null;
        }

        if (value > UsdCeiling.Max / 1_000_000_000m)
        {
            _context.Error(line, Columns[3], UsdCeiling.Huge(valueText) + " (the column is in billions of USD)");
            return null;
        }

        if (value < 0)
        {
            _context.Error(line, Columns[3], $"value '{valueText}' is negative: trade values cannot be negative");
            return null;
        }

        return ok ? new NewsReport(period, flow, kind, Figure.Stated(value), line, url) : null;
    }

    private string Cell(SepReader.Row row, int column) => row[_index[column]].Span.Trim().ToString();

    private bool TryKind(string text, long line, out ReportKind kind)
    {
        kind = text switch
        {
            "annual" => ReportKind.Annual,
            "month" => ReportKind.Month,
            "ytd" => ReportKind.Ytd,
            _ => 0,
        };
        if (kind == 0)
        {
            _context.Error(line, Columns[1], $"kind '{text}' is not one of annual, month, ytd");
        }

        return kind != 0;
    }

    private bool TryFlow(string text, long line, out Flow flow)
    {
        flow = text switch
        {
            "turnover" => Flow.Turnover,
            "china_exports" => Flow.Export,
            "china_imports" => Flow.Import,
            _ => 0,
        };
        if (flow == 0)
        {
            _context.Error(line, Columns[2], $"flow '{text}' is not one of turnover, china_exports, china_imports");
        }

        return flow != 0;
    }

    private bool TryPeriod(string text, ReportKind kind, long line, out Period period)
    {
        period = default;
        var isYear = text.Length == 4;
        var isMonth = text.Length == 7 && text[4] == '-';
        if ((!isYear && !isMonth) || !Numbers.TryParseInt(text.AsSpan(0, 4), out var year)
            || (isMonth && !Numbers.TryParseInt(text.AsSpan(5, 2), out _)))
        {
            _context.Error(line, Columns[0], $"period '{text}' is not YYYY or YYYY-MM");
            return false;
        }

        var month = isMonth ? int.Parse(text.AsSpan(5, 2), provider: System.Globalization.CultureInfo.InvariantCulture) : 12;
        if (isYear != (kind == ReportKind.Annual))
        {
            _context.Error(line, Columns[0], kind == ReportKind.Annual
                ? $"period '{text}' is not a year, but kind is annual"
                : $"period '{text}' is not a month (YYYY-MM), but kind is {(kind == ReportKind.Ytd ? "ytd" : "month")}");
            return false;
        }

        var (start, months) = kind switch
        {
            ReportKind.Annual => (1, 12),
            ReportKind.Ytd => (1, month),
            _ when month == 2 && year >= CombinedJanuaryFebruarySince => (1, 2),
            _ => (month, 1),
        };
        if (!Period.TryCreate(year, start, months, out period) || year < 1900)
        {
            var reason = month is < 1 or > 12 ? $"month {month} should be in range [1-12]" : $"year {year} should be in range [1900-2200]";
            _context.Error(line, Columns[0], $"period '{text}' is impossible: {reason}");
            return false;
        }

        return true;
    }

    private static int IndexOf(IReadOnlyList<string> header, string name)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
