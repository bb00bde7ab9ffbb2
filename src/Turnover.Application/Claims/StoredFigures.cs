using Turnover.Analytics;
using Turnover.Claims;
using Turnover.Core;

namespace Turnover.Application;

/// <summary>A figure read for a claim: the level of a period and its growth on a year earlier, printed or computed.</summary>
internal sealed record StoredFigure(decimal? ValueUsd, decimal? GrowthPercent, GrowthOrigin? Origin, PublishedRate? Rate, decimal? ComputedGrowthPercent);

/// <summary>
/// One side's figures of a measure as published by a date, read through <see cref="SeriesQuery"/> once per
/// granularity: years and quarters from their own tables, months and January-to-month spans from the monthly one.
/// </summary>
/// <remarks>
/// A balance is read as the claim states it: <paramref name="balanceSign"/> is +1 when the figure is the reporter's
/// exports less imports (a surplus of the side the figures are), −1 when it is imports less exports (a deficit, or
/// the other side's surplus). Its growth is the change of that quantity, computed (no publisher prints one), and only
/// when it was positive a year earlier.
/// </remarks>
internal sealed class StoredFigures(StoreReads reads, SourceChoice choice, Measure measure, DateOnly? asOf, int balanceSign = 1)
{
    private readonly Dictionary<Granularity, GrowthTable?> _tables = [];

    public SourceChoice Choice => choice;

    public Measure Measure => measure;

    /// <summary>The figure for <paramref name="period"/>, or null when the store has none for it.</summary>
    public StoredFigure? For(Period period)
    {
        if (Read(period) is not var (value, growth))
        {
            return null;
        }

        if (measure == Measure.Balance)
        {
            value *= balanceSign;
            growth = Read(period.PreviousYear()) is var (before, _) ? GrowthAnalysis.Percent(value, before * balanceSign) : null;
        }

        return Figure(value, growth, period);
    }

    // The level and computed growth of a period as the tables hold it (a balance as exports less imports, with no growth).
    private (decimal Value, decimal? Growth)? Read(Period period)
    {
        if (period.Granularity is Granularity.Year or Granularity.Quarter)
        {
            return Table(period.Granularity)?.Rows.FirstOrDefault(r => r.Period == period) is { Value: { } value } row ? (value, row.YoyPercent) : null;
        }

        if (Table(Granularity.Month) is not { } months)
        {
            // An annual-only source's own cumulative ("186 bln for ten months" of 2023, Russia's customs): no monthly table
            // carries it, and it was "not in the store".
            return period.IsYearToDate && PublishedCumulative(period) is { } published
                ? (published, GrowthAnalysis.Percent(published, PublishedCumulative(period.PreviousYear())))
                : null;
        }

        if (period.Months == 1 || (period.StartMonth == 1 && period.Months == 2))
        {
            // A single month, or China's combined January–February.
            return months.Rows.FirstOrDefault(r => r.Period == period) is { Value: { } value } row ? (value, row.YoyPercent) : null;
        }

        if (period.IsYearToDate)
        {
            return months.Rows.FirstOrDefault(r => r.Period.Year == period.Year && r.Period.EndMonth == period.EndMonth) is { YearToDate: { } ytd } row
                ? (ytd, row.YearToDateYoyPercent)
                : null;
        }

        // A span that is not year-to-date (the second half): the year less January to the month before.
        var year = Read(Period.OfYear(period.Year));
        var before = period.StartMonth > 1 ? Read(Period.YearToDate(period.Year, period.StartMonth - 1)) : null;
        var lastYear = Read(Period.OfYear(period.Year - 1));
        var beforeLastYear = period.StartMonth > 1 ? Read(Period.YearToDate(period.Year - 1, period.StartMonth - 1)) : null;
        if (period.EndMonth != 12 || year?.Value is not { } y || before?.Value is not { } b)
        {
            return null;
        }

        var previous = lastYear?.Value - beforeLastYear?.Value;
        return (y - b, measure == Measure.Balance ? null : GrowthAnalysis.Percent(y - b, previous));
    }

    // January to a month as the source published it, read from the annual table's series; null when not published.
    private decimal? PublishedCumulative(Period period) =>
        Table(Granularity.Year)?.Series.PublishedYearToDate.FirstOrDefault(y => y.Period == period)?.Get(measure);

    /// <summary>
    /// For a quarter or year the store added up from its months: that sum and what the publisher's own year-to-date
    /// cumulatives give for the same months, where it printed both ends and they differ; else null. Not for a balance.
    /// </summary>
    public SumOfMonths? SumOfMonthsFor(Period period)
    {
        if (measure == Measure.Balance || period.Granularity is not (Granularity.Year or Granularity.Quarter)
            || Table(period.Granularity) is not { } table || !table.FromMonths(period)
            || table.Rows.FirstOrDefault(r => r.Period == period)?.Value is not { } months)
        {
            return null;
        }

        decimal? Cumulative(int endMonth) => endMonth == 0 ? 0m
            : table.Series.PublishedYearToDate.FirstOrDefault(y => y.Period == Period.YearToDate(period.Year, endMonth))?.Get(measure);
        return Cumulative(period.EndMonth) - Cumulative(period.StartMonth - 1) is { } cumulatives && cumulatives != months
            ? new SumOfMonths(period, months, cumulatives)
            : null;
    }

    /// <summary>
    /// The latest month the monthly table gives a figure or a cumulative for (as of its date; China's January–February
    /// as February); null when it gives none.
    /// </summary>
    public Period? LatestMonth() =>
        Table(Granularity.Month)?.Rows.LastOrDefault(r => r.Value is not null || r.YearToDate is not null) is { } row ? Period.Month(row.Period.Year, row.Period.EndMonth) : null;

    /// <summary>The latest year the tables give a figure for (as of their date); null when they give none.</summary>
    public Period? LatestYear() => Table(Granularity.Year)?.Rows.LastOrDefault(r => r.Value is not null)?.Period;

    /// <summary>
    /// January to the latest month of <paramref name="year"/> whose cumulative the tables give (as of their date), or
    /// the year of a source of years alone once its figure is there; null when there is none.
    /// </summary>
    public Period? LatestYearToDate(int year)
    {
        if (Table(Granularity.Month)?.Rows.LastOrDefault(r => r.Period.Year == year && r.YearToDate is not null) is { } month)
        {
            return Period.YearToDate(year, month.Period.EndMonth);
        }

        return Table(Granularity.Year)?.Rows.Any(r => r.Period.Year == year && r.Value is not null) == true ? Period.OfYear(year) : null;
    }

    /// <summary>
    /// The twelve months ending with <paramref name="month"/> (January to it, plus the year before less its January to
    /// it, from the stored months or cumulatives), and their growth on the twelve months before, computed: no publisher
    /// prints one. Null when the store cannot give them, or for a balance.
    /// </summary>
    public StoredFigure? TwelveMonthsTo(Period month)
    {
        if (measure == Measure.Balance
            || Table(Granularity.Month)?.Rows.FirstOrDefault(r => r.Period.Year == month.Year && r.Period.EndMonth == month.EndMonth) is not { Rolling12: { } value } row)
        {
            return null;
        }

        var growth = row.Rolling12YoyPercent;
        return new StoredFigure(value, growth, growth is null ? null : GrowthOrigin.Computed, null, growth);
    }

    /// <summary>
    /// The stored level of a year or a January-to-month span that the source's own printed rates contradict on both
    /// sides (<see cref="SuspectLevels"/>), as the table shows it; null when it is not suspect or not in the table.
    /// </summary>
    public SuspectLevel? SuspectFor(Period period)
    {
        var table = period.Granularity == Granularity.Year ? Table(Granularity.Year)
            : period.IsYearToDate ? Table(Granularity.Month)
            : null;
        return table?.Suspects.FirstOrDefault(s => s.Period == period);
    }

    /// <summary>The note for a quarter whose stored figure is a difference of the source's cumulatives; else null.</summary>
    public QuarterFromCumulatives? FromCumulativesFor(Period period) =>
        period.Granularity == Granularity.Quarter && Table(Granularity.Quarter) is { } table && table.FromCumulatives.Contains(period)
            ? new QuarterFromCumulatives(period)
            : null;

    /// <summary>
    /// The first and last periods with a figure in the table that would answer <paramref name="period"/> (years,
    /// quarters, or months for any span of months); null when that table has none.
    /// </summary>
    public StoredSpan? SpanFor(Period period)
    {
        var granularity = period.Granularity is Granularity.Year or Granularity.Quarter ? period.Granularity : Granularity.Month;
        if (Table(granularity) is not { } table)
        {
            return null;
        }

        var periods = table.PeriodsWithFigures();
        return periods.Count == 0 ? null : new StoredSpan(periods[0], periods[^1], periods.Count);
    }

    /// <summary>
    /// Checks <paramref name="superlative"/> of <paramref name="period"/> (a year, or months of a year) against the same
    /// months of each year after the one named: the claim's check, or the first period it needs that is not stored. A
    /// run above an amount needs the amount, <paramref name="thresholdUsd"/>.
    /// </summary>
    public (SuperlativeCheck? Check, Period? Missing) SuperlativeOf(Period period, StatedSuperlative superlative, decimal? thresholdUsd = null)
    {
        ArgumentNullException.ThrowIfNull(superlative);
        var threshold = superlative.Kind == SuperlativeKind.AboveStreak
            ? thresholdUsd ?? throw new ArgumentException("A run above an amount is checked against the amount.", nameof(thresholdUsd))
            : 0m;
        decimal? Of(Period p) => For(p) is { } f ? (superlative.Kind.IsOfLevel() ? f.ValueUsd : f.GrowthPercent) : null;
        if (Of(period) is not { } own)
        {
            return (null, period);
        }

        var between = new List<(Period Period, decimal Figure)>();
        // A run of months, or a month's figure ("the lowest since 2016" of December 2019: each month after 2016), steps back
        // a month at a time; every other superlative a year at a time.
        var monthly = superlative.SinceMonth is not null || period.Granularity == Granularity.Month;
        Period Back(Period p) => monthly ? p.Previous() : p.PreviousYear();
        bool After(Period p) => superlative.SinceMonth is { } before ? p > before : p.Year > superlative.SinceYear;
        var since = Back(period);
        for (; After(since); since = Back(since))
        {
            if (Of(since) is not { } figure)
            {
                return (null, since);
            }

            between.Add((since, figure));
        }

        // Less extreme than the claim's figure (for a first fall or rise: the other way).
        Func<decimal, bool> keeps = superlative.Kind switch
        {
            SuperlativeKind.Highest or SuperlativeKind.FastestGrowth => f => f < own,
            SuperlativeKind.Lowest or SuperlativeKind.SlowestGrowth => f => f > own,
            SuperlativeKind.FirstFall => f => f >= 0,
            SuperlativeKind.FirstRise => f => f <= 0,
            SuperlativeKind.RiseStreak => f => f > 0,
            SuperlativeKind.AboveStreak => f => f > threshold,
            _ => f => f < 0,
        };
        var ownSign = superlative.Kind switch
        {
            SuperlativeKind.FirstFall or SuperlativeKind.FallStreak => own < 0,
            SuperlativeKind.FirstRise or SuperlativeKind.RiseStreak => own > 0,
            SuperlativeKind.AboveStreak => own > threshold,
            _ => true,
        };
        var breaking = between.Where(b => !keeps(b.Figure)).Select(b => ((Period, decimal)?)b).FirstOrDefault(); // the latest
        // A run's count is a claim too: "the fifth year in a row" is false when the year before the five went the same way.
        var sinceFigure = Of(since);
        if (breaking is null && superlative.Kind.IsStreak() && sinceFigure is { } before && keeps(before))
        {
            breaking = (since, before);
        }

        return (new SuperlativeCheck(superlative.Kind, since, ownSign && breaking is null, own, between.Count)
        {
            InMonths = monthly,
            Breaking = breaking?.Item1,
            BreakingFigure = breaking?.Item2,
            SinceFigure = sinceFigure,
            ThresholdUsd = superlative.Kind == SuperlativeKind.AboveStreak ? threshold : null,
        }, null);
    }

    /// <summary>
    /// <paramref name="value"/> for <paramref name="period"/> against the earlier figures of the same kind (see
    /// <see cref="RecordCheck"/>); null when none is stored.
    /// </summary>
    public RecordCheck? RecordOf(Period period, decimal value)
    {
        var earlier = Earlier(period).ToList();
        if (earlier.Count == 0)
        {
            return null;
        }

        var high = earlier.MaxBy(e => e.Value);
        return new RecordCheck(value > high.Value, earlier.Min(e => e.Period), earlier.Count, high.Period, high.Value);
    }

    private IEnumerable<(Period Period, decimal Value)> Earlier(Period period)
    {
        if (period.Granularity is Granularity.Year or Granularity.Quarter || period.Months == 1)
        {
            // Every earlier year, quarter or month: "a record month" is the highest of any month.
            var table = Table(period.Months == 1 ? Granularity.Month : period.Granularity);
            var sign = measure == Measure.Balance ? balanceSign : 1;
            return table is null ? [] : table.Rows.Where(r => r.Period < period && r.Period.Months == period.Months && r.Value is not null).Select(r => (r.Period, r.Value!.Value * sign));
        }

        // A span of months: the same months of each earlier year.
        return Enumerable.Range(1, 60).Select(back => Period.Span(period.Year - back, period.StartMonth, period.Months))
            .Select(p => (Period: p, Figure: For(p)))
            .Where(f => f.Figure?.ValueUsd is not null)
            .Select(f => (f.Period, f.Figure!.ValueUsd!.Value));
    }

    // Every table's series carries all the rates the source printed for the pair (any period), so any loaded one will do.
    private StoredFigure Figure(decimal value, decimal? computed, Period period) =>
        FlowOf(measure) is { } flow
        && _tables.Values.FirstOrDefault(t => t is not null)?.Series.PublishedRates.FirstOrDefault(r => r.Period == period && r.Flow == flow) is { } rate
            ? new StoredFigure(value, rate.RatePercent, GrowthOrigin.Published, rate, computed)
            : new StoredFigure(value, computed, computed is null ? null : GrowthOrigin.Computed, null, computed);

    // The flow whose printed rates are the measure's; none for a balance, whose rate no publisher prints.
    private static Flow? FlowOf(Measure measure) => measure switch
    {
        Measure.Exports => Flow.Export,
        Measure.Imports => Flow.Import,
        Measure.Turnover => Flow.Turnover,
        _ => null,
    };

    private GrowthTable? Table(Granularity granularity)
    {
        if (!_tables.TryGetValue(granularity, out var table))
        {
            // An annual-only source (BACI) has no months or quarters to read.
            table = granularity != Granularity.Year && choice.AnnualOnly ? null
                : new SeriesQuery(reads).Run(new SeriesQueryRequest(new SourceRequest(choice.Reporter, choice.Partner) { Reporter = choice.Reporter, Source = choice.Source, AsOf = asOf }, measure) { Granularity = granularity })
                    .TryGetValue(out var answer) ? answer.Table : null;
            _tables[granularity] = table;
        }

        return table;
    }
}
