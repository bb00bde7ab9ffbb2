using Turnover.Core;

namespace Turnover.Claims.Internal;

/// <summary>
/// A wire story's next paragraph often breaks the lead's figure down with no period of its own ("Экспорт Китая в Россию
/// увеличился на 12,8%, до $76,12 млрд, а импорт из РФ вырос на 43,4%, до $114,15 млрд" after 2022's $190.27 bn). A
/// period is not carried across a line break on the pair alone (a neighbour's period is a guess); it is when the
/// figures add up with the lead's: exports and imports to its turnover, or a flow and the balance to the other flow.
/// That sum is the text's own evidence that the paragraph is about the same period.
/// </summary>
internal static class BreakdownPeriod
{
    public const string Rule = "context.previous-paragraph-sum";

    /// <summary>
    /// The period of the last fact when the sentence's facts, with no period at all, add up with that period's figures
    /// of the same pair read so far; null otherwise.
    /// </summary>
    public static StatedPeriod? Of(IReadOnlyList<StatedClaim> read, IReadOnlyList<StatedClaim> earlier, TextContext context) =>
        Anchor(context) is { } last ? Of(read, earlier, last, context.Sentence) : null;

    /// <summary>
    /// The fact a breakdown in the sentence being read would add up with: the last fact with a period (a fact with none
    /// read after it ends it). A goal or forecast read since does not stand between: "…досрочно выполнили задачу по
    /// выводу товарооборота на уровень $200 млрд к 2024 году." between 2023's total and its breakdown.
    /// </summary>
    public static (StatedClaim Claim, int Sentence)? Anchor(TextContext context) => context.LastFact;

    /// <summary>
    /// The period of <paramref name="anchor"/>, the last fact with one, when the period-less facts of the sentences read
    /// since it (<paramref name="pending"/>: "Chinese exports to Russia rose 4.1% to $115.5 billion.") and the sentence's
    /// (<paramref name="read"/>: "Imports from Russia were little changed at $129.3 billion.") add up with its figures:
    /// one flow a sentence, as wire stories write a breakdown; none closed a sum alone. Null otherwise.
    /// </summary>
    public static StatedPeriod? Pooled(IReadOnlyList<StatedClaim> pending, IReadOnlyList<StatedClaim> read, (StatedClaim Claim, int Sentence) anchor,
        IReadOnlyList<StatedClaim> earlier, int sentence) =>
        read.Any(c => c.Kind == ClaimKind.Fact) ? Of([.. pending.Where(c => c.Kind == ClaimKind.Fact), .. read], earlier, anchor, sentence) : null;

    private static StatedPeriod? Of(IReadOnlyList<StatedClaim> read, IReadOnlyList<StatedClaim> earlier, (StatedClaim Claim, int Sentence) last, int sentence)
    {
        if (last.Claim.Period is not { Period: { } period } stated || sentence - last.Sentence > 3)
        {
            return null;
        }

        // A base's level keeps its own period ("较2018年的4192亿美元减少17.6%" beside 2019's deficit).
        var facts = read.Where(c => c.Kind == ClaimKind.Fact && !SentenceReader.IsBaseLevel(c)).ToList();
        if (facts.Count == 0 || facts.Exists(c => c.Period is not null) || PairOf(last.Claim) is not { } pair)
        {
            return null;
        }

        var now = Figures(facts, pair);
        // The last fact's sentence's figures, and any after it: a text's earlier figures of the same period (a long text
        // holds thousands) are not what the paragraph breaks down. A sentence that took its period from the one before
        // ("That was up 26.3% from 2022, …" after 2023's $240.1 bn) goes on about that one's figures, so they count too.
        var recent = new List<StatedClaim>();
        var (from, chained) = (last.Claim.SentenceSpan.Start, false);
        for (var i = earlier.Count - 1; i >= 0; i--)
        {
            var claim = earlier[i];
            if (claim.SentenceSpan.Start < from)
            {
                if (!chained)
                {
                    break;
                }

                (from, chained) = (claim.SentenceSpan.Start, false);
            }

            recent.Add(claim);
            chained |= claim.SentenceSpan.Start == from && claim is { Kind: ClaimKind.Fact, Period: { Resolution: PeriodResolution.FromPreviousSentence } carried }
                && carried.Period == period;
        }

        var before = Figures(recent.Where(c => c.Kind == ClaimKind.Fact && c.Period?.Period == period && c.StatisticsOf == last.Claim.StatisticsOf), pair);
        return now.Count > 0 && before.Count > 0 && AddsUp(now, before) ? stated with { Resolution = PeriodResolution.FromPreviousSentence } : null;
    }

    // The figures of the pair as one side's flows: A's exports to B, B's exports to A, their sum and A's balance.
    private enum Term
    {
        Turnover,
        ExportsAb,
        ExportsBa,
        BalanceA,
    }

    private sealed record Figure(Term Term, decimal Value, decimal Rounding);

    private static (Country A, Country B)? PairOf(StatedClaim claim) =>
        claim is { Reporter: { } r, Partner: { } p } ? string.CompareOrdinal(r.Label, p.Label) < 0 ? (r, p) : (p, r) : null;

    private static List<Figure> Figures(IEnumerable<StatedClaim> claims, (Country A, Country B) pair)
    {
        var figures = new List<Figure>();
        foreach (var c in claims)
        {
            if (c is not { Amount: { Bound: Bound.Exact or Bound.About } amount, AmountIsChange: false, Subset: SubsetKind.None }
                || amount.Value.Currency != Currency.Usd || PairOf(c) != pair)
            {
                continue;
            }

            var (value, rounding) = (amount.Value.Amount, amount.Rounding);
            var ownerIsA = c.Reporter == pair.A;
            Figure? figure = c.Flow switch
            {
                StatedFlow.Turnover => new Figure(Term.Turnover, value, rounding),
                StatedFlow.Exports or StatedFlow.Imports => new Figure(c.Exporter == pair.A ? Term.ExportsAb : Term.ExportsBa, value, rounding),
                StatedFlow.Surplus => new Figure(Term.BalanceA, ownerIsA ? value : -value, rounding),
                StatedFlow.Deficit => new Figure(Term.BalanceA, ownerIsA ? -value : value, rounding),
                _ => null,
            };
            if (figure is not null)
            {
                figures.Add(figure);
            }
        }

        return figures;
    }

    // Each identity of the four terms, as the terms it needs and their coefficients summing to zero.
    private static readonly (Term Term, int Sign)[][] Identities =
    [
        [(Term.Turnover, 1), (Term.ExportsAb, -1), (Term.ExportsBa, -1)],
        [(Term.BalanceA, 1), (Term.ExportsAb, -1), (Term.ExportsBa, 1)],
        [(Term.Turnover, 1), (Term.ExportsAb, -2), (Term.BalanceA, 1)],
        [(Term.Turnover, 1), (Term.ExportsBa, -2), (Term.BalanceA, -1)],
    ];

    // An identity holds on figures of which at least one is the sentence's and one the earlier period's, within the
    // figures' rounding and a thousandth of the largest (publishers round the parts and the whole apart).
    private static bool AddsUp(List<Figure> now, List<Figure> before)
    {
        foreach (var identity in Identities)
        {
            foreach (var choice in Choices(identity, now, before, 0, []))
            {
                if (choice.Exists(f => now.Exists(n => ReferenceEquals(n, f))) && choice.Exists(f => before.Exists(b => ReferenceEquals(b, f))))
                {
                    var sum = identity.Select((t, i) => t.Sign * choice[i].Value).Sum();
                    var tolerance = identity.Select((t, i) => Math.Abs(t.Sign) * choice[i].Rounding).Sum() + (choice.Max(f => Math.Abs(f.Value)) / 1000m);
                    if (Math.Abs(sum) <= tolerance)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static IEnumerable<List<Figure>> Choices((Term Term, int Sign)[] identity, List<Figure> now, List<Figure> before, int index, List<Figure> chosen)
    {
        if (index == identity.Length)
        {
            yield return chosen;
            yield break;
        }

        foreach (var figure in now.Concat(before).Where(f => f.Term == identity[index].Term))
        {
            foreach (var choice in Choices(identity, now, before, index + 1, [.. chosen, figure]))
            {
                yield return choice;
            }
        }
    }
}
