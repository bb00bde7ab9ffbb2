namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>Seasonal effects added to the level.</summary>
internal readonly struct AdditiveSeason : ISeasonPolicy
{
    public static bool Seasonal => true;

    public static double Apply(double q, double s) => q + s;

    public static double Remove(double y, double s) => y - s;

    public static double Relative(double y, double q) => y - q;

    public static bool Valid(double q, double s) => true;
}
