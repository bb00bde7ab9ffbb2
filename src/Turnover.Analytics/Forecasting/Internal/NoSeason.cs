namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>No seasonal component.</summary>
internal readonly struct NoSeason : ISeasonPolicy
{
    public static bool Seasonal => false;

    public static double Apply(double q, double s) => q;

    public static double Remove(double y, double s) => y;

    public static double Relative(double y, double q) => 0;

    public static bool Valid(double q, double s) => true;
}
