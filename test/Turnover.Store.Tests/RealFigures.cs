using Turnover.Core;

namespace Turnover.Store.Tests;

/// <summary>
/// China–Russia figures as published by China's customs (data/gacc/china_russia.csv), in USD, as records.
/// Tests build stores from these rather than invented numbers.
/// </summary>
internal static class RealFigures
{
    public static readonly Country China = CountryCatalog.Default.FromCode(156);
    public static readonly Country Russia = CountryCatalog.Default.FromCode(643);

    public static TradeRecord Record(Period period, Flow flow, decimal billions, long line, Derivation derivation = Derivation.Reported, DateOnly? published = null) =>
        new(China, Russia, flow, period, Product.Total, billions * 1_000_000_000m, null, derivation, published, line);

    /// <summary>2023: Jan–Feb 33.685 (turnover, cumulative), March 20.064, April 19.228; exports 15.036 / 9.044 / 9.621; imports 18.648 / 11.02 / 9.606.</summary>
    public static IEnumerable<TradeRecord> FirstFourMonths2023()
    {
        yield return Record(Period.YearToDate(2023, 2), Flow.Turnover, 33.685m, 10, Derivation.Cumulative);
        yield return Record(Period.YearToDate(2023, 2), Flow.Export, 15.036m, 11, Derivation.Cumulative);
        yield return Record(Period.YearToDate(2023, 2), Flow.Import, 18.648m, 12, Derivation.Cumulative);
        yield return Record(Period.Month(2023, 3), Flow.Export, 9.044m, 13);
        yield return Record(Period.Month(2023, 3), Flow.Import, 11.02m, 14);
        yield return Record(Period.Month(2023, 4), Flow.Export, 9.621m, 15);
        yield return Record(Period.Month(2023, 4), Flow.Import, 9.606m, 16);
    }

    public static ReleaseOutcome Accept(string hash, DateOnly? vintage = null) =>
        new(new Release(SourceKind.Gacc, "test release", "china_russia.csv", hash, vintage, "values in billions of USD"), "gacc", 7, new Dictionary<string, long>(), []);

    public static ReleaseOutcome Reject() => new(null, "gacc", 7, new Dictionary<string, long>(), []);
}
