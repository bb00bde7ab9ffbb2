using System.Text.RegularExpressions;

namespace Turnover.Claims.Internal;

/// <summary>
/// The pairs of countries a text names as a pair, sentence by sentence ("Russian-Chinese", "China and Russia", "中俄",
/// "российско-китайский", or a claim that names both sides), and the pair a sentence that names none is about: the
/// way a reader takes "bilateral trade grew 25%" from the headline and the sentences before it. Where the text names
/// several pairs and the nearby sentences do not settle which, there is no pair (precision before recall).
/// </summary>
internal sealed partial class ArticlePairs
{
    /// <summary>Rule name of a claim whose countries came from a pair named earlier in the text (title included).</summary>
    public const string EarlierRule = "context.pair-named-earlier";

    /// <summary>Rule name of a headline claim completed from the one pair the rest of the text names.</summary>
    public const string OnlyPairRule = "context.pair-named-in-text";

    // How many sentences back a pair still settles which of several pairs a sentence is about.
    private const int Nearby = 2;

    private readonly List<(int Sentence, CountryPair Pair)> _named = [];

    // The first sentence naming a pair other than the first one named: Before() stays O(1) on a long text.
    private int _firstOtherPair = int.MaxValue;

    /// <summary>Records that sentence <paramref name="sentence"/> names <paramref name="pair"/> as a pair (sentences in order).</summary>
    public void Add(int sentence, CountryPair pair)
    {
        if (pair.First == pair.Second)
        {
            return;
        }

        if (_named.Count > 0 && !Same(pair, _named[0].Pair) && _firstOtherPair == int.MaxValue)
        {
            _firstOtherPair = sentence;
        }

        _named.Add((sentence, pair));
    }

    /// <summary>
    /// The pair sentence <paramref name="sentence"/> is about when it names none: the only pair named before it, or,
    /// when several were, the one the last <see cref="Nearby"/> sentences name; null when none is, or they disagree.
    /// </summary>
    public CountryPair? Before(int sentence)
    {
        if (_named.Count == 0 || _named[0].Sentence >= sentence)
        {
            return null;
        }

        if (_firstOtherPair >= sentence)
        {
            return _named[0].Pair;
        }

        CountryPair? recent = null;
        for (var i = _named.Count - 1; i >= 0 && _named[i].Sentence >= sentence - Nearby; i--)
        {
            if (_named[i].Sentence >= sentence)
            {
                continue; // the sentence's own pairs are read from the sentence
            }

            if (recent is { } seen && !Same(seen, _named[i].Pair))
            {
                return null;
            }

            recent = _named[i].Pair;
        }

        return recent;
    }

    /// <summary>The one pair the whole text names, or null when it names none or several.</summary>
    public CountryPair? Only => _named.Count > 0 && _firstOtherPair == int.MaxValue ? _named[0].Pair : null;

    /// <summary>
    /// Two country words written as a pair: joined by a hyphen, a slash or "and" ("Sino-Russian", "China and Russia",
    /// "России и Китая", "中国与俄罗斯"), or run together ("中俄"). Not a list ("China, Russia and India"), and not the
    /// object of a preposition ("exports to India and China" names two destinations, not a pair).
    /// </summary>
    public static IEnumerable<CountryPair> Coordinated(string sentence, List<CountryMention> countries)
    {
        for (var i = 1; i < countries.Count; i++)
        {
            var (a, b) = (countries[i - 1], countries[i]);
            if (a.Country == b.Country || !Join().IsMatch(sentence.AsSpan(a.End, b.Start - a.End)))
            {
                continue;
            }

            var inList = (i >= 2 && ListGap().IsMatch(sentence.AsSpan(countries[i - 2].End, a.Start - countries[i - 2].End)))
                || (i + 1 < countries.Count && ListGap().IsMatch(sentence.AsSpan(b.End, countries[i + 1].Start - b.End)));
            if (!inList && !Preposition().IsMatch(sentence.AsSpan(Math.Max(0, a.Start - 12), a.Start - Math.Max(0, a.Start - 12))))
            {
                yield return new CountryPair(a.Country, b.Country);
            }
        }
    }

    private static bool Same(CountryPair a, CountryPair b) => a.Contains(b.First) && a.Contains(b.Second);

    // Interpreted, built on first use (InterpretedRegex).
    private static Regex? s_join;

    private static Regex Join() => s_join ??= InterpretedRegex.Create(@"^(?:\s*(?:-|/|&|(?i:and|и|та|і|y|e|und|dan))\s*|\s*(?:和|与|與|同|及)\s*|)$");

    private static Regex? s_listGap;

    private static Regex ListGap() => s_listGap ??= InterpretedRegex.Create(@"^\s*(?:,|、|，|;|-|/|&|(?i:and|или|or|и|та|і)|和|与|與|及)\s*$");

    private static Regex? s_preposition;

    private static Regex Preposition() => s_preposition ??= InterpretedRegex.Create(@"(?:(?<![\p{L}])(?i:to|from|into|with|for|on|against|в|во|из|с|со|для|против|на|к)\s+(?:(?i:the)\s+)?|[对對向自从從])$");
}
