using Turnover.Core;
using Turnover.Testing;

namespace Turnover.Application.Tests;

/// <summary>
/// <c>turnover decompose --top N</c> on the real Wind export of China's fossil-fuel imports by origin: the lines listed
/// are those whose value changed most either way, checked against the file's own sums (WindColumns), and the lines
/// not listed add up, with them, to every line.
/// </summary>
public sealed class DecomposeTopTests
{
    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);
    private static readonly Country s_russia = CountryCatalog.Default.FromCode(643);

    private static decimal Change(string series, int year) =>
        WindColumns.Sum(WindColumns.ByOrigin, $"Value of Imports: {series}: Russian Federation", year)!.Value
        - WindColumns.Sum(WindColumns.ByOrigin, $"Value of Imports: {series}: Russian Federation", year - 1)!.Value;

    [Fact]
    public void When_top_2_of_2019_is_asked_then_lng_rise_and_crude_fall_are_listed_before_coal_though_coal_is_worth_more()
    {
        using var store = Stores.With(WindColumns.ByOrigin);

        var answer = new DecomposeQuery(store).Run(new DecomposeRequest(s_china, s_russia) { Years = YearRange.Of(2019), Top = 2 }).Value;

        // From the file: LNG +738.5 m, crude oil -731.5 m, coal -199.4 m; coal is the second line by value in 2019.
        var (lng, crude, coal) = (Change("Liquified Natural Gas (LNG)", 2019), Change("Crude Oil", 2019), Change("Coal", 2019));
        Assert.True(Math.Abs(lng) > Math.Abs(crude) && Math.Abs(crude) > Math.Abs(coal) && crude < 0m, $"{lng} {crude} {coal}");
        var largest = answer.Largest!;
        Assert.Equal(["271111", "2709"], largest.Lines.Select(l => l.Product.ToString()));
        Assert.Equal([lng, crude], largest.Lines.Select(l => l.Usd - l.BaseUsd));
        Assert.Equal("2701", answer.Products[1].Product.ToString());
        Assert.Equal(2, largest.Top);
        Assert.Equal(answer.Products.Count - 2, largest.Others.Count);
        Assert.Equal(answer.Products.Sum(p => p.BaseUsd), largest.Lines.Sum(l => l.BaseUsd) + largest.Others.BaseUsd);
        Assert.Equal(answer.Products.Sum(p => p.Usd), largest.Lines.Sum(l => l.Usd) + largest.Others.Usd);
        Assert.Equal((answer.BaseUsd, answer.Usd), (largest.Lines.Sum(l => l.BaseUsd) + largest.Others.BaseUsd, largest.Lines.Sum(l => l.Usd) + largest.Others.Usd));
    }

    [Fact]
    public void When_top_is_asked_then_no_line_left_out_changed_more_than_a_line_listed_and_the_answer_is_otherwise_the_same()
    {
        using var store = Stores.With(WindColumns.ByOrigin);
        var query = new DecomposeQuery(store);
        var request = new DecomposeRequest(s_china, s_russia) { Years = new YearRange(2015, 2021) };

        var all = query.Run(request).Value;
        var bounded = query.Run(request with { Top = 1 }).Value;

        Assert.Null(all.Largest);
        var listed = Assert.Single(bounded.Largest!.Lines);
        Assert.All(bounded.Products.Where(p => p != listed), p => Assert.True(Math.Abs(p.Usd - p.BaseUsd) <= Math.Abs(listed.Usd - listed.BaseUsd)));
        Assert.Equal(all.Products, bounded.Products);
        Assert.Equal(all.Links, bounded.Links);
    }

    [Fact]
    public void When_top_is_at_least_the_number_of_lines_then_every_line_is_listed_and_nothing_is_summed()
    {
        using var store = Stores.With(WindColumns.ByOrigin);

        var answer = new DecomposeQuery(store).Run(new DecomposeRequest(s_china, s_russia) { Years = YearRange.Of(2021), Top = 50 }).Value;

        Assert.Equal(answer.Products.Count, answer.Largest!.Lines.Count);
        Assert.Equal(new OtherLines(0, 0m, 0m), answer.Largest.Others);
        Assert.Null(answer.Largest.Others.ValueChangePercent);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void When_top_is_below_1_then_the_question_is_refused_before_the_store_is_read(int top)
    {
        using var store = Stores.With(WindColumns.ByOrigin);

        var failure = new DecomposeQuery(store).Run(new DecomposeRequest(s_china, s_russia) { Top = top }).Failure!;

        Assert.Equal(FailureKind.BadInput, failure.Kind);
        Assert.Equal(top, Assert.IsType<TooFewRowsAsked>(failure.Reason).Top);
    }
}
