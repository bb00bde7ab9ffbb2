using nietras.SeparatedValues;
using Turnover.Core;
using Turnover.Ingest.Gacc;
using Turnover.Ingest.Internal;

namespace Turnover.Ingest.Fcs;

/// <summary>
/// Validates the header and rows of <c>year,flow,value_usd_bn,yoy_pct,source_url,quote,coverage,attribution_confidence</c>
/// (one figure per row, as a page stated it) into <see cref="StatedRow"/>s. Every field is checked; a defect names the
/// line and the column, and any defect rejects the whole file.
/// </summary>
internal sealed class StatedRowParser(ReadContext context, Country reporter, Country partner)
{
    /// <summary>The columns of the layout, in file order.</summary>
    public static readonly string[] Columns = ["year", "flow", "value_usd_bn", "yoy_pct", "source_url", "quote", "coverage", "attribution_confidence"];

    /// <summary>The header as one line.</summary>
    public static readonly string Header = string.Join(',', Columns);

    /// <summary>True when the header is exactly the layout's (any other header is reported, naming what differs).</summary>
    public bool CheckHeader(IReadOnlyList<string> header)
    {
        var ok = header.Count == Columns.Length;
        for (var i = 0; ok && i < Columns.Length; i++)
        {
            ok = string.Equals(header[i], Columns[i], StringComparison.OrdinalIgnoreCase);
        }

        if (!ok)
        {
            context.Error(1, string.Empty, $"header '{string.Join(',', header)}' is not '{Header}'");
        }

        return ok;
    }

    /// <summary>The row, or null when it is defective (each defect reported).</summary>
    public StatedRow? Parse(SepReader.Row row, long line)
    {
        if (new RowShape(Columns.Length, header: Columns).Check(row, line) is { } fault)
        {
            context.Error(line, fault.ColumnIn(Columns), fault.Message);
            return null;
        }

        var cells = new string[Columns.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = row[i].Span.Trim().ToString();
        }

        string Cell(int i) => cells[i];
        var ok = TryYear(Cell(0), line, out var year);
        ok &= TryFlow(Cell(1), line, out var flow);
        var level = Number(Cell(2), line, Columns[2], out var levelOk);
        var rate = Number(Cell(3), line, Columns[3], out var rateOk);
        ok &= levelOk && rateOk && CheckLevel(level, Cell(2), line) && CheckRate(rate, Cell(3), line);
        if (levelOk && rateOk && level is null && rate is null)
        {
            context.Error(line, Columns[2], "the row gives neither a value nor a growth rate");
            ok = false;
        }

        var url = Cell(4);
        if (!url.StartsWith("http://", StringComparison.Ordinal) && !url.StartsWith("https://", StringComparison.Ordinal))
        {
            context.Error(line, Columns[4], url.Length == 0 ? "no source URL: every figure needs the page that stated it" : $"source URL {Echo.Of(url)} is not an http(s) address");
            ok = false;
        }
        else if (SourceUrl.HoldsControl(url))
        {
            context.Error(line, Columns[4], SourceUrl.ControlRefused(url));
            ok = false;
        }

        var quote = Cell(5);
        if (quote.Length == 0)
        {
            context.Error(line, Columns[5], "no quote: every figure needs the words that state it");
            ok = false;
        }

        var coverage = Cell(6);
        Period? period = null;
        if (ok && !StatedCoverage.TryRead(coverage, year, out period, out var coverageError))
        {
            context.Error(line, Columns[6], coverageError);
            ok = false;
        }
        else if (ok && period is null && level is not null)
        {
            context.Error(line, Columns[6], $"coverage '{coverage}' gives no exact span, so the value {Cell(2)} bn cannot be stored as a figure of any period");
            ok = false;
        }

        ok &= TryAttribution(Cell(7), line, out var attribution, out var note);
        return ok
            ? new StatedRow(
                new StatedFigure(reporter, partner, flow, year, period, level is { } l ? l.Value * 1_000_000_000m : null, rate?.Value,
                    coverage, attribution, note, url, quote, line),
                level, rate)
            : null;
    }

    private bool TryYear(string text, long line, out int year)
    {
        if (text.Length == 4 && Numbers.TryParseInt(text, out year) && year is >= 1900 and <= 2200)
        {
            return true;
        }

        year = 0;
        context.Error(line, Columns[0], $"year {Echo.Of(text)} is not a year YYYY in range [1900-2200]");
        return false;
    }

    private bool TryFlow(string text, long line, out Flow flow)
    {
        flow = text switch
        {
            "turnover" => Flow.Turnover,
            "russia_exports" => Flow.Export,
            "russia_imports" => Flow.Import,
            _ => 0,
        };
        if (flow == 0)
        {
            context.Error(line, Columns[1], $"flow {Echo.Of(text)} is not one of turnover, russia_exports, russia_imports");
        }

        return flow != 0;
    }

    private Figure? Number(string text, long line, string column, out bool ok)
    {
        ok = true;
        if (text.Length == 0)
        {
            return null;
        }

        if (Numbers.TryParseDecimal(text, out var value))
        {
            return Figure.Stated(value);
        }

        context.Error(line, column, NumberText.Refused(text, kind: column == Columns[3] ? NumberKind.GrowthRate : NumberKind.TradeValue));
        ok = false;
        return null;
    }

    private bool CheckLevel(Figure? level, string text, long line)
    {
        if (level is not { Value: var value })
        {
            return true;
        }

        var problem = value < 0 ? $"value '{text}' is negative: trade values cannot be negative"
            : value > UsdCeiling.Max / 1_000_000_000m ? UsdCeiling.Huge(text) + " (the column is in billions of USD)"
            : null;
        if (problem is not null)
        {
            context.Error(line, Columns[2], problem);
        }

        return problem is null;
    }

    private bool CheckRate(Figure? rate, string text, long line)
    {
        if (rate is { Value: var value } && !GrowthRateRange.Holds(value))
        {
            context.Error(line, Columns[3], GrowthRateRange.Refused(text, value));
            return false;
        }

        return true;
    }

    private bool TryAttribution(string text, long line, out Attribution attribution, out string note)
    {
        var (word, rest) = text.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0
            ? (text[..colon].Trim(), text[(colon + 1)..].Trim())
            : (text, string.Empty);
        attribution = word.ToLowerInvariant() switch
        {
            "explicit" => Attribution.Explicit,
            "probable" => Attribution.Probable,
            _ => 0,
        };
        note = rest;
        if (attribution == 0)
        {
            context.Error(line, Columns[7], $"attribution {Echo.Of(text)} does not start with 'explicit' or 'probable' (then ': who stated it')");
        }

        return attribution != 0;
    }
}
