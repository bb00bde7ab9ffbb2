using Turnover.Core;

namespace Turnover.Store.ClickHouse.Tests;

public abstract partial class StoreSuite
{
    [BackendFact]
    public void When_a_quarter_or_year_has_no_figure_of_its_own_then_the_sum_of_its_months_is_said_to_be_one()
    {
        // ARTIFICIAL figures: exports in every month of 2020 (10 each) and a published first quarter (31, not the
        // months' 30); imports in January and February only, so no import quarter or year is made of them.
        Load("months", null,
            [.. Enumerable.Range(1, 12).Select(m => Line(Flow.Export, Product.Total, 10, Period.Month(2020, m))),
            Line(Flow.Export, Product.Total, 31, Period.Quarter(2020, 1)),
            Line(Flow.Import, Product.Total, 4, Period.Month(2020, 1)), Line(Flow.Import, Product.Total, 4, Period.Month(2020, 2))]);

        var quarters = Store.ReadSeries(new SeriesRequest(A, B, SourceKind.Comtrade, Granularity.Quarter, null));
        var years = Store.ReadSeries(new SeriesRequest(A, B, SourceKind.Comtrade, Granularity.Year, null));
        var months = Store.ReadSeries(new SeriesRequest(A, B, SourceKind.Comtrade, Granularity.Month, null));

        Assert.Equal([31m, 30m, 30m, 30m], quarters.Values.Select(v => v.ExportsUsd!.Value));
        Assert.Equal(
            [new MonthsSum(Period.Quarter(2020, 2), Flow.Export), new MonthsSum(Period.Quarter(2020, 3), Flow.Export), new MonthsSum(Period.Quarter(2020, 4), Flow.Export)],
            quarters.FromMonths);
        Assert.Equal(120m, Assert.Single(years.Values).ExportsUsd);
        Assert.Equal([new MonthsSum(Year2020, Flow.Export)], years.FromMonths);
        Assert.Empty(months.FromMonths);
    }
}
