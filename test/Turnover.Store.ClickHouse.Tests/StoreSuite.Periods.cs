using Turnover.Core;

namespace Turnover.Store.ClickHouse.Tests;

public abstract partial class StoreSuite
{
    [BackendFact]
    public void When_periods_before_1970_are_stored_then_they_are_read_and_dated_by_the_source_lag()
    {
        // ARTIFICIAL figures for 1965 and 1969 (the store's keys reach back to 1900), undated: each counts from its
        // period's end plus the source's lag.
        Load("old", null,
            Line(Flow.Export, Product.Total, 10, Period.OfYear(1965)), Line(Flow.Export, Product.Total, 3, Period.OfYear(1969)),
            Line(Flow.Export, Product.Total, 20, Period.OfYear(2020)));
        var lag = SourceCatalog.Of(SourceKind.Comtrade).PublicationLagDays;
        var visibleFrom = new DateOnly(1965, 12, 31).AddDays(lag);

        Assert.Equal([(Period.OfYear(1965), 10m), (Period.OfYear(1969), 3m), (Year2020, 20m)], Read().Values.Select(v => (v.Period, v.ExportsUsd!.Value)));
        Assert.Empty(Read(visibleFrom.AddDays(-1)).Values);
        Assert.Equal(10m, Assert.Single(Read(visibleFrom).Values).ExportsUsd);
        var coverage = Assert.Single(Store.Coverage(A, B));
        Assert.Equal((new DateOnly(1965, 1, 1), 3L), (coverage.FirstMonth, coverage.Records));
    }
}
