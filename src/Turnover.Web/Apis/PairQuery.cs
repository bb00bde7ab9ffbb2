using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Turnover.Application;
using Turnover.Presentation.Wording;
using Turnover.Web.Internal;

namespace Turnover.Web.Apis;

/// <summary>The query string of a pair's series: the options of <c>turnover series</c>.</summary>
/// <param name="A">First country.</param>
/// <param name="B">Second country.</param>
/// <param name="Flow">turnover, exports, imports or balance.</param>
/// <param name="Freq">month, quarter or year.</param>
/// <param name="From">First period shown.</param>
/// <param name="To">Last period shown.</param>
/// <param name="Reporter">Whose statistics.</param>
/// <param name="Source">Publisher.</param>
/// <param name="AsOf">Only figures published by this date.</param>
internal sealed record PairQuery(
    [property: FromQuery(Name = "a"), Description("First country: ISO3, ISO2, numeric code or name (e.g. CHN)")] string? A,
    [property: FromQuery(Name = "b"), Description("Second country (e.g. RUS)")] string? B,
    [property: FromQuery(Name = "flow"), Description("turnover (default), exports, imports or balance, from the reporter's side")] string? Flow,
    [property: FromQuery(Name = "freq"), Description("month, quarter or year (default: month; year where the source has only years)")] string? Freq,
    [property: FromQuery(Name = "from"), Description("First period shown: 2013, 2022-Q1 or 2022-04")] string? From,
    [property: FromQuery(Name = "to"), Description("Last period shown")] string? To,
    [property: FromQuery(Name = "reporter"), Description("Whose statistics: A or B (default: the side with more data)")] string? Reporter,
    [property: FromQuery(Name = "source"), Description("Publisher: Gacc, UsCensus, Kosis, Comtrade, Baci, Imf, Mapped, Fcs (default: the fullest)")] string? Source,
    [property: FromQuery(Name = "asOf"), Description("Only figures published by this date, YYYY-MM-DD (default: everything stored)")] string? AsOf)
{
    /// <summary>The same question for every spelling of it: the cache key.</summary>
    public string Key(SeriesQueryRequest request) => string.Join(
        '|',
        request.Pair.A.Code.ToString(CultureInfo.InvariantCulture),
        request.Pair.B.Code.ToString(CultureInfo.InvariantCulture),
        request.Pair.Reporter?.Code.ToString(CultureInfo.InvariantCulture),
        request.Pair.Source?.ToString(),
        request.Pair.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        request.Measure.ToString(),
        request.Granularity?.ToString(),
        request.From?.ToString(),
        request.To?.ToString());

    /// <summary>The use case's request; the first value that does not parse is the failure. <paramref name="today"/> bounds <c>asOf</c>.</summary>
    public Outcome<SeriesQueryRequest> ToRequest(DateOnly today) =>
        Parse.Country(A, "a").Then(a =>
        Parse.Country(B, "b").Then(b =>
        Parse.OptionalCountry(Reporter, "reporter").Then(reporter =>
        SourceNames.Parse(string.IsNullOrWhiteSpace(Source) ? null : Source).Then(source =>
        Parse.AsOf(AsOf, today).Then(asOf =>
        Parse.Flow(Flow).Then(measure =>
        Parse.Frequency(Freq).Then(granularity =>
        Parse.Period(From, "from").Then(from =>
        Parse.Period(To, "to").Map(to =>
            new SeriesQueryRequest(new SourceRequest(a, b) { Reporter = reporter, Source = source, AsOf = asOf }, measure)
            {
                Granularity = granularity,
                From = from,
                To = to,
            })))))))));
}
