using MathNet.Numerics.Random;

namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>
/// Standard normal draws from a seeded xoshiro256** generator (MathNet), by the Box–Muller transform. The same seed
/// gives the same sequence on every platform and run, which makes simulated paths reproducible.
/// </summary>
internal sealed class GaussianSource
{
    private readonly Xoshiro256StarStar _uniform;
    private double _spare;
    private bool _hasSpare;

    public GaussianSource(int seed)
    {
        _uniform = new Xoshiro256StarStar(seed, threadSafe: false);
    }

    /// <summary>A seed for a component of a combined method, so components don't share random streams.</summary>
    public static int DeriveSeed(int seed, int component) => unchecked((seed * 486187739) + (component * 16777619) + 1);

    public double Next()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spare;
        }

        double u1;
        do
        {
            u1 = _uniform.NextDouble();
        }
        while (u1 <= double.Epsilon);

        var u2 = _uniform.NextDouble();
        var radius = Math.Sqrt(-2.0 * Math.Log(u1));
        var angle = 2.0 * Math.PI * u2;
        _spare = radius * Math.Sin(angle);
        _hasSpare = true;
        return radius * Math.Cos(angle);
    }
}
