using Turnover.Store.Internal;

namespace Turnover.Store.Tests;

public sealed class DuplicateScreenTests
{
    private const long PairA = 1L << 40, PairB = 2L << 40;

    [Fact]
    public void When_groups_follow_each_other_with_distinct_products_then_the_keys_are_proven_distinct()
    {
        var screen = Feed(PairA | 1, PairA | 2, PairA | 3, PairB | 1, PairB | 2);

        Assert.True(screen.Clean);
    }

    [Fact]
    public void When_a_product_repeats_within_a_group_then_the_screen_defers_to_the_full_check()
    {
        Assert.False(Feed(PairA | 1, PairA | 2, PairA | 1).Clean);
    }

    [Fact]
    public void When_an_ended_group_comes_back_then_the_screen_defers_to_the_full_check()
    {
        // Distinct keys, but the screen cannot know that without remembering every product of PairA.
        Assert.False(Feed(PairA | 1, PairB | 1, PairA | 2).Clean);
    }

    [Fact]
    public void When_a_large_group_is_followed_by_many_small_ones_then_each_stays_cheap_and_correct()
    {
        var keys = Enumerable.Range(0, 10_000).Select(p => PairA | (long)p)
            .Concat(Enumerable.Range(0, 100_000).Select(g => ((long)(g + 3) << 40) | 7));

        Assert.True(Feed([.. keys]).Clean);
    }

    private static DuplicateScreen Feed(params long[] keys)
    {
        var screen = new DuplicateScreen();
        foreach (var key in keys)
        {
            screen.Add(key);
        }

        return screen;
    }
}
