namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>Seasonal factors multiplying the level.</summary>
internal readonly struct MultiplicativeSeason : ISeasonPolicy
{
    private const double Tiny = 1e-10;

    public static bool Seasonal => true;

    public static double Apply(double q, double s) => q * s;

    public static double Remove(double y, double s) => y / s;

    public static double Relative(double y, double q) => y / q;

    public static bool Valid(double q, double s) => s > Tiny && q > Tiny;
}
