namespace Turnover.Store.Internal;

/// <summary>
/// A release's appended lines aggregated while they stream, on the reader thread, so that the load does not scan
/// them again: the rows of <c>release_levels</c> and <c>release_periods</c>, and whether the outlier screen's two
/// checks of the new lines alone (<see cref="OutlierScreen"/>) can find anything.
/// </summary>
/// <remarks>
/// Each of those was a statement over the release's records after the append: 0.3–1 s of CPU apiece for ten million
/// BACI lines (bench/README.md, "Where the time goes"). Lines come grouped (a file's lines of one level and date
/// follow one another), so a run of equal (level, date, edition) is summed in locals and the dictionary is touched
/// once a run. The rows are the statements' own (<c>LoadTallyTests</c> compares them with the SQL on real files).
/// </remarks>
internal sealed class LoadTally
{
    private const int LevelShift = RecordKey.ProductDigitsShift;
    private const long DigitsMask = (1L << RecordKey.ProductDigitsBits) - 1;
    private const int PeriodShift = RecordKey.MonthsShift - LevelShift;
    private const long PeriodMask = (1L << (RecordKey.YearBits + RecordKey.StartMonthBits + RecordKey.MonthsBits)) - 1;
    private const int MonthsInLevelShift = RecordKey.MonthsShift - LevelShift;
    private const long MonthsMask = (1L << RecordKey.MonthsBits) - 1;
    private const int ReporterInLevelShift = RecordKey.ReporterShift - LevelShift;
    private const int NoDate = int.MinValue;

    // abs(value_usd) > WorldExportsPerMonthUsd * months, in cents, for months 0–15 (whole cents: checked below).
    private static readonly long[] s_worldTradeCents = WorldTradeBounds();
    private static readonly Int128 s_sumCeilingCents = (Int128)(Outlier.SumCeilingUsd * 100m);

    private readonly Dictionary<Run, Sum> _runs = [];
    private Run _run = new(-1, NoDate, -1);
    private List<LevelRow>? _levels;
    private Sum _sum;

    /// <summary>True when a line's value is above world trade in its months: the screen's statement must run.</summary>
    public bool AboveWorldTrade { get; private set; }

    /// <summary>Takes the rows of a full or final batch.</summary>
    public void Add(RecordBatch batch)
    {
        var keys = batch.Keys;
        var cents = batch.Cents;
        var details = batch.Details;
        var published = batch.Published;
        var publishedValid = batch.PublishedValid;
        for (var row = 0; row < batch.Count; row++)
        {
            var level = keys[row] >> LevelShift;
            var date = (publishedValid[row >> 6] & (1UL << (row & 63))) != 0 ? published[row] : NoDate;
            var edition = Edition(level, details[row]);
            if (level != _run.Level || date != _run.Date || edition != _run.Edition)
            {
                Flush();
                _run = new Run(level, date, edition);
            }

            var value = cents[row];
            if (Math.Abs(value) > s_worldTradeCents[(int)((level >> MonthsInLevelShift) & MonthsMask)])
            {
                AboveWorldTrade = true;
            }

            _sum = new Sum(_sum.Lines + 1, _sum.Cents + value);
        }
    }

    /// <summary>
    /// True when a level's lines sum beyond what the store can read back (more than one line and above
    /// <see cref="Outlier.SumCeilingUsd"/>): the screen's statement must run to name them.
    /// </summary>
    public bool SumBeyondStore() =>
        Levels().Any(l => l.Lines > 1 && Int128.Abs(l.Cents) > s_sumCeilingCents);

    /// <summary>The rows of <c>release_levels</c>: lines and value per level key and date, in level-key order, dates last-null as DuckDB orders them.</summary>
    /// <remarks>Asked once the lines have all streamed; taken once and kept.</remarks>
    public IReadOnlyList<LevelRow> Levels()
    {
        Flush();
        return _levels ??= _runs
            .GroupBy(r => (r.Key.Level, r.Key.Date))
            .Select(g => new LevelRow(g.Key.Level, g.Key.Date == NoDate ? null : g.Key.Date, g.Sum(r => r.Value.Lines), g.Aggregate(Int128.Zero, (s, r) => s + r.Value.Cents)))
            .OrderBy(l => l.Level).ThenBy(l => l.EpochDay is null).ThenBy(l => l.EpochDay)
            .ToList();
    }

    /// <summary>
    /// Key ranges that hold every appended line between them, each at most <paramref name="maxLines"/> lines (or one
    /// level's, if more), in key order: a statement joining the release's lines with the store's runs once per range,
    /// so that its hash tables hold a range's keys, not ten million, and zone maps skip the stored rows outside it.
    /// </summary>
    public IReadOnlyList<KeyRange> KeyRanges(int maxLines) => KeyRange.Split(Levels().Select(l => (l.Level, l.Lines)), maxLines);

    /// <summary>The rows of <c>release_periods</c>: each reporter, period and edition once.</summary>
    public IReadOnlyList<PeriodRow> Periods()
    {
        Flush();
        return _runs.Keys
            .Select(r => new PeriodRow((short)(r.Level >> ReporterInLevelShift), (int)((r.Level >> PeriodShift) & PeriodMask), r.Edition < 0 ? null : (short)r.Edition))
            .Distinct()
            .ToList();
    }

    // record_edition(key, detail): the classification's id for a product line (1–6 digits), none for a total or a commodity.
    private static int Edition(long level, int detail)
    {
        var digits = level & DigitsMask;
        return digits is >= 1 and <= 6 ? detail >> RecordDetail.ClassificationShift : -1;
    }

    private void Flush()
    {
        if (_sum.Lines == 0)
        {
            return;
        }

        ref var total = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_runs, _run, out _);
        total = new Sum(total.Lines + _sum.Lines, total.Cents + _sum.Cents);
        _sum = default;
    }

    private static long[] WorldTradeBounds()
    {
        var bounds = new long[(int)MonthsMask + 1];
        for (var months = 0; months < bounds.Length; months++)
        {
            var cents = OutlierScreen.WorldExportsPerMonthUsd * months * 100m;
            if (cents != decimal.Truncate(cents))
            {
                throw new InvalidOperationException($"The world-trade bound for {months} months is not a whole number of cents: {cents}.");
            }

            bounds[months] = (long)cents;
        }

        return bounds;
    }

    private readonly record struct Run(long Level, int Date, int Edition);

    private readonly record struct Sum(long Lines, Int128 Cents);

    /// <summary>A row of <c>release_levels</c>.</summary>
    public readonly record struct LevelRow(long Level, int? EpochDay, long Lines, Int128 Cents);

    /// <summary>Keys from <see cref="Low"/> to <see cref="High"/>, both included.</summary>
    public readonly record struct KeyRange(long Low, long High)
    {
        /// <summary>Every key of the levels from <paramref name="first"/> to <paramref name="last"/>.</summary>
        public static KeyRange OfLevels(long first, long last) =>
            new(first << LevelShift, (last << LevelShift) | ((1L << LevelShift) - 1));

        /// <summary>
        /// Ranges of whole levels holding the lines of <paramref name="levels"/> (level keys in ascending order, a
        /// level possibly on several rows, one per date), each at most <paramref name="maxLines"/> lines (or one
        /// level's, if more).
        /// </summary>
        public static IReadOnlyList<KeyRange> Split(IEnumerable<(long Level, long Lines)> levels, long maxLines)
        {
            var ranges = new List<KeyRange>();
            long first = 0, last = 0, lines = 0;
            var open = false;
            foreach (var (level, levelLines) in levels)
            {
                if (open && level != last && lines + levelLines > maxLines)
                {
                    ranges.Add(OfLevels(first, last));
                    open = false;
                    lines = 0;
                }

                if (!open)
                {
                    first = level;
                    open = true;
                }

                last = level;
                lines += levelLines;
            }

            if (open)
            {
                ranges.Add(OfLevels(first, last));
            }

            return ranges;
        }
    }

    /// <summary>A row of <c>release_periods</c>.</summary>
    public readonly record struct PeriodRow(short Reporter, int Period, short? Edition);
}
