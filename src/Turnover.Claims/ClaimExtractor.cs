using System.Runtime.ExceptionServices;
using System.Text.RegularExpressions;
using Turnover.Claims.Internal;

namespace Turnover.Claims;

/// <summary>
/// Reads the quantitative trade claims of a news text in English, Russian or Chinese with transparent rules
/// (each claim lists the named rules that read it). Precision comes before recall: a sentence without a trade word
/// ("trade", "товарооборот", "贸易"), or an export or import whose direction cannot be told, yields no claim.
/// </summary>
public static partial class ClaimExtractor
{
    /// <summary>The longest text read, in characters (4 Mi, about 4 MB of English or 12 MB of Chinese UTF-8).</summary>
    public const int MaxTextLength = 4 * 1024 * 1024;

    /// <summary>
    /// A text longer than this (in characters) has the context-free part of each sentence's reading done on other
    /// threads while it reads the sentences in order (<see cref="OrderedFinder"/>). A shorter one is read in tens of
    /// milliseconds, where other threads have little to gain (the threshold is not tuned: docs/claims.md, Speed).
    /// </summary>
    internal const int ParallelFrom = 16 * 1024;

    /// <summary>Reads the claims of <paramref name="text"/>.</summary>
    /// <param name="text">Plain text or Markdown.</param>
    /// <param name="options">Language, article date, assumed pair.</param>
    /// <returns>The claims, or an error (empty text, binary data, too long) in <see cref="ExtractionResult.Error"/>.</returns>
    public static ExtractionResult Extract(string text, ExtractionOptions options = default) => Extract(text, options, inParallel: true);

    /// <summary>Reads the claims of <paramref name="text"/>, a long text in parallel unless told otherwise.</summary>
    /// <param name="text">Plain text or Markdown.</param>
    /// <param name="options">Language, article date, assumed pair.</param>
    /// <param name="inParallel">False to read every sentence on the calling thread whatever the text's length (tests compare the two).</param>
    internal static ExtractionResult Extract(string text, ExtractionOptions options, bool inParallel)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ExtractionResult("the text is empty");
        }

        if (text.Length > MaxTextLength)
        {
            return new ExtractionResult($"the text has {text.Length:N0} characters; the limit is {MaxTextLength:N0} (ClaimExtractor.MaxTextLength)");
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            return new ExtractionResult($"the text holds a NUL character at position {nul}: binary data, not text");
        }

        var normalised = MaskLinks(TextNormalizer.Normalize(text));
        var fromText = options.ArticleDate is null ? ArticleDateFinder.Find(normalised) : null;
        var articleDate = options.ArticleDate ?? fromText;
        var context = new TextContext(options, articleDate, normalised);
        var claims = new List<StatedClaim>();
        var languages = new Dictionary<ClaimLanguage, int>();
        string? announcedSpeaker = null;
        StatedPeriod? listPeriod = null;
        var breakdowns = new PendingBreakdown();
        var spans = SentenceSplitter.Split(normalised);
        // The rules are stateless (immutable patterns, frozen tables) and each sentence's mentions are its own.
        var found = inParallel && normalised.Length > ParallelFrom
            ? new OrderedFinder(spans.Count, i => FindKeepingFailure(normalised, spans[i], options.Language), helpers: Environment.ProcessorCount - 1)
            : null;
        for (var index = 0; index < spans.Count; index++)
        {
            var sentence = found?.Get(index) ?? Find(normalised, spans[index], options.Language);
            sentence.Failure?.Throw();
            context.Sentence = index;
            var isItem = ListHead.IsItem(normalised.AsSpan(sentence.Span.Start, sentence.Span.Length));
            listPeriod = isItem ? listPeriod : null;
            var quoted = announcedSpeaker is not null && sentence.Span.Length > 0 && normalised[sentence.Span.Start] is '“' or '"' or '«' or '„' or '「';
            languages[sentence.Language] = languages.GetValueOrDefault(sentence.Language) + 1;
            var speakerForQuote = quoted ? announcedSpeaker : null;
            announcedSpeaker = sentence.AnnouncedSpeaker;
            foreach (var pair in sentence.Pairs)
            {
                // "Russia and China have…", "中俄…": a sentence without figures still tells which pair the text is about.
                context.Pairs.Add(index, pair);
            }

            if (sentence.Mentions is not { } mentions)
            {
                GivePointedSuperlative(normalised.Substring(sentence.Span.Start, sentence.Span.Length), sentence.Language, claims, context);
                context.TopicSpan = sentence.Span;
                listPeriod = isItem ? listPeriod : ListHead.PeriodOf(normalised, sentence.Span, LanguageDetector.Rules(sentence.Language), articleDate);
                continue;
            }

            var span = sentence.Span;
            var read = SentenceReader.Read(mentions, span, context);
            if (isItem && listPeriod is not null)
            {
                read = SentenceReader.WithCarriedPeriod(mentions, span, context, [.. read.Select(c => c is { Kind: ClaimKind.Fact, Period: null } ? c with { Period = listPeriod, NeighbourPeriod = null, Rules = [.. c.Rules, ListHead.Rule] } : c)]);
            }
            else if (!isItem && read.Count == 0)
            {
                listPeriod = ListHead.PeriodOf(normalised, span, LanguageDetector.Rules(sentence.Language), articleDate);
            }

            read = breakdowns.Apply(read, mentions, span, claims, context);
            if (read.TrueForAll(SentenceReader.ToldInPassing))
            {
                GivePointedSuperlative(mentions.Sentence, sentence.Language, claims, context);
            }

            context.TopicSpan = read.Count == 0 ? span : null;
            if (read.Count > 0)
            {
                context.LastSentenceFacts = ([.. read.Where(c => c.Kind == ClaimKind.Fact)], index);
            }

            if (read.Any(c => c.Kind != ClaimKind.Ranking))
            {
                context.LastClaimSentenceMixed = read.Where(c => c.Kind != ClaimKind.Ranking).Select(c => c.Flow).Distinct().Count() > 1;
            }

            foreach (var one in read)
            {
                // “…” after "Putin noted:" is Putin's.
                var claim = one.Speaker is null && speakerForQuote is not null ? one with { Speaker = speakerForQuote } : one;
                // Report the sentence as written, not as normalised (full-width digits, NBSP stay as they were).
                claims.Add(claim with { Sentence = text.Substring(span.Start, span.Length) });
                if (claim.Kind != ClaimKind.Ranking)
                {
                    (context.LastClaim, context.LastClaimSentence) = (claim, index);
                }

                if (claim.Kind == ClaimKind.Fact && SentenceReader.ToldInPassing(claim))
                {
                    // Told in passing: the text's time goes on through this sentence.
                    context.LastFact = context.LastFact is { } going ? (going.Claim, index) : null;
                }
                else if (claim.Kind == ClaimKind.Fact)
                {
                    // A fact with no period leaves the text's time unknown: nothing is carried past it. Of a sentence's
                    // facts, the latest period goes on ("rose 1.9% in 2024, compared with 26.3% in 2023. Exports rose…"
                    // is 2024's), not merely the last one written.
                    context.LastFact = claim.Period?.Period is not { } period ? null
                        : context.LastFact is { } earlier && earlier.Sentence == index && earlier.Claim.Period?.Period is { } before && before.End > period.End ? earlier
                        : (claim, index);
                }

                if (claim.Reporter is { } r && claim.Partner is { } p && claim.CountrySource == CountrySource.Sentence)
                {
                    context.Pairs.Add(index, new CountryPair(r, p));
                }
            }
        }

        FillMissingCountries(claims, context);
        var main = options.Language != ClaimLanguage.Auto ? options.Language
            : languages.Count == 0 ? ClaimLanguage.English : languages.MaxBy(kv => kv.Value).Key;
        return new ExtractionResult(claims, main, articleDate, fromText is not null)
        {
            YearlessDateline = articleDate is null ? ArticleDateFinder.FindYearless(normalised) : null,
        };
    }

    // The part of a sentence's reading that needs nothing from the sentences before it.
    private static FoundSentence Find(string normalised, TextSpan span, ClaimLanguage textLanguage)
    {
        var sentence = normalised.Substring(span.Start, span.Length);
        var language = textLanguage == ClaimLanguage.Auto ? LanguageDetector.Detect(sentence) : textLanguage;
        var rules = LanguageDetector.Rules(language);
        var countries = rules.Countries(sentence);
        var mentions = HasDigitOrRankWord(sentence) || (RelativeTime().IsMatch(sentence) && SentenceReader.MayStateFigureless(sentence, rules))
            ? SentenceReader.Find(sentence, rules, countries)
            : null;
        return new FoundSentence
        {
            Span = span,
            Language = language,
            Pairs = [.. ArticlePairs.Coordinated(sentence, countries), .. BalancePairs(sentence, rules, countries, mentions?.Balances), .. FlowPairs(sentence, rules, countries, mentions)],
            AnnouncedSpeaker = sentence.TrimEnd().EndsWith(':') ? SentenceReader.SpeakerOf(sentence, rules) : null,
            Mentions = mentions,
        };
    }

    // "The U.S. goods trade deficit with China fell sharply in 2019.": a balance whose owner and partner are named tells
    // the pair too, figures or not, so "the deficit with China" in the next sentence is the U.S.'s. The sentence's
    // figures may have looked for the balances already (<paramref name="found"/>).
    private static IEnumerable<CountryPair> BalancePairs(string sentence, LanguageRules rules, List<CountryMention> countries, List<FlowMention>? found) =>
        (found ?? (sentence.AsSpan().ContainsAny(rules.BalanceWords) ? rules.Balances(sentence, countries) : []))
            .Where(b => b is { First: not null, Second: not null }).Select(b => new CountryPair(b.First!.Value, b.Second!.Value));

    // "South Korea's exports to China declined for the 12th consecutive month in October.": a flow whose two sides are
    // named tells the pair too, claim or not, so "Outbound shipments to China fell 16.9 percent" in the next paragraph
    // are Korea's (they were no claim); so does a trade of two named sides ("Russia's trade with China grew to a record
    // last year.": "Two-way commerce rose 1.9% …" after it had the pair only once the whole text was read). Only in a
    // sentence that names no third country ("Russia's exports to India and China" are to both). The sentence's figures
    // may have found the flows already.
    private static IEnumerable<CountryPair> FlowPairs(string sentence, LanguageRules rules, List<CountryMention> countries, SentenceMentions? mentions) =>
        countries.Count < 2 || countries.Select(c => c.Country).Distinct().Count() != 2 ? []
            : (mentions?.Flows ?? rules.Flows(sentence, countries)).Select(f => f is { Exporter: { } e, Importer: { } i } && e != i ? new CountryPair(e, i)
                : f is { Flow: StatedFlow.Turnover, First: { } a, Second: { } b } && a != b ? new CountryPair(a, b)
                : (CountryPair?)null).OfType<CountryPair>();

    // A sentence found on a helper thread: what a rule throws is kept, to be thrown again where the sentence is read in
    // order (FoundSentence.Failure), so a parallel reading fails where, and as, the sequential one does.
    private static FoundSentence FindKeepingFailure(string normalised, TextSpan span, ClaimLanguage textLanguage)
    {
        try
        {
            return Find(normalised, span, textLanguage);
        }
        catch (Exception e)
        {
            return new FoundSentence { Span = span, Failure = ExceptionDispatchInfo.Capture(e) };
        }
    }

    // "That was the slowest growth since 2020.", "Это первое снижение дефицита с 2016 года.": a sentence with no figure of
    // its own (or one only told in passing) that points back, right after a fact, gives its superlative to the fact it
    // points to: the last one of the flow it names, of that fact's period, else that fact when its sentence had one flow.
    // It was not read, so a false superlative passed unseen.
    private static void GivePointedSuperlative(string sentence, ClaimLanguage language, List<StatedClaim> claims, TextContext context)
    {
        var rules = LanguageDetector.Rules(language);
        if (context.LastFact is not { } last || last.Sentence != context.Sentence - 1 || !SentenceReader.PointsBackWithSuperlative(sentence, rules))
        {
            return;
        }

        var countries = rules.Countries(sentence);
        var named = rules.Flows(sentence, countries).Select(f => f.Flow).ToHashSet();
        if (rules.Balance.IsMatch(sentence))
        {
            named.UnionWith([StatedFlow.Surplus, StatedFlow.Deficit]); // "снижение дефицита": the balance of the facts before
        }

        var target = named.Count > 0
            ? claims.LastOrDefault(c => c.Kind == ClaimKind.Fact && named.Contains(c.Flow) && c.Period?.Period == last.Claim.Period?.Period && !SentenceReader.IsBaseLevel(c))
            : context.LastClaimSentenceMixed ? null : last.Claim;
        var at = target is null ? -1 : claims.LastIndexOf(target);
        // "Imports from Mexico have risen for the third year in a row" after China's figures is not theirs.
        if (at < 0 || countries.Exists(c => c.Country != target!.Reporter && c.Country != target.Partner)
            || SentenceReader.PointedSuperlative(sentence, rules, target!) is not { } superlative)
        {
            return;
        }

        claims[at] = target! with { Superlative = superlative, Rules = [.. target!.Rules, $"{rules.Code}.superlative.pointed"] };
        if (last.Claim == target)
        {
            context.LastFact = (claims[at], last.Sentence);
        }
    }

    // A headline comes before the sentence that names both countries ("Putin Expects Trade With China to…"): complete
    // it from the pair the text names, when it names only one.
    private static void FillMissingCountries(List<StatedClaim> claims, TextContext context)
    {
        if (context.Pairs.Only is not { } pair)
        {
            return;
        }

        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            if (claim.Flow == StatedFlow.Turnover && claim.Partner is null && (claim.Reporter is null || pair.Contains(claim.Reporter.Value)))
            {
                var reporter = claim.Reporter ?? pair.First;
                claims[i] = claim with
                {
                    Reporter = reporter,
                    Partner = pair.Other(reporter),
                    CountrySource = CountrySource.ElsewhereInText,
                    Rules = [.. claim.Rules, ArticlePairs.OnlyPairRule],
                };
            }
        }
    }

    private static bool HasDigitOrRankWord(string sentence)
    {
        foreach (var c in sentence)
        {
            if (char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return RankWord().IsMatch(sentence) || GrowthWord().IsMatch(sentence);
    }

    // Links carry words and numbers ("…/trade-to-reach-200bln-ahead-of-schedule-a79850") that are not the text's claims.
    // A Markdown link keeps its text: "[said](#)" reads "said".
    private static string MaskLinks(string text) =>
        Link().Replace(text, m => m.Value[0] == '[' ? " " + m.Groups["text"].Value + new string(' ', m.Length - m.Groups["text"].Length - 1) : new string(' ', m.Length));

    // Interpreted, built on first use (InterpretedRegex).
    private static Regex? s_link;

    private static Regex Link() => s_link ??= InterpretedRegex.Create(@"\[(?<text>[^\]\n]{0,200})\]\([^)\n]*\)|<?https?://[^\s>)\]]+>?|\bwww\.[^\s>)\]]+");

    private static Regex? s_rankWord;

    private static Regex RankWord() => s_rankWord ??= InterpretedRegex.Create(@"(?i:largest|biggest|крупнейш|главн|第一大|最大|第[一二三四五六七八九十]+大)");

    private static Regex? s_relativeTime;

    // A time with no digit ("last year", "в прошлом году", "去年", "in October"): a fact with no figure may be dated by it
    // alone ("China-Russia trade hit a record last year" was never read, as a sentence with no digit was not).
    private static Regex RelativeTime() => s_relativeTime ??= InterpretedRegex.Create(
        @"(?i:\b(?:last|this|past|previous)\s+(?:year|month)\b|(?<![\p{L}])" + Months.LatinPattern + @")"
        + @"|(?<![\p{L}])(?i:(?:прошл|минувш|прошедш|эт|текущ)\w*\s+(?:год|месяц)\w*|" + Months.CyrillicPattern + @")"
        + @"|今年|去年|上年|本年|当年|當年|上个?月|上個月|本月");

    private static Regex? s_growthWord;

    private static Regex GrowthWord() => s_growthWord ??= InterpretedRegex.Create(@"(?i:doubled|tripled|halved|a\s+quarter|a\s+third|a\s+fifth|вдвое|четверть|треть|翻番|翻一番|成)");
}
