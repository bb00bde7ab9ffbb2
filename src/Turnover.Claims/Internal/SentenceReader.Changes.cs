using System.Text.RegularExpressions;
using Turnover.Core;

namespace Turnover.Claims.Internal;

internal static partial class SentenceReader
{
    // A change read as a claim: opened by a verb, money, neither a base nor another currency's restatement.
    private static bool IsReadChange(AmountMention amount) => amount is { ChangeSign: not 0, IsVolume: false, IsBase: false, IsEquivalent: false };

    /// <summary>
    /// A change beside the sentence's other figures ("rose by $4.7 billion, or 1.9%, to $244.8 billion in 2024") is a claim
    /// of its own: the change of the figure it goes with, signed. That is the level it leads to ("and imports decreased
    /// $86.3 billion to $452.2 billion": the imports', not the exports' named before), else the nearest claim before it,
    /// else after it. It was read as no claim. A change that is the sentence's only figure was built as its claim already.
    /// </summary>
    private static IEnumerable<StatedClaim> Changes(string sentence, TextSpan span, LanguageRules rules, List<AmountMention> amounts, List<PeriodMention> periods, List<StatedClaim> claims)
    {
        foreach (var amount in amounts.Where(IsReadChange))
        {
            var at = span.Start + amount.Start;
            if (claims.Exists(c => c.Amount?.Span.Start == at))
            {
                continue;
            }

            var of = LevelLedTo(sentence, span, amount, claims) ?? FigureBeside(claims, at);
            if (of is not { Subset: SubsetKind.None, AmountIsChange: false, Reporter: not null, Partner: not null, Period.Period: { } claimPeriod }
                || !ChangeOnOwnBase(amount, periods, claimPeriod.Year))
            {
                continue;
            }

            var stated = ToStated(amount, span);
            yield return of with
            {
                Amount = amount.ChangeSign < 0 ? Negated(stated) : stated,
                AmountIsChange = true,
                ChangeComparison = amount.ChangeComparison,
                ChangeBaseText = amount.ChangeBaseText,
                AmountEquivalent = null,
                Growth = null,
                FallsTo = false,
                RecordText = null,
                Rules = [.. of.Rules.Where(r => !r.Contains(".amount.", StringComparison.Ordinal) && !r.Contains(".growth.", StringComparison.Ordinal)), amount.Rule, $"{rules.Code}.amount.change"],
            };
        }
    }

    // The claim whose amount the change leads to: "decreased $86.3 billion to $452.2 billion", "на 4,7 млрд долларов, или на
    // 1,9%, до", "减少863亿美元至".
    private static StatedClaim? LevelLedTo(string sentence, TextSpan span, AmountMention change, List<StatedClaim> claims)
    {
        var next = claims.Where(c => c.Amount is { } a && a.Span.Start - span.Start >= change.End).MinBy(c => c.Amount!.Span.Start);
        return next is not null && ChangeToLevelGap().IsMatch(sentence.AsSpan(change.End, next.Amount!.Span.Start - span.Start - change.End)) ? next : null;
    }

    private static Regex? s_changeToLevelGap;

    private static Regex ChangeToLevelGap() => s_changeToLevelGap ??= InterpretedRegex.Create(
        @"^\s*(?:(?:[,，]\s*(?:or|или|即|或)?|[(（])\s*(?:на\s+)?[^,;:，；()（）]{1,30}?[)）]?\s*[,，]?)?\s*(?:(?<![\p{L}])(?:to|до)(?![\p{L}])|至|到)\s*"
        + @"(?:(?:a|an|the|new|record|total|all-time|high|of|about|around|roughly|some|just|nearly|almost|approximately|около|почти|примерно|порядка)\s+){0,3}(?:约|近)?\s*(?:US\s?\$|\$)?\s*$",
        RegexOptions.IgnoreCase);

    // A change is judged on the same period a year earlier (no base period is named, or only the claim's year before), on
    // the period before ("from November", "month on month": the base period named is that one), or not at all (another base).
    private static bool ChangeOnOwnBase(AmountMention change, List<PeriodMention> periods, int? claimYear) =>
        change.ChangeComparison is GrowthComparison.PreviousPeriod or GrowthComparison.OtherBase || ChangeOnYearBefore(periods, claimYear);

    private static bool ChangeOnYearBefore(List<PeriodMention> periods, int? claimYear) =>
        periods.Where(p => p.IsBase).All(p => p is { Kind: PeriodKind.Year, Year: { } y } && claimYear is { } year && y == year - 1);

    // "Fell by $38 billion": the change is −$38 bn, a range's low end too.
    private static StatedAmount Negated(StatedAmount amount) => amount with
    {
        Value = new Money(-amount.Value.Amount, amount.Value.Currency),
        RangeLow = amount.RangeLow is { } low ? new Money(-low.Amount, low.Currency) : null,
    };
}
