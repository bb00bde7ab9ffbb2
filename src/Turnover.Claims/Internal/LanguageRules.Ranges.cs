using System.Text.RegularExpressions;

namespace Turnover.Claims.Internal;

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
}
