namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>A function to minimise; must return a finite value (penalise, don't throw, outside the feasible region).</summary>
internal delegate double NelderMeadObjective(ReadOnlySpan<double> point);
