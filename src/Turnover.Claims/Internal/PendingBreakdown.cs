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
            return WithPeriod(mentions, span, read, breakdown);
        }

        if (_anchor is { } anchor && _held.Count > 0
            && BreakdownPeriod.Pooled([.. _held.SelectMany(h => claims.GetRange(h.First, h.Count))], read, anchor, claims, context.Sentence) is { } pooled)
        {
            foreach (var (first, count, heldMentions, heldSpan) in _held)
            {
                var redone = WithPeriod(heldMentions, heldSpan, claims.GetRange(first, count), pooled);
                for (var i = 0; i < count; i++)
                {
                    claims[first + i] = redone[i];
                }
            }

            _held.Clear();
            return WithPeriod(mentions, span, read, pooled);
        }

        var facts = read.Where(c => c.Kind == ClaimKind.Fact).ToList();
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
    private static List<StatedClaim> WithPeriod(SentenceMentions mentions, TextSpan span, List<StatedClaim> read, StatedPeriod period) =>
        SentenceReader.WithSuperlatives(mentions, span, [.. read.Select(c => c.Kind == ClaimKind.Fact ? c with { Period = period, NeighbourPeriod = null, Rules = [.. c.Rules, BreakdownPeriod.Rule] } : c)]);
}
