using System.Globalization;
using System.Text;

namespace Turnover.Claims.Evaluation;

/// <summary>Precision and recall of the extractor on one labelled file, with every miss and false hit.</summary>
public sealed class EvaluationReport
{
    internal EvaluationReport(string path, int rows, int quotes, FieldScore amounts, FieldScore growth,
        IReadOnlyList<EvaluationItem> misses, IReadOnlyList<EvaluationItem> falseHits, IReadOnlyList<EvaluationItem> unscored, IReadOnlyList<string> errors)
    {
        Path = path;
        Rows = rows;
        Quotes = quotes;
        Amounts = amounts;
        Growth = growth;
        Misses = misses;
        FalseHits = falseHits;
        Unscored = unscored;
        Errors = errors;
    }

    /// <summary>The labelled file.</summary>
    public string Path { get; }

    /// <summary>Labelled rows read.</summary>
    public int Rows { get; }

    /// <summary>Distinct sentences (a sentence with several figures has several rows).</summary>
    public int Quotes { get; }

    /// <summary>Amounts in US dollars.</summary>
    public FieldScore Amounts { get; }

    /// <summary>Year-on-year growth rates.</summary>
    public FieldScore Growth { get; }

    /// <summary>Labelled values nothing matched.</summary>
    public IReadOnlyList<EvaluationItem> Misses { get; }

    /// <summary>Extracted values no label matched.</summary>
    public IReadOnlyList<EvaluationItem> FalseHits { get; }

    /// <summary>
    /// Extracted values outside the labels' terms, neither hits nor false hits: projections and targets, amounts in
    /// another currency with no dollar figure, month-on-month rates, yuan-computed rates that match no label.
    /// </summary>
    public IReadOnlyList<EvaluationItem> Unscored { get; }

    /// <summary>Problems with the file (missing column, unreadable number), each naming the line and field.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>A plain-text report: scores, then misses and false hits, one per line.</summary>
    public string Format()
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"{Path}: {Rows} rows, {Quotes} sentences");
        foreach (var (name, score) in new[] { ("amounts", Amounts), ("growth", Growth) })
        {
            text.AppendLine(inv, $"  {name,-8} precision {score.Precision:0.000}  recall {score.Recall:0.000}  (hits {score.Hits}, false hits {score.FalseHits}, misses {score.Misses})");
        }

        foreach (var error in Errors)
        {
            text.AppendLine(inv, $"  error: {error}");
        }

        foreach (var (label, items) in new[] { ("miss", Misses), ("false hit", FalseHits) })
        {
            foreach (var item in items)
            {
                var quote = item.Quote.Length > 90 ? item.Quote[..90] + "…" : item.Quote;
                text.AppendLine(inv, $"  {label}: line {item.Line} {item.Field.ToString().ToLowerInvariant()} {item.Flow} {item.Value} — {quote}{(item.Detail is null ? string.Empty : " [" + item.Detail + "]")}");
            }
        }

        return text.ToString();
    }
}
