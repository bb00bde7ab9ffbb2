using System.Globalization;
using System.Text;

/// <summary>
/// The synthetic benchmark set: deterministic monthly trend + seasonal series,
/// y_t = level · (1 + trend · t) · s(t mod 12) · exp(σ ε_t), ε_t ~ N(0, 1) independent, t = 0 … 143,
/// with per-series level (log-uniform 100 – 100,000), trend (uniform −0.4 % … +1.2 % of the initial level per month,
/// so the trend factor stays in 0.43 … 2.7), seasonal amplitude A (uniform 0.05 … 0.5; the seasonal factors are
/// 1 + A times a normalised mix of the first two harmonics with random phases, mean 1, all ≥ 1 − A) and noise σ
/// (uniform 0.02 … 0.12). Every series has its own SplitMix64 stream derived from the seed and its id, so a series
/// does not depend on how many are generated. Values are written with four decimals.
/// </summary>
internal static class SyntheticSeries
{
    public const int Length = 144;
    public const int Training = 120;
    public const ulong DefaultSeed = 20251128;

    public sealed record Parameters(double Level, double Trend, double Amplitude, double Noise, double[] Seasonal);

    public static (double[] Values, Parameters Parameters) Generate(int id, ulong seed)
    {
        var random = new SplitMix64(unchecked(seed ^ (0x9E3779B97F4A7C15UL * (ulong)(id + 1))));
        var level = Math.Exp(Math.Log(100) + (random.Uniform() * (Math.Log(100_000) - Math.Log(100))));
        var trend = -0.004 + (random.Uniform() * 0.016);
        var amplitude = 0.05 + (random.Uniform() * 0.45);
        var noise = 0.02 + (random.Uniform() * 0.10);
        var second = random.Uniform() * 0.6; // weight of the second harmonic
        var phase1 = random.Uniform() * 2 * Math.PI;
        var phase2 = random.Uniform() * 2 * Math.PI;
        var shape = new double[12];
        for (var k = 0; k < 12; k++)
        {
            shape[k] = Math.Cos((2 * Math.PI * k / 12) + phase1) + (second * Math.Cos((4 * Math.PI * k / 12) + phase2));
        }

        // Both harmonics sum to zero over a year, so the factors have mean 1; scale the shape to a peak of ±1.
        var peak = shape.Max(Math.Abs);
        var seasonal = shape.Select(s => 1 + (amplitude * s / peak)).ToArray();
        var values = new double[Length];
        for (var t = 0; t < Length; t++)
        {
            var value = level * (1 + (trend * t)) * seasonal[t % 12] * Math.Exp(noise * random.Normal());
            values[t] = Math.Round(value, 4);
        }

        return (values, new Parameters(level, trend, amplitude, noise, seasonal));
    }

    /// <summary>Writes series 1 … <paramref name="count"/> in long format (id,t,value; t = 1 … 144), and their parameters next to it.</summary>
    public static void Write(string path, int count, ulong seed)
    {
        var inv = CultureInfo.InvariantCulture;
        var data = new StringBuilder("id,t,value\n");
        var parameters = new StringBuilder("id,level,trend,amplitude,noise\n");
        for (var id = 1; id <= count; id++)
        {
            var (values, p) = Generate(id, seed);
            for (var t = 0; t < values.Length; t++)
            {
                data.Append(inv, $"{id},{t + 1},{values[t]:F4}\n");
            }

            parameters.Append(inv, $"{id},{p.Level:F4},{p.Trend:F6},{p.Amplitude:F4},{p.Noise:F4}\n");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, data.ToString());
        File.WriteAllText(Path.ChangeExtension(path, null) + "_parameters.csv", parameters.ToString());
    }

    /// <summary>Reads the long-format file back: id → values in time order.</summary>
    public static SortedDictionary<int, double[]> Read(string path)
    {
        var inv = CultureInfo.InvariantCulture;
        var points = new SortedDictionary<int, SortedDictionary<int, double>>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var parts = line.Split(',');
            var id = int.Parse(parts[0], inv);
            if (!points.TryGetValue(id, out var series))
            {
                points[id] = series = [];
            }

            series[int.Parse(parts[1], inv)] = double.Parse(parts[2], inv);
        }

        var result = new SortedDictionary<int, double[]>();
        foreach (var (id, series) in points)
        {
            result[id] = series.Values.ToArray();
        }

        return result;
    }

    /// <summary>SplitMix64 (Steele, Lea &amp; Flood 2014): small, fast and the same on every runtime.</summary>
    private sealed class SplitMix64(ulong state)
    {
        private ulong _state = state;
        private double? _spare;

        public ulong Next()
        {
            unchecked
            {
                _state += 0x9E3779B97F4A7C15UL;
                var z = _state;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                return z ^ (z >> 31);
            }
        }

        /// <summary>Uniform on [0, 1).</summary>
        public double Uniform() => (Next() >> 11) * (1.0 / (1UL << 53));

        /// <summary>Standard normal, Box–Muller (both values used).</summary>
        public double Normal()
        {
            if (_spare is { } spare)
            {
                _spare = null;
                return spare;
            }

            var radius = Math.Sqrt(-2 * Math.Log(1 - Uniform()));
            var angle = 2 * Math.PI * Uniform();
            _spare = radius * Math.Sin(angle);
            return radius * Math.Cos(angle);
        }
    }
}
