namespace Turnover.Claims.Internal;

/// <summary>
/// Gives a sentence's period-less facts the last fact's period when they add up with its figures
/// (<see cref="BreakdownPeriod"/>), alone or, when each flow stands in a sentence of its own, with the period-less facts
/// of the sentences read since that fact, which are held here until they add up or cannot any more.
/// </summary>
internal sealed class PendingBreakdown
{
    private readonly List<(int First, int Count, SentenceMentions Mentions, TextSpan Span)> _held = [];
    private (StatedClaim Claim, int Sentence)? _anchor;

    /// <summary>
    /// The sentence's claims (<paramref name="read"/>, before they join <paramref name="claims"/>), with a breakdown's
    /// period where they add up; the held sentences' claims in <paramref name="claims"/> take it too.
    /// </summary>
    public List<StatedClaim> Apply(List<StatedClaim> read, SentenceMentions mentions, TextSpan span, List<StatedClaim> claims, TextContext context)
    {
        if (BreakdownPeriod.Of(read, claims, context) is { } breakdown)
        {
            _held.Clear();
            return WithPeriod(mentions, span, context, read, breakdown);
        }

        if (_anchor is { } anchor && _held.Count > 0
            && BreakdownPeriod.Pooled([.. _held.SelectMany(h => claims.GetRange(h.First, h.Count))], read, anchor, claims, context.Sentence) is { } pooled)
        {
            // From the last, as a sentence redone may gain claims (a base level) and move the ones after it.
            for (var h = _held.Count - 1; h >= 0; h--)
            {
                var (first, count, heldMentions, heldSpan) = _held[h];
                var redone = WithPeriod(heldMentions, heldSpan, context, claims.GetRange(first, count), pooled);
                claims.RemoveRange(first, count);
                claims.InsertRange(first, redone);
            }

            _held.Clear();
            return WithPeriod(mentions, span, context, read, pooled);
        }

        var facts = read.Where(c => c.Kind == ClaimKind.Fact && !SentenceReader.IsBaseLevel(c)).ToList();
        if (facts.Count > 0 && facts.TrueForAll(c => c.Period is null))
        {
            // The first held sentence must follow the anchor's, as BreakdownPeriod.Of asks of one sentence.
            if (_held.Count == 0)
            {
                _anchor = BreakdownPeriod.Anchor(context);
            }

            if (_anchor is not null)
            {
                _held.Add((claims.Count, read.Count, mentions, span));
            }
        }
        else if (read.Count > 0)
        {
            _held.Clear(); // another claim stands between
        }

        return read;
    }

    // A sentence's facts with the period a breakdown gave them, their superlatives read again on it.
    private static List<StatedClaim> WithPeriod(SentenceMentions mentions, TextSpan span, TextContext context, List<StatedClaim> read, StatedPeriod period) =>
        SentenceReader.WithCarriedPeriod(mentions, span, context, [.. read.Select(c => c.Kind == ClaimKind.Fact && !SentenceReader.IsBaseLevel(c) ? c with { Period = period, NeighbourPeriod = null, Rules = [.. c.Rules, BreakdownPeriod.Rule] } : c)]);
}
