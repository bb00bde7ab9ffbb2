namespace Turnover.Analytics.Forecasting;

/// <summary>
/// The factors an <see cref="OwnWeightMixtureForecaster"/> scales its paths by around each step's median (and the shift it moves them by), per year of
/// lead time (index 0 = the first year; the last holds beyond), from the series' own earlier origins.
/// </summary>
/// <param name="Upper">The factors for the values above the median (above 1: the upper tail widened).</param>
/// <param name="Lower">The factors for the values below the median.</param>
/// <param name="Centre">The log shift of every value per year of lead time (0: none; see <see cref="OwnWeightMixtureForecaster.HeldOutCentre"/>).</param>
/// <param name="Cases">Year sums the factors were scored on (0: every factor 1).</param>
public sealed record MixtureWidths(IReadOnlyList<double> Upper, IReadOnlyList<double> Lower, IReadOnlyList<double> Centre, int Cases);
