using Turnover.Core;

namespace Turnover.Claims.Internal;

internal static partial class SentenceReader
{
    // A change read as a claim: opened by a verb, money, neither a base nor another currency's restatement.
    private static bool IsReadChange(AmountMention amount) => amount is { ChangeSign: not 0, IsVolume: false, IsBase: false, IsEquivalent: false };

    /// <summary>
    /// A change beside the sentence's other figures ("rose by $4.7 billion, or 1.9%, to $244.8 billion in 2024") is a claim
    /// of its own: the change of the figure it goes with (the nearest claim before it, else after it), signed. It was
    /// read as no claim. A change that is the sentence's only figure was built as its claim already.
    /// </summary>
    private static IEnumerable<StatedClaim> Changes(TextSpan span, LanguageRules rules, List<AmountMention> amounts, List<PeriodMention> periods, List<StatedClaim> claims)
    {
        foreach (var amount in amounts.Where(IsReadChange))
        {
            var at = span.Start + amount.Start;
            if (claims.Exists(c => c.Amount?.Span.Start == at))
            {
                continue;
            }

            var of = FigureBeside(claims, at);
            if (of is not { Subset: SubsetKind.None, AmountIsChange: false, Reporter: not null, Partner: not null, Period.Period: { } claimPeriod }
                || !ChangeOnYearBefore(periods, claimPeriod.Year))
            {
                continue;
            }

            var stated = ToStated(amount, span);
            yield return of with
            {
                Amount = amount.ChangeSign < 0 ? Negated(stated) : stated,
                AmountIsChange = true,
                AmountEquivalent = null,
                Growth = null,
                FallsTo = false,
                RecordText = null,
                Rules = [.. of.Rules.Where(r => !r.Contains(".amount.", StringComparison.Ordinal) && !r.Contains(".growth.", StringComparison.Ordinal)), amount.Rule, $"{rules.Code}.amount.change"],
            };
        }
    }

    // A change is judged on the same period a year earlier: no base period is named, or only the claim's year before.
    private static bool ChangeOnYearBefore(List<PeriodMention> periods, int? claimYear) =>
        periods.Where(p => p.IsBase).All(p => p is { Kind: PeriodKind.Year, Year: { } y } && claimYear is { } year && y == year - 1);

    // "Fell by $38 billion": the change is −$38 bn, a range's low end too.
    private static StatedAmount Negated(StatedAmount amount) => amount with
    {
        Value = new Money(-amount.Value.Amount, amount.Value.Currency),
        RangeLow = amount.RangeLow is { } low ? new Money(-low.Amount, low.Currency) : null,
    };
}
