using Turnover.Store.Internal;

namespace Turnover.Store.Tests;

/// <summary>
/// The key ranges a load's joins of a new release with earlier ones run over, a range at a time (both stores): whole
/// levels, a level's several rows (one per publication date) kept together, at most the given lines a range unless one
/// level holds more.
/// </summary>
public sealed class KeyRangeSplitTests
{
    // Level keys with their lines, ascending; level 1 on two rows (two publication dates).
    private static readonly (long Level, long Lines)[] s_levels = [(1, 3), (1, 2), (2, 4), (5, 10), (6, 1)];

    [Theory]
    [InlineData(6, new long[] { 1, 1, 2, 2, 5, 5, 6, 6 })]
    [InlineData(10, new long[] { 1, 2, 5, 5, 6, 6 })]
    [InlineData(100, new long[] { 1, 6 })]
    public void Ranges_hold_whole_levels_up_to_the_limit(long maxLines, long[] firstAndLastLevels)
    {
        var ranges = LoadTally.KeyRange.Split(s_levels, maxLines);

        var expected = firstAndLastLevels.Chunk(2).Select(p => LoadTally.KeyRange.OfLevels(p[0], p[1]));
        Assert.Equal(expected, ranges);
    }

    [Fact]
    public void A_range_runs_from_its_first_levels_first_key_to_its_last_levels_last_key()
    {
        var range = LoadTally.KeyRange.OfLevels(2, 3);

        Assert.Equal((2L << RecordKey.ProductDigitsShift, (4L << RecordKey.ProductDigitsShift) - 1), (range.Low, range.High));
    }

    [Fact]
    public void No_levels_make_no_ranges() => Assert.Empty(LoadTally.KeyRange.Split([], 10));
}
