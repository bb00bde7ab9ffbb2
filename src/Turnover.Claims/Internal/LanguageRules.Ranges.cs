using System.Text.RegularExpressions;

namespace Turnover.Claims.Internal;

/// <summary>Amounts and growth rates given as a range: one mention each, the range's middle with half its width as rounding.</summary>
internal abstract partial class LanguageRules
{
    /// <summary>
    /// The lower end of a range just before an amount ("$230-", "between $230 and $", "от 230 до ", "2300亿至"):
    /// groups <c>low</c> (its digits) and <c>scale</c> (its own scale word, when it has one); anchored at the end.
    /// </summary>
    protected abstract Regex RangeOpener { get; }

    /// <summary>The multiplier of the first scale word in <paramref name="text"/> ("billion", "млрд", "亿"), or null.</summary>
    protected abstract decimal? ScaleIn(string text);

    /// <summary>
    /// Makes each amount that ends a range ("$230-245 billion", "between $230 and $245 billion", "от 230 до 245 млрд
    /// долларов", "2300亿至2450亿美元") one amount: the range's middle, its rounding half the range plus the ends' own,
    /// bound <see cref="Bound.Range"/>. The lower end is no amount of its own: read alone it was a second claim, and
    /// the upper end alone was judged as if the text had stated it.
    /// </summary>
    protected void MergeRanges(string sentence, List<AmountMention> amounts)
    {
        foreach (var high in amounts.Where(a => !a.IsVolume && a.Start > 0).ToList())
        {
            var from = Math.Max(0, high.Start - 48);
            var opener = RangeOpener.Match(sentence, from, high.Start - from);
            if (!opener.Success || ScaleIn(high.Text) is not { } highScale)
            {
                continue;
            }

            var lowScale = opener.Groups["scale"].Length > 0 ? ScaleIn(opener.Groups["scale"].Value) : highScale;
            if (lowScale is not { } scale || !NumberText.TryParse(opener.Groups["low"].Value, DecimalComma, out var number, out var decimals))
            {
                continue;
            }

            var low = number * scale;
            if (low <= 0 || low >= high.Value)
            {
                continue; // "from 2022-$240 billion" or a falling pair of numbers is no range
            }

            var half = (high.Value - low) / 2m;
            var merged = high with
            {
                Start = opener.Index,
                Rule = high.Rule + "-range",
                Value = low + half,
                Rounding = half + Math.Max(high.Rounding, NumberText.HalfUnit(decimals, scale)),
                Bound = Bound.Range,
                Text = sentence[opener.Index..high.End].Trim(),
                RangeLow = low,
            };
            amounts.RemoveAll(a => a == high || (a.Start >= opener.Index && a.Start < high.Start));
            amounts.Add(merged);
        }

        amounts.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    private static Regex? s_growthRangeOpener;

    // "25-30%", "25–30%", "between 25 and 30%", "от 25 до 30%", "25%至30%": the lower end and its joiner, anchored at
    // the end; "and" only after "between" ("25% and 30%" lists two rates), "до" only after "от".
    private static Regex GrowthRangeOpener() => s_growthRangeOpener ??= InterpretedRegex.Create(
        @"(?i:(?:(?<between>\bbetween\s+)|(?<ot>(?<![\p{L}])от\s+))?" + NumberText.NotYear
        + @"(?<low>\d+(?:[.,]\d+)?)\s*(?:%|процент\w*)?\s*(?(between)and|(?(ot)до|[-–—~～至到]))\s*)$");

    /// <summary>
    /// The sign of the rate that opens a range ending at <paramref name="numberStart"/> ("增长25%至30%": the growth word
    /// stands before the first rate only); null when no rate read before opens one.
    /// </summary>
    private static int? RangeSign(string sentence, int numberStart, List<GrowthMention> earlier)
    {
        var from = Math.Max(0, numberStart - 32);
        var opener = GrowthRangeOpener().Match(sentence, from, numberStart - from);
        return opener.Success && earlier.FirstOrDefault(g => g.Start == opener.Groups["low"].Index) is { Percent: not 0m } low ? Math.Sign(low.Percent) : null;
    }

    /// <summary>
    /// A rate that ends a range ("grew 25-30%") as one rate: the range's middle, its rounding half the range plus the
    /// ends' own, bound <see cref="Bound.Range"/>; a rate listed before it inside the range is dropped from
    /// <paramref name="earlier"/>. Read as its upper end alone, 26.3% was "inaccurate against 30%".
    /// </summary>
    private GrowthMention AsRange(string sentence, GrowthMention high, decimal highValue, int sign, List<GrowthMention> earlier)
    {
        var from = Math.Max(0, high.Start - 32);
        var opener = GrowthRangeOpener().Match(sentence, from, high.Start - from);
        if (!opener.Success || !NumberText.TryParse(opener.Groups["low"].Value, DecimalComma, out var low, out var decimals) || low >= highValue)
        {
            return high;
        }

        earlier.RemoveAll(g => g.Start >= opener.Index && g.Start < high.Start);
        var half = (highValue - low) / 2m;
        return high with
        {
            Start = opener.Index,
            Rule = high.Rule + "-range",
            Percent = sign * (low + half),
            Rounding = half + Math.Max(high.Rounding, NumberText.HalfUnit(decimals, 1m)),
            Bound = Bound.Range,
            Text = sentence[opener.Index..high.End],
            RangeLow = sign * low,
        };
    }
}
