using System.Globalization;
using System.Text.RegularExpressions;
using nietras.SeparatedValues;
using Turnover.Claims.Internal;

namespace Turnover.Claims.Evaluation;

/// <summary>
/// Scores the extractor against a labelled CSV (<c>quote,period,kind,flow,value_usd_bn,yoy_pct,note,source_url</c>,
/// one row per labelled figure). An extracted fact counts when its amount (in USD bn) or growth rate equals a
/// labelled one within the rounding of the text or of the label, with the same flow after normalising the
/// direction (China's exports, China's imports, turnover) and the same subset flag (a label whose note says
/// <c>SUBSET</c> or <c>VOLUME</c> expects a claim recognised as a product group or volume).
/// </summary>
/// <remarks>
/// Every sentence is read on its own with China–Russia as the assumed pair (the labelled files are excerpts of
/// China–Russia trade news). Periods are not scored. Projections, targets, rankings, amounts with no US-dollar
/// figure, month-on-month rates and yuan-computed rates that match no label are listed as unscored.
/// </remarks>
public static partial class ClaimEvaluator
{
    private static readonly string[] s_columns = ["quote", "flow", "value_usd_bn", "yoy_pct", "note"];

    /// <summary>Reads the labelled file at <paramref name="path"/> and scores the extractor on it.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static EvaluationReport Evaluate(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var errors = new List<string>();
        var labels = ReadLabels(path, errors);
        var options = new ExtractionOptions { AssumedPair = new CountryPair(CountryWords.China, CountryWords.Russia) };
        var misses = new List<EvaluationItem>();
        var falseHits = new List<EvaluationItem>();
        var unscored = new List<EvaluationItem>();
        int amountHits = 0, amountFalse = 0, growthHits = 0, growthFalse = 0;
        var quotes = labels.GroupBy(l => l.Quote, StringComparer.Ordinal).ToList();
        foreach (var group in quotes)
        {
            var rows = group.ToList();
            var claims = ClaimExtractor.Extract(group.Key, options).Claims;
            var openAmounts = rows.Where(r => r.ValueBn is not null).ToList();
            var openGrowth = rows.Where(r => r.YoyPct is not null).ToList();
            foreach (var claim in claims.Where(c => c.Kind != ClaimKind.Ranking))
            {
                var flow = LabelFlow(claim);
                // The labels take a figure called "goods and services" as the flow's total (customs counts, loosely worded).
                var subset = claim.Subset is not (SubsetKind.None or SubsetKind.GoodsAndServices);
                var rules = string.Join(' ', claim.Rules);
                if (UsdAmount(claim) is { } usd)
                {
                    var item = new EvaluationItem { Field = EvaluatedField.Amount, Line = rows[0].Line, Quote = group.Key, Flow = flow, Value = usd.Value.Amount / 1e9m, Detail = rules };
                    if (claim.Kind != ClaimKind.Fact)
                    {
                        unscored.Add(item with { Detail = "a " + claim.Kind.ToString().ToLowerInvariant() + ", not a fact" });
                    }
                    else if (Take(openAmounts, r => r.Flow == flow && r.Subset == subset && Near(usd.Value.Amount / 1e9m, r.ValueBn!.Value, usd.Rounding / 1e9m)) is not null)
                    {
                        amountHits++;
                    }
                    else
                    {
                        amountFalse++;
                        falseHits.Add(item);
                    }
                }
                else if (claim.Amount is { } other)
                {
                    unscored.Add(new EvaluationItem { Field = EvaluatedField.Amount, Line = rows[0].Line, Quote = group.Key, Flow = flow, Value = other.Value.Amount / 1e9m, Detail = $"in {other.Value.Currency}, no US-dollar figure" });
                }

                if (claim.Growth is { } growth)
                {
                    var item = new EvaluationItem { Field = EvaluatedField.Growth, Line = rows[0].Line, Quote = group.Key, Flow = flow, Value = growth.Percent, Detail = rules };
                    var match = claim.Kind == ClaimKind.Fact && growth.Comparison != GrowthComparison.PreviousPeriod
                        ? Take(openGrowth, r => r.Flow == flow && r.Subset == subset && Near(growth.Percent, r.YoyPct!.Value, growth.Rounding))
                        : null;
                    if (match is not null)
                    {
                        growthHits++;
                    }
                    else if (claim.Kind != ClaimKind.Fact || growth.Comparison == GrowthComparison.PreviousPeriod || growth.ComputedIn?.Code == "CNY")
                    {
                        unscored.Add(item with { Detail = claim.Kind != ClaimKind.Fact ? "not a fact" : growth.Comparison == GrowthComparison.PreviousPeriod ? "against the previous period" : "computed in yuan" });
                    }
                    else
                    {
                        growthFalse++;
                        falseHits.Add(item);
                    }
                }
            }

            misses.AddRange(openAmounts.Select(r => new EvaluationItem { Field = EvaluatedField.Amount, Line = r.Line, Quote = r.Quote, Flow = r.Flow, Value = r.ValueBn!.Value, Detail = r.Note }));
            misses.AddRange(openGrowth.Select(r => new EvaluationItem { Field = EvaluatedField.Growth, Line = r.Line, Quote = r.Quote, Flow = r.Flow, Value = r.YoyPct!.Value, Detail = r.Note }));
        }

        var amountMisses = misses.Count(m => m.Field == EvaluatedField.Amount);
        var growthMisses = misses.Count - amountMisses;
        return new EvaluationReport(path, labels.Count, quotes.Count, new FieldScore(amountHits, amountFalse, amountMisses),
            new FieldScore(growthHits, growthFalse, growthMisses), misses.OrderBy(m => m.Line).ToList(), falseHits, unscored, errors);
    }

    private static StatedAmount? UsdAmount(StatedClaim claim) =>
        claim.Amount?.WholeUsd is not null ? claim.Amount : claim.AmountEquivalent?.WholeUsd is not null ? claim.AmountEquivalent : null;

    private static string LabelFlow(StatedClaim claim) => claim.Flow switch
    {
        StatedFlow.Turnover => "turnover",
        _ when claim.Exporter == CountryWords.China && claim.Importer == CountryWords.Russia => "china_exports",
        _ when claim.Exporter == CountryWords.Russia && claim.Importer == CountryWords.China => "china_imports",
        _ => "other",
    };

    // Equal within the rounding of the text or of the label, whichever is coarser ("2182亿" against a label of 218.2).
    private static bool Near(decimal extracted, decimal label, decimal textRounding)
    {
        var labelRounding = NumberText.HalfUnit(Decimals(label), 1m);
        return Math.Abs(extracted - label) <= Math.Max(textRounding, labelRounding) + 0.0000001m;
    }

    private static int Decimals(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;

    private static Label? Take(List<Label> open, Func<Label, bool> predicate)
    {
        var found = open.FirstOrDefault(predicate);
        if (found is not null)
        {
            open.Remove(found);
        }

        return found;
    }

    private static List<Label> ReadLabels(string path, List<string> errors)
    {
        var labels = new List<Label>();
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(path);
        var missing = s_columns.Where(c => !reader.Header.ColNames.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            errors.Add($"{path}: line 1: missing column(s) {string.Join(", ", missing)} (expected quote,period,kind,flow,value_usd_bn,yoy_pct,note,source_url)");
            return labels;
        }

        var columns = reader.Header.ColNames;
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            if (LabelRowLines.Fault(row.Span, columns, line) is { } fault)
            {
                errors.Add($"{path}: {fault}");
                continue;
            }

            var value = Number(row["value_usd_bn"].ToString(), path, line, "value_usd_bn", errors);
            var yoy = Number(row["yoy_pct"].ToString(), path, line, "yoy_pct", errors);
            var note = row["note"].ToString();
            var subset = note.Contains("SUBSET", StringComparison.Ordinal) || note.Contains("VOLUME", StringComparison.Ordinal);
            labels.Add(new Label(line, row["quote"].ToString(), row["flow"].ToString().Trim(), value, yoy, note, subset));
        }

        return labels;
    }

    private static decimal? Number(string text, string path, int line, string field, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        // Written as a number but beyond what a decimal holds ("1e308", thirty digits): out of range, not "not a number".
        errors.Add(WrittenAsNumber().IsMatch(text)
            ? string.Create(CultureInfo.InvariantCulture, $"{path}: line {line}: field {field}: '{text}' is out of range: a value must lie between {decimal.MinValue:#,0} and {decimal.MaxValue:#,0}")
            : $"{path}: line {line}: field {field}: '{text}' is not a number");
        return null;
    }

    // What NumberStyles.Float reads: sign, digits with an optional point, optional exponent (NaN and Infinity are not numbers here).
    [GeneratedRegex(@"^\s*[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex WrittenAsNumber();

    private sealed record Label(long Line, string Quote, string Flow, decimal? ValueBn, decimal? YoyPct, string Note, bool Subset);
}
