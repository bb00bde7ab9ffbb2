namespace Turnover.Analytics.Forecasting;

/// <summary>
/// The weights an <see cref="OwnWeightMixtureForecaster"/> gives its alternative member (drift) against its main one
/// (ETS) for one series, found at the series' own earlier origins.
/// </summary>
/// <param name="Paths">The alternative's share of the simulated paths (0–1): what intervals and probabilities are read from.</param>
/// <param name="Point">The alternative's weight in the point forecast (0–1).</param>
/// <param name="Cases">Year sums the path weight was scored on (0: the prior alone).</param>
/// <param name="Origins">Earlier origins the point weight was scored on (0: the prior alone, ETS's point forecast).</param>
/// <param name="PointMember">
/// The point member's weight in the point forecast against the main member (0–1; 0 without a point member, see
/// <see cref="OwnWeightMixtureForecaster.PointMember"/>).
/// </param>
/// <param name="PointMemberOrigins">Earlier origins the point member's weight was scored on (0: its prior alone).</param>
public readonly record struct MixtureWeights(double Paths, double Point, int Cases, int Origins, double PointMember = 0, int PointMemberOrigins = 0);
