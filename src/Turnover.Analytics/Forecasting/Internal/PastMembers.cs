namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>
/// What an <see cref="OwnWeightMixtureForecaster"/> keeps of its two members' forecasts at one earlier origin: each
/// member's path sums per year ahead (ascending) and its point forecast per step. Only these are read, so only these
/// are kept (a few thousand numbers instead of every path).
/// </summary>
/// <param name="MainYearSums">The main member's sorted path sums, per year ahead.</param>
/// <param name="AlternativeYearSums">The alternative member's sorted path sums, per year ahead.</param>
/// <param name="MainMean">The main member's point forecast per step.</param>
/// <param name="AlternativeMean">The alternative member's point forecast per step.</param>
internal sealed record PastMembers(double[][] MainYearSums, double[][] AlternativeYearSums, IReadOnlyList<double> MainMean, IReadOnlyList<double> AlternativeMean)
{
    /// <summary>The point member's point forecast per step (null: the mixture has no point member).</summary>
    public IReadOnlyList<double>? PointMemberMean { get; init; }

    /// <summary>Reads what is kept off two forecasts of <paramref name="years"/> × <paramref name="season"/> steps.</summary>
    public static PastMembers Of(Forecast main, Forecast alternative, int years, int season) => new(
        [.. Enumerable.Range(0, years).Select(k => EarlierOrigins.SortedPathSums(main, k * season, season))],
        [.. Enumerable.Range(0, years).Select(k => EarlierOrigins.SortedPathSums(alternative, k * season, season))],
        main.Mean,
        alternative.Mean);
}
