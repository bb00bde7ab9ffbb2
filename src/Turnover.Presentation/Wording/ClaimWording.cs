using System.Globalization;
using Turnover.Analytics.Targets;
using Turnover.Application;
using Turnover.Claims;
using Turnover.Core;
using Turnover.Core.Targets;

namespace Turnover.Presentation.Wording;

/// <summary>The words of <c>turnover claims</c>: verdicts, what a claim was read as, the evidence, in every format.</summary>
internal static class ClaimWording
{
    /// <summary>What every format says of a text without trade claims (the JSON document's <c>note</c>).</summary>
    public const string NoClaims = "no trade claims found";

    /// <summary>
    /// A text over <see cref="ClaimTextDecoder.MaxBytes"/>, refused before it is read whole: "WHAT: the text has N bytes;
    /// the limit is 16,777,216 bytes (16 MiB)."; <paramref name="bytes"/> null when the size is known only to be more.
    /// </summary>
    /// <param name="what">The input in the user's terms: the file, "standard input", "the request body".</param>
    /// <param name="bytes">Its size, or null when reading stopped past the limit.</param>
    public static string TooLarge(string what, long? bytes) => bytes is { } size
        ? Invariant($"{what}: the text has {size:N0} bytes; the limit is {ClaimTextDecoder.MaxBytes:N0} bytes (16 MiB).")
        : Invariant($"{what}: the text has more than {ClaimTextDecoder.MaxBytes:N0} bytes, the limit (16 MiB).");

    public static string VerdictName(ClaimVerdict verdict) => verdict switch
    {
        ClaimVerdict.Accurate => "accurate",
        ClaimVerdict.AccurateWithinRounding => "accurateWithinRounding",
        ClaimVerdict.RoughlyAccurate => "roughlyAccurate",
        ClaimVerdict.Inaccurate => "inaccurate",
        _ => "notVerifiable",
    };

    public static string VerdictWords(ClaimVerdict verdict) => verdict switch
    {
        ClaimVerdict.Accurate => "accurate",
        ClaimVerdict.AccurateWithinRounding => "accurate within the text's rounding",
        ClaimVerdict.RoughlyAccurate => "roughly accurate",
        ClaimVerdict.Inaccurate => "inaccurate",
        _ => "not verifiable",
    };

    public static string OriginName(ArticleDateOrigin origin) => origin switch
    {
        ArticleDateOrigin.Given => "given",
        ArticleDateOrigin.Dateline => "dateline",
        _ => "assumedToday",
    };

    public static string LanguageCode(ClaimLanguage language) => language switch
    {
        ClaimLanguage.Russian => "ru",
        ClaimLanguage.Chinese => "zh",
        _ => "en",
    };

    /// <summary>The language a host's code asks for ("auto", "en", "ru", "zh", any case; null or empty is auto); null for another code.</summary>
    public static ClaimLanguage? LanguageOf(string? code) => (code ?? "auto").ToLowerInvariant() switch
    {
        "auto" or "" => ClaimLanguage.Auto,
        "en" => ClaimLanguage.English,
        "ru" => ClaimLanguage.Russian,
        "zh" => ClaimLanguage.Chinese,
        _ => null,
    };

    /// <summary>The date line every format opens with.</summary>
    public static string DateLine(ClaimCheckAnswer answer) => answer.DateOrigin switch
    {
        ArticleDateOrigin.Given => Invariant($"Article date {answer.ArticleDate:yyyy-MM-dd} (given); outcomes as stored on {answer.Today:yyyy-MM-dd}."),
        ArticleDateOrigin.Dateline => Invariant($"Article date {answer.ArticleDate:yyyy-MM-dd} (from the text's dateline); outcomes as stored on {answer.Today:yyyy-MM-dd}."),
        _ when answer.YearlessDateline is { } dateline => Invariant(
            $"Article date not given, and the dateline (\"{dateline}\") names no year: today ({answer.Today:yyyy-MM-dd}) was assumed; give --date with the year for relative periods and projections."),
        _ => Invariant($"Article date not given and no dateline found: today ({answer.Today:yyyy-MM-dd}) was assumed; give --date for relative periods and projections."),
    };

    public static string ThresholdLine(ClaimThresholds t) => Invariant(
        $"Verdicts: accurate = the same figure (within {t.SameLevelPercent}% of the level, {t.SameGrowthPoints} points of a growth rate); within rounding = rounds to the stated digits or its bound holds; roughly accurate = within {t.RoughLevelPercent}% or {t.RoughGrowthPoints} points.");

    private static string UnreadKind(UnreadPeriodKind kind) => kind switch
    {
        UnreadPeriodKind.TwelveMonths => "twelve months, no year named",
        UnreadPeriodKind.LatestMonths => "the latest months",
        UnreadPeriodKind.YearToMonth => "twelve months or January to the month",
        UnreadPeriodKind.FiscalYear => "a fiscal year",
        UnreadPeriodKind.SeveralYears => "several years together",
        _ => "a quarter or three quarters",
    };

    /// <summary>What the claim was read as: "target · RUS–CHN turnover · 2024 (year, deadline) · $200 bn · ahead of schedule · speaker Putin".</summary>
    public static string ReadAs(StatedClaim c)
    {
        var parts = new List<string> { c.Kind.ToString().ToLowerInvariant() };
        var flow = c.Flow switch
        {
            StatedFlow.Exports => $"{Iso(c.Reporter)} exports to {Iso(c.Partner)}",
            StatedFlow.Imports => $"{Iso(c.Reporter)} imports from {Iso(c.Partner)}",
            StatedFlow.Surplus => $"{Iso(c.Reporter)} surplus with {Iso(c.Partner)}",
            StatedFlow.Deficit => $"{Iso(c.Reporter)} deficit with {Iso(c.Partner)}",
            _ => $"{Iso(c.Reporter)}–{Iso(c.Partner)} turnover",
        };
        parts.Add(c.Kind == ClaimKind.Ranking ? $"{flow} (\"{c.FlowText}\")" : flow);
        if (c.Period is { } p)
        {
            var kind = p.Kind == PeriodKind.None ? string.Empty : Json.StatedJson.PeriodKindName(p.Kind);
            var whence = p.Resolution == PeriodResolution.FromPreviousSentence ? ", from the previous sentence" : string.Empty;
            var period = p switch
            {
                { Period: { } known } => known.ToString(),
                { YearSoFar: { } year } => $"{year} so far, no month named (\"{p.Text}\")",
                { ToLatest: true } => $"to the latest year, no end named (\"{p.Text}\")",
                { Resolution: PeriodResolution.None } => $"\"{p.Text}\" to date: no period",
                _ => $"\"{p.Text}\" (unresolved)",
            };
            parts.Add($"{period} ({kind}{(p.IsDeadline ? ", deadline" : string.Empty)}{whence})");
        }
        else if (c.UnreadPeriod is { } u)
        {
            parts.Add(u switch
            {
                { FromYear: { } first, Through: { } last } => $"the years {first}–{last} summed (\"{u.Text}\")",
                { Through: { } through } => $"the 12 months to {through} (\"{u.Text}\")",
                _ => $"no period: \"{u.Text}\" ({UnreadKind(u.Kind)})",
            });
        }

        if (c is { Amount: { } change, AmountIsChange: true })
        {
            var on = c.ChangeComparison switch
            {
                GrowthComparison.PreviousPeriod => "on the period before",
                GrowthComparison.OtherBase => $"against \"{c.ChangeBaseText}\"",
                _ => "on a year earlier",
            };
            parts.Add(change.Value.Currency != Currency.Usd ? $"change {(change.Value.Amount < 0 ? "down" : "up")} {change.Text} ({change.Value.Currency}{Bounded(change.Bound)}) {on}"
                : $"change {Signed(change.Value.Amount)} bn (\"{change.Text}\"{Bounded(change.Bound)}) {on}");
        }
        else if (c.Amount is { } a)
        {
            parts.Add(a.Value.Currency != Currency.Usd ? $"{a.Text} ({a.Value.Currency}{Bounded(a.Bound)})"
                : a is { RangeLow: { } low, RangeHigh: { } high } ? $"${Numbers.Billions(low.Amount)}–{Numbers.Billions(high.Amount)} bn (\"{a.Text}\", a range)"
                : $"${Numbers.Billions(a.Value.Amount)} bn (\"{a.Text}\"{Bounded(a.Bound)})");
            if (c.AveragePer != AveragePer.None)
            {
                parts.Add($"an average per {(c.AveragePer == AveragePer.Day ? "day" : "month")}");
            }
        }

        if (c.Growth is { } g)
        {
            var rate = RateRange(g) ?? Numbers.Printed(g.Percent);
            parts.Add($"growth {rate} (\"{g.Text}\"{Bounded(g.Bound)}{(g.AverageAnnual ? ", a yearly average" : string.Empty)}{(g.Required ? ", needed" : string.Empty)}{(g.Since is { } since ? $", since {since}" : g.YearsSpanned is { } years ? $", over {years} years" : string.Empty)}{(g.BaseText is { } against ? $", against \"{against}\"" : string.Empty)})");
        }

        if (c.AheadOfSchedule)
        {
            parts.Add("ahead of schedule");
        }

        if (c.RecordText is { } record)
        {
            parts.Add($"a record (\"{record}\")");
        }

        if (c.Direction is { } direction)
        {
            parts.Add($"{DirectionWords(direction.Direction)} on a year earlier (\"{direction.Text}\")");
        }

        if (c.FirstTimeText is { } firstTime && c.AmountUsd is { } crossed)
        {
            parts.Add(Invariant($"above ${Numbers.Billions(crossed)} bn for the first time (\"{firstTime}\")"));
        }

        if (c.Superlative is { } superlative)
        {
            parts.Add($"{SuperlativeWords(superlative.Kind, superlative.SinceMonth is not null)} since {(superlative.SinceMonth is { } month ? month.ToString() : superlative.SinceYear.ToString(CultureInfo.InvariantCulture))} (\"{superlative.Text}\")");
        }

        if (c.Subset != SubsetKind.None)
        {
            parts.Add($"{c.Subset switch { SubsetKind.Volume => "volume", SubsetKind.Qualified => "part of the flow", SubsetKind.GoodsAndServices => "with services", SubsetKind.Services => "services", _ => "product group" }}: {c.SubsetText}{(c.VolumeOf is { } of ? $" (of {of})" : string.Empty)}");
        }

        if (c.Speaker is { } speaker)
        {
            parts.Add($"speaker {speaker}");
        }

        if (c.StatisticsOf is { } owner)
        {
            parts.Add($"{Iso(owner)}'s statistics (\"{c.StatisticsText}\")");
        }

        return string.Join(" · ", parts);
    }

    /// <summary>The figures used, naming the side, publisher and releases: "China's statistics (China's customs (GACC), release 1 china_russia.csv): turnover 2022 $190.271 bn, growth +29.3% as published (URL)".</summary>
    public static string Evidence(ClaimEvidence e)
    {
        var releases = string.Join(", ", e.Releases.Select(r => Invariant($"release {r.Id} {r.FileName}{(r.Vintage is { } v ? $" of {v:yyyy-MM-dd}" : string.Empty)}")));
        var text = $"{e.Reporter.Name}'s statistics ({SourceNames.Describe(e.Source)}{(releases.Length > 0 ? ", " + releases : string.Empty)}): {MeasureWords(e)} {PeriodWords(e)} ";
        text += e.Volume is { } volume
            ? $"{Numbers.Tonnes(volume.StoredTonnes)}, value ${Numbers.Billions(e.ValueUsd)} bn{(volume.GrowthPercent is { } volumeRate ? $", volume growth {Numbers.Printed(volumeRate)} {VolumeGrowthOrigin(volume)}" : string.Empty)}"
            : $"${Numbers.Billions(e.ValueUsd)} bn";
        if (e.GrowthPercent is { } rate)
        {
            text += $", growth {Numbers.Printed(rate)} {GrowthOrigin(e)}";
        }

        if (e.Change is { } change)
        {
            text += Invariant($", {change.Base} ${Numbers.Billions(change.BaseUsd)} bn: change {Signed(change.ChangeUsd)} bn");
        }

        if (e.StatedConversion is { } conversion)
        {
            text += $"; stated amount: {ConversionWording.Stated(conversion)} = ${Numbers.Billions(e.StatedUsd)} bn";
        }

        return e.Notes.Count == 0 ? text : $"{text} (note: {string.Join("; ", e.Notes.Select(ClaimNoteWording.Text))})";
    }

    // "2024-11", "the 12 months to 2024-11 (sum of its months; growth on the 12 months before)", or "2019–2023 summed
    // (2019 $110.750 bn + … + 2023 $240.110 bn)".
    private static string PeriodWords(ClaimEvidence e) => e.TwelveMonths
        ? $"the 12 months to {e.Period} ({e.Period.PreviousYear().Next()} to {e.Period}, from the stored figures; growth on the 12 months before)"
        : e.SummedYears is [var first, .., _]
            ? $"{first.Year}–{e.Period} summed ({string.Join(" + ", e.SummedYears.Select(y => Invariant($"{y.Year} ${Numbers.Billions(y.ValueUsd)} bn")))})"
        : e.Period.ToString();

    // "turnover", or for a balance whose it is as the claim states it: "United States's deficit with China (imports less exports)".
    private static string MeasureWords(ClaimEvidence e) => e.Balance is { } b
        ? $"{b.Owner.Name}'s {(b.Surplus ? "surplus" : "deficit")} with {b.Partner.Name} ({(b.Surplus ? "exports less imports" : "imports less exports")})"
        : e.Measure.ToString().ToLowerInvariant();

    /// <summary>The verdict in a sentence with its numbers and the threshold that decided it.</summary>
    public static string VerdictSentence(CheckedClaim c, ClaimThresholds t, HintWording hints)
    {
        var words = VerdictWords(c.Verdict);
        if (c.Outlook is { } o)
        {
            return c.Verdict == ClaimVerdict.NotVerifiable ? $"{words}: {Missing(c, hints)}" : $"{words}: {TargetWording.Verdict(o.Today, hints)}{AheadOfSchedule(c, o)}";
        }

        if (c.Verdict == ClaimVerdict.NotVerifiable || c.Evidence is not { } e)
        {
            return $"{words}: {Missing(c, hints)}";
        }

        var parts = new List<string>();
        // A bound that holds decided its number ("exceeded $200 billion" of $240.1 bn): it is said instead of the rough threshold.
        var levelHeld = e.HeldBounds.FirstOrDefault(h => !h.IsGrowthRate) is { } lh ? "; " + Held(lh) : null;
        var growthHeld = e.HeldBounds.FirstOrDefault(h => h.IsGrowthRate) is { } gh ? "; " + Held(gh) : null;
        if (e is { Change: { } change, StatedUsd: { } statedChange, DifferenceUsd: { } changeOff })
        {
            parts.Add(Invariant($"change {Signed(change.ChangeUsd)} bn stored ({e.Period} ${Numbers.Billions(e.ValueUsd)} bn less {change.Base} ${Numbers.Billions(change.BaseUsd)} bn) against {Signed(statedChange)} bn stated, {Signed(changeOff)} bn ({e.DifferencePercent:+0.00;-0.00;0.00}% of the change)")
                + (levelHeld ?? Invariant($"; roughly accurate is within {t.RoughLevelPercent}% of the change")));
        }
        else if (e is { Balance: { } b, ValueUsd: < 0 and var opposite })
        {
            parts.Add(Invariant($"the balance has the other sign: {b.Owner.Name} had a {(b.Surplus ? "deficit" : "surplus")} of ${Numbers.Billions(-opposite)} bn with {b.Partner.Name} in {e.Period}, not a {(b.Surplus ? "surplus" : "deficit")}"));
        }
        else if (e is { DifferenceUsd: 0m, StatedRange: { } inside })
        {
            parts.Add(Invariant($"${Numbers.Billions(e.ValueUsd)} bn stored, inside the stated ${Numbers.Billions(inside.LowUsd)}–{Numbers.Billions(inside.HighUsd)} bn"));
        }
        else if (e is { DifferenceUsd: { } missed, StatedRange: { } range })
        {
            parts.Add(Invariant($"${Numbers.Billions(e.ValueUsd)} bn stored, {Signed(missed)} bn ({e.DifferencePercent:+0.00;-0.00;0.00}%) from the nearer end of the stated ${Numbers.Billions(range.LowUsd)}–{Numbers.Billions(range.HighUsd)} bn; roughly accurate is within {t.RoughLevelPercent}%"));
        }
        else if (e.Volume is { StatedTonnes: { } statedTonnes, DifferenceTonnes: { } tonnesOff } v)
        {
            parts.Add(Invariant($"{Numbers.Tonnes(v.StoredTonnes)} stored against {Numbers.Tonnes(statedTonnes)} stated, {(tonnesOff > 0 ? "+" : tonnesOff < 0 ? "-" : string.Empty)}{Numbers.Tonnes(Math.Abs(tonnesOff))} ({v.DifferencePercent:+0.00;-0.00;0.00}%)") + (levelHeld ?? Invariant($"; roughly accurate is within {t.RoughLevelPercent}%")));
        }
        else if (e.DifferenceUsd is { } difference)
        {
            parts.Add(Invariant($"${Numbers.Billions(e.ValueUsd)} bn stored against ${Numbers.Billions(e.StatedUsd)} bn stated, {Signed(difference)} bn ({e.DifferencePercent:+0.00;-0.00;0.00}%)") + (levelHeld ?? Invariant($"; roughly accurate is within {t.RoughLevelPercent}%")));
        }

        if (e.DifferencePoints is { } points && c.Stated.Growth is { } g)
        {
            parts.Add(RateRange(g) is { } range
                ? Invariant($"growth {Numbers.Printed(e.GrowthPercent)} {GrowthOrigin(e, false)} against {range} stated, {(points == 0 ? "inside the range" : Invariant($"{points:+0.0##;-0.0##;0} points from its nearer end"))}") + RoughGrowth(e, t)
                : Invariant($"growth {Numbers.Printed(e.GrowthPercent)} {GrowthOrigin(e, false)} against {Numbers.Printed(g.Percent)} stated, {points:+0.0##;-0.0##;0} points") + (growthHeld ?? RoughGrowth(e, t)));
        }

        if (e.Volume is { DifferencePoints: { } volumePoints, GrowthPercent: { } volumeRate } volumeGrowth && c.Stated.Growth is { } statedRate)
        {
            parts.Add(Invariant($"volume growth {Numbers.Printed(volumeRate)} {VolumeGrowthOrigin(volumeGrowth)} against {RateRange(statedRate) ?? Numbers.Printed(statedRate.Percent)} stated, {volumePoints:+0.0##;-0.0##;0} points") + (growthHeld ?? Invariant($"; roughly accurate is within {t.RoughGrowthPoints} points")));
        }

        if (c.Stated is { Direction: { } direction, Growth: null } && e.GrowthPercent is { } onYearEarlier)
        {
            var went = onYearEarlier > 0 ? "a rise" : onYearEarlier < 0 ? "a fall" : "no change";
            var stated = DirectionWords(direction.Direction);
            parts.Add($"growth {Numbers.Printed(onYearEarlier)} {GrowthOrigin(e, false)} in {e.Period}: {(went == stated ? $"{went}, as stated" : $"{went}, not {stated}")}");
        }

        parts.AddRange(e.BrokenBounds.Select(Broken));
        if (e.Record is { } record)
        {
            parts.Add(Record(record, e.Period));
        }

        if (e.FirstTime is { } first)
        {
            parts.Add(FirstTime(first, e.Period));
        }

        if (e.Superlative is { } superlative)
        {
            parts.Add(Superlative(superlative, e.Period));
        }

        return $"{words}: {string.Join("; ", parts)}";
    }

    private static string DirectionWords(ChangeDirection direction) => direction == ChangeDirection.Rise ? "a rise" : "a fall";

    /// <summary>"the lowest level", "the first fall": what a superlative since a year says the figure is; a run of <paramref name="months"/>, "a fall every month".</summary>
    public static string SuperlativeWords(SuperlativeKind kind, bool months = false) => months && kind.IsStreak() ? kind switch
    {
        SuperlativeKind.RiseStreak => "a rise every month",
        SuperlativeKind.AboveStreak => "above the amount every month",
        _ => "a fall every month",
    }
    : kind switch
    {
        SuperlativeKind.Highest => "the highest level",
        SuperlativeKind.Lowest => "the lowest level",
        SuperlativeKind.FastestGrowth => "the fastest growth",
        SuperlativeKind.SlowestGrowth => "the slowest growth",
        SuperlativeKind.FirstFall => "the first fall",
        SuperlativeKind.FirstRise => "the first rise",
        SuperlativeKind.RiseStreak => "a rise every year",
        SuperlativeKind.AboveStreak => "above the amount every year",
        _ => "a fall every year",
    };

    /// <summary>
    /// "the first fall since 2013 holds: -27.8% in 2015, and 2014, between, was a rise or flat; 2013: +1.1%" or "not the
    /// lowest level since 2016: 2018 was $107.060 bn, against $107.760 bn in 2020; 2016: $69.525 bn".
    /// </summary>
    public static string Superlative(SuperlativeCheck check, Period period)
    {
        ArgumentNullException.ThrowIfNull(check);
        string Figure(decimal f) => check.Kind.IsOfLevel() ? Invariant($"${Numbers.Billions(f)} bn") : Numbers.Printed(f);
        var above = check.ThresholdUsd is { } t ? $"above {Figure(t)}" : "above the amount";
        var since = check.InMonths ? check.Since.ToString() : check.Since.Year.ToString(CultureInfo.InvariantCulture);
        var what = check.Kind == SuperlativeKind.AboveStreak ? $"{above} every {(check.InMonths ? "month" : "year")} since {since}" : $"{SuperlativeWords(check.Kind, check.InMonths)} since {since}";
        var named = check.SinceFigure is { } s ? $"; {check.Since}: {Figure(s)}" : $"; {check.Since} is not stored";
        var others = check.Kind switch
        {
            SuperlativeKind.Highest or SuperlativeKind.FastestGrowth => "lower",
            SuperlativeKind.Lowest or SuperlativeKind.SlowestGrowth => "higher",
            SuperlativeKind.FirstFall => "a rise or flat",
            SuperlativeKind.FirstRise => "a fall or flat",
            SuperlativeKind.RiseStreak => "a rise",
            SuperlativeKind.AboveStreak => above,
            _ => "a fall",
        };
        var between = check.Compared == 0 ? "no period lies between"
            : check.Compared == 1 ? Invariant($"{(check.InMonths ? MonthAfter(check.Since) : period.PreviousYear())}, between, was {others}")
            : check.InMonths ? Invariant($"each of the {check.Compared} months between, {MonthAfter(check.Since)} to {MonthAfter(check.Since, check.Compared - 1)}, was {others}{(check.Kind.IsOfLevel() ? "" : " on a year earlier")}")
            : Invariant($"each of the {check.Compared} periods between, {check.Since.Year + 1} to {period.Year - 1}, was {others}");
        if (check.Holds)
        {
            return Invariant($"{what} holds: {Figure(check.Figure)} in {period}, and {between}{named}");
        }

        // A run's count is wrong when the period before it went the same way: the run is longer, which "since 2017: 2017
        // was $239.980 bn" did not say.
        if (check is { Breaking: { } longer, BreakingFigure: { } same } && check.Kind.IsStreak() && longer == check.Since)
        {
            return Invariant($"not a run of {check.Compared + 1} {(check.InMonths ? "months" : "years")} to {period}: {longer}, before it, was {others} too ({Figure(same)}), so the run is longer than the text says");
        }

        return check is { Breaking: { } breaking, BreakingFigure: { } broke }
            ? Invariant($"not {what}: {breaking} was {Figure(broke)}, against {Figure(check.Figure)} in {period}{named}")
            : Invariant($"not {what}: {period} itself was {Figure(check.Figure)}");
    }

    private static Period MonthAfter(Period month, int more = 0)
    {
        var after = month.Next();
        for (; more > 0; more--)
        {
            after = after.Next();
        }

        return after;
    }

    /// <summary>
    /// "a record as far as the store goes: above all 11 earlier years stored, from 2013 (previous high $240.110 bn in
    /// 2023)" or "not a record: 2014 was higher, $95.280 bn (…)".
    /// </summary>
    public static string Record(RecordCheck record, Period period)
    {
        ArgumentNullException.ThrowIfNull(record);
        var since = EarlierCompared(record, period);
        return record.Holds
            ? Invariant($"a record as far as the store goes: above all {since} (previous high ${Numbers.Billions(record.PreviousHighUsd)} bn in {record.PreviousHigh})")
            : Invariant($"not a record: {record.PreviousHigh} was higher, ${Numbers.Billions(record.PreviousHighUsd)} bn ({since})");
    }

    /// <summary>
    /// "the first time above $200.000 bn as far as the store goes: all 10 earlier years stored, from 2013, were at most
    /// it (highest $190.271 bn in 2022)" or "not the first time above $100.000 bn: 2018 was $107.060 bn (…)".
    /// </summary>
    public static string FirstTime(FirstTimeCheck first, Period period)
    {
        ArgumentNullException.ThrowIfNull(first);
        var earlier = first.Earlier;
        var since = EarlierCompared(earlier, period);
        var threshold = Invariant($"${Numbers.Billions(first.ThresholdUsd)} bn");
        return first.Holds
            ? Invariant($"the first time above {threshold} as far as the store goes: all {since}, were at most it (highest ${Numbers.Billions(earlier.PreviousHighUsd)} bn in {earlier.PreviousHigh})")
            : Invariant($"not the first time above {threshold}: {earlier.PreviousHigh} was ${Numbers.Billions(earlier.PreviousHighUsd)} bn ({since})");
    }

    // "11 earlier years stored, from 2013": what a record or a first time was compared with.
    private static string EarlierCompared(RecordCheck earlier, Period period) =>
        Invariant($"{earlier.Compared} earlier {(period.Granularity == Granularity.Year ? "years" : "figures of the kind")} stored, from {earlier.FirstCompared}");

    /// <summary>For a growth projection: what had been published by the article's date.</summary>
    public static string KnownSentence(ClaimEvidence e) =>
        $"published by {e.AsOf:yyyy-MM-dd}: {MeasureWords(e)} {e.Period} ${Numbers.Billions(e.ValueUsd)} bn"
        + (e.GrowthPercent is { } g ? $", growth {Numbers.Printed(g)} {GrowthOrigin(e)}" : string.Empty);

    /// <summary>"as the publisher printed it (URL)" or "computed from the stored levels (no printed rate stored)".</summary>
    public static string GrowthOrigin(ClaimEvidence e) => GrowthOrigin(e, true);

    // A needed rate's whole derivation is in the evidence; the verdict says only its span.
    private static string GrowthOrigin(ClaimEvidence e, bool derivation) => e.Required is { } needed
        ? derivation ? Needed(e, needed) : Invariant($"needed{(needed.Yearly ? " a year" : string.Empty)} from {e.Period} to {needed.DeadlineYear}")
        : e.GrowthOrigin == Application.GrowthOrigin.Published
        ? $"as published{(e.PublishedRate is { } r ? $" ({r.Evidence})" : string.Empty)}"
        : "computed from the stored levels (no printed rate stored)";

    // "needed a year from 2023's $240.110 bn (the latest full year published by the article's date) to $300.000 bn in 2030, 7 years: (300.000 / 240.110)^(1/7) − 1".
    private static string Needed(ClaimEvidence e, RequiredGrowthEvidence n)
    {
        var (goal, start) = (Numbers.Billions(n.GoalUsd), Numbers.Billions(e.ValueUsd));
        var formula = n.Yearly ? Invariant($"({goal} / {start})^(1/{n.Years}) − 1") : Invariant($"{goal} / {start} − 1");
        return Invariant($"needed{(n.Yearly ? " a year" : string.Empty)} from {e.Period}'s ${start} bn ({(n.BaseNamed ? "the year the text names" : "the latest full year published by the article's date")}) to ${goal} bn in {n.DeadlineYear}, {n.Years} years: {formula}");
    }

    /// <summary>The target a projection or target was judged as.</summary>
    public static string JudgedAs(TargetOutlook o) => o.Registered
        ? $"the registered target {o.Target.Name} ({Goal(o.Target)}, announced {o.Target.AnnouncedOn:yyyy-MM-dd} by {o.Target.AnnouncedBy})"
        : $"a target made from the claim: {Goal(o.Target)}";

    // "$200.000 bn a year by 2024, counted from 2019", or "$1,000.000 bn summed over 2021–2025".
    private static string Goal(Target t) => t.Basis == TargetBasis.Cumulative
        ? $"${Numbers.Billions(t.AmountUsd)} bn summed over {t.FromYear}–{t.DeadlineYear}"
        : $"${Numbers.Billions(t.AmountUsd)} bn a year by {t.DeadlineYear}, counted from {t.FromYear}";

    public static string Outlook(TargetReport report, HintWording hints) => Invariant($"{report.AsOf:yyyy-MM-dd}: {TargetWording.Verdict(report, hints)}");

    /// <summary>
    /// For a claim the store cannot settle: what is missing, with the host's pointer to the store's contents where
    /// the claim has one; for a target not settled, today's verdict says why. Null for a settled claim.
    /// </summary>
    public static string? Missing(CheckedClaim c, HintWording hints)
    {
        ArgumentNullException.ThrowIfNull(c);
        var missing = c.Missing is { } reason ? ClaimReasonWording.Text(reason) : null;
        if (c.Verdict != ClaimVerdict.NotVerifiable)
        {
            return missing;
        }

        if (c.Outlook is { } o && missing is null)
        {
            var today = TargetWording.Judgement(o.Today, hints);
            return o.Today.Verdict == TargetVerdict.NoData ? today : $"not settled yet: {today}";
        }

        return missing is not null && c.MissingHint is { } hint ? hints.Append(missing, hint) : missing;
    }

    private static string AheadOfSchedule(CheckedClaim c, TargetOutlook o) =>
        !c.Stated.AheadOfSchedule || o.Today.MetIn is not { } met ? string.Empty
        : met.Year < o.Target.DeadlineYear ? Invariant($"; met in {met}, before {o.Target.DeadlineYear}: ahead of schedule, as the text says")
        : Invariant($"; met in {met}, not before {o.Target.DeadlineYear}: not ahead of schedule, as the text said it would be");

    // A rate over several years is roughly accurate by the level it gives, so its threshold in points is its own.
    private static string RoughGrowth(ClaimEvidence e, ClaimThresholds t) => e.RoughGrowthPoints is { } rough
        ? Invariant($"; roughly accurate is within {rough:0.##} points (a rate over several years: within {t.RoughLevelPercent}% of the level it gives)")
        : Invariant($"; roughly accurate is within {t.RoughGrowthPoints} points");

    // "the text says more than $250.000 bn, and the figure is below it": why a close figure is inaccurate.
    private static string Broken(StatedBound b)
    {
        if (b.Stated < 0)
        {
            var size = b.Bound is Bound.MoreThan or Bound.AtLeast ? "smaller" : "larger";
            return $"the text says a fall of {Bounded(b.Bound)[2..]} {FallSize(b)}, and the figure is a {size} fall beyond the text's rounding";
        }

        var side = b.Bound is Bound.MoreThan or Bound.AtLeast ? "below" : "above";
        return $"the text says {Bounded(b.Bound)[2..]} {BoundNumber(b)}, and the figure is {side} it beyond the text's rounding";
    }

    private static string Held(StatedBound b)
    {
        if (b.Stated < 0)
        {
            // A bound on a fall is on its size ("fell by more than 25%").
            var fall = b.Bound switch
            {
                Bound.MoreThan or Bound.AtLeast when b.WithinRounding => "a smaller fall by no more than the text's rounding",
                Bound.LessThan or Bound.UpTo when b.WithinRounding => "a larger fall by no more than the text's rounding",
                Bound.MoreThan => "a larger fall",
                Bound.AtLeast => "no smaller a fall",
                Bound.LessThan => "a smaller fall",
                Bound.UpTo => "no larger a fall",
                _ => "a fall just short of it (by no more than the rough threshold or the text's rounding)",
            };
            return $"the text says a fall of {Bounded(b.Bound)[2..]} {FallSize(b)}, and the figure is {fall}: the bound holds";
        }

        var side = b.Bound switch
        {
            Bound.MoreThan or Bound.AtLeast when b.WithinRounding => "below it by no more than the text's rounding",
            Bound.LessThan or Bound.UpTo when b.WithinRounding => "above it by no more than the text's rounding",
            Bound.MoreThan => "above it",
            Bound.AtLeast => "not below it",
            Bound.LessThan => "below it",
            Bound.UpTo => "not above it",
            _ => "just under it (by no more than the rough threshold or the text's rounding)",
        };
        return $"the text says {Bounded(b.Bound)[2..]} {BoundNumber(b)}, and the figure is {side}: the bound holds";
    }

    private static string FallSize(StatedBound b) => b.IsGrowthRate ? Numbers.Printed(-b.Stated)[1..] : $"${Numbers.Billions(-b.Stated)} bn";

    private static string BoundNumber(StatedBound b) =>
        b.IsGrowthRate ? $"{Numbers.Printed(b.Stated)} growth" : b.InTonnes ? Numbers.Tonnes(b.Stated) : $"${Numbers.Billions(b.Stated)} bn";

    /// <summary>"+25% to +30%" for a range of rates, lower first; null for a single rate.</summary>
    private static string? RateRange(StatedGrowth g) => g is { RangeLow: { } low, RangeHigh: { } high }
        ? $"{Numbers.Printed(Math.Min(low, high))} to {Numbers.Printed(Math.Max(low, high))}"
        : null;

    private static string Bounded(Bound bound) => bound == Bound.Exact ? string.Empty : ", " + bound switch
    {
        Bound.About => "about",
        Bound.MoreThan => "more than",
        Bound.LessThan => "less than",
        Bound.Nearly => "nearly",
        Bound.AtLeast => "at least",
        Bound.Range => "a range",
        _ => "up to",
    };

    // "computed from the stored weights (72.402 → 79.800 million t)": the two sums a volume rate divides.
    private static string VolumeGrowthOrigin(VolumeEvidence v) =>
        $"computed from the stored weights ({Numbers.Tonnes(v.BaseTonnes ?? 0m)} → {Numbers.Tonnes(v.StoredTonnes)})";

    private static string Iso(Country? country) => country?.Label ?? "?";

    private static string Signed(decimal usd) => (usd > 0 ? "+" : string.Empty) + Numbers.Billions(usd);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
