using System.Globalization;
using Turnover.Analytics.Forecasting;
using Turnover.Testing;

namespace Turnover.Analytics.Tests.Forecasting;

/// <summary>Series for the forecasting tests: hand-made, seeded synthetic, and the bundled real data.</summary>
internal static class TestSeries
{
    public static ModelSeries Of(int seasonLength, params double?[] values) => new(values, seasonLength);

    /// <summary>level + slope·t exactly.</summary>
    public static ModelSeries Line(int length, double level, double slope, int seasonLength = 1) =>
        new(Enumerable.Range(0, length).Select(t => (double?)(level + (slope * t))).ToArray(), seasonLength);

    /// <summary>The same cycle repeated <paramref name="cycles"/> times exactly.</summary>
    public static ModelSeries Repeat(double[] cycle, int cycles) =>
        new(Enumerable.Range(0, cycle.Length * cycles).Select(t => (double?)cycle[t % cycle.Length]).ToArray(), cycle.Length);

    /// <summary>A monthly pattern with ±25% seasonality, a mild trend and 3% multiplicative noise (seeded).</summary>
    public static ModelSeries NoisySeasonal(int years, int seed = 1, int seasonLength = 12)
    {
        var random = new Random(seed);
        var values = new double?[years * seasonLength];
        for (var t = 0; t < values.Length; t++)
        {
            var season = 1 + (0.25 * Math.Sin(2 * Math.PI * t / seasonLength));
            values[t] = 1000 * (1 + (0.004 * t)) * season * (1 + (0.03 * Normal(random)));
        }

        return new ModelSeries(values, seasonLength);
    }

    /// <summary>Independent N(100, 10²) values, declared monthly.</summary>
    public static ModelSeries WhiteNoise(int length, int seed = 2)
    {
        var random = new Random(seed);
        return new ModelSeries(Enumerable.Range(0, length).Select(_ => (double?)(100 + (10 * Normal(random)))).ToArray(), 12);
    }

    /// <summary>Korea's exports to China, thousands USD, monthly 2001–2019 (KOSIS, data/national).</summary>
    public static ModelSeries KoreaExportsToChina() => Kosis(fromEnd: 2);

    /// <summary>Korea's imports from China, thousands USD, monthly 2001–2019 (KOSIS, data/national).</summary>
    public static ModelSeries KoreaImportsFromChina() => Kosis(fromEnd: 1);

    /// <summary>US imports from China, millions USD, monthly 2001–2019 (US Census, data/national).</summary>
    public static ModelSeries UsImportsFromChina()
    {
        var rows = File.ReadAllLines(RepoPaths.Data("national", "us_census_usa_china_monthly.csv")).Skip(1);
        var values = rows.Select(r => (double?)double.Parse(r.Split(';')[2].Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture));
        return new ModelSeries(values.ToArray(), 12);
    }

    public static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    // The country field holds a quoted comma, so the values are counted from the end of the line.
    private static ModelSeries Kosis(int fromEnd)
    {
        var rows = File.ReadAllLines(RepoPaths.Data("national", "kosis_korea_china_monthly.csv")).Skip(1);
        var values = rows.Select(r => (double?)double.Parse(r.Split(',')[^fromEnd], CultureInfo.InvariantCulture));
        return new ModelSeries(values.ToArray(), 12);
    }
}
