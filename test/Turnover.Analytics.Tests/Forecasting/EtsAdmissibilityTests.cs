using System.Numerics;
using MathNet.Numerics;
using Turnover.Analytics.Forecasting.Internal;

namespace Turnover.Analytics.Tests.Forecasting;

/// <summary>The Schur–Cohn shortcut against explicit root finding.</summary>
public sealed class EtsAdmissibilityTests
{
    [Theory]
    [InlineData(new[] { -0.5, 1.0 }, true)] // z − 0.5
    [InlineData(new[] { -2.0, 1.0 }, false)] // z − 2
    [InlineData(new[] { -0.45, 0.4, 1.0 }, true)] // (z − 0.5)(z + 0.9)
    [InlineData(new[] { 0.55, -1.6, 1.0 }, false)] // (z − 0.5)(z − 1.1)
    [InlineData(new[] { 1.0, 0.0, 1.0 }, false)] // z² + 1: roots on the circle
    public void When_roots_are_known_then_the_schur_cohn_test_says_whether_they_are_inside_the_unit_circle(double[] coefficients, bool inside)
    {
        Assert.Equal(inside, EtsAdmissibility.AllRootsInsideUnitCircle(coefficients));
    }

    [Fact]
    public void When_polynomials_are_random_then_schur_cohn_agrees_with_the_roots()
    {
        var random = new Random(7);
        var checkedCount = 0;
        for (var i = 0; i < 2000; i++)
        {
            var degree = random.Next(1, 14);
            var c = Enumerable.Range(0, degree + 1).Select(_ => (random.NextDouble() * 2) - 1).ToArray();
            c[degree] = 1;
            var largest = FindRoots.Polynomial(c).Max(Complex.Abs);
            if (Math.Abs(largest - 1) < 1e-6)
            {
                continue; // too close to call for either method
            }

            Assert.Equal(largest < 1, EtsAdmissibility.AllRootsInsideUnitCircle(c));
            checkedCount++;
        }

        Assert.True(checkedCount > 1900);
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(4, false)]
    [InlineData(11, true)]
    [InlineData(12, true)]
    [InlineData(12, false)]
    public void When_seasonal_parameters_are_random_then_admissibility_matches_the_characteristic_roots(int m, bool trend)
    {
        var random = new Random(m * 10 + (trend ? 1 : 0));
        int admissible = 0, rejected = 0;
        for (var i = 0; i < 3000; i++)
        {
            // Wider than the usual bounds, so both outcomes occur.
            var alpha = random.NextDouble() * 1.5;
            var beta = trend ? (random.NextDouble() * 0.6) - 0.1 : 0;
            var gamma = random.NextDouble() * 1.2;
            var phi = trend ? 0.8 + (random.NextDouble() * 0.2) : 1;
            var expected = ExpectedByRoots(alpha, beta, gamma, phi, m, trend);
            if (expected is null)
            {
                continue;
            }

            var actual = EtsAdmissibility.IsAdmissible(new EtsParameters(alpha, beta, gamma, phi), trend, m);
            Assert.True(expected == actual, $"α={alpha} β={beta} γ={gamma} φ={phi}: expected {expected}");
            _ = actual ? admissible++ : rejected++;
        }

        Assert.True(admissible > 100 && rejected > 100, $"{admissible} admissible, {rejected} rejected");
    }

    [Fact]
    public void When_parameters_are_usual_and_moderate_then_a_seasonal_model_is_admissible()
    {
        Assert.True(EtsAdmissibility.IsAdmissible(new EtsParameters(0.3, 0.05, 0.1, 0.95), hasTrend: true, seasonLength: 12));
    }

    /// <summary>R's test: all roots of the characteristic polynomial within 1 + 1e-10 (null when too close to call).</summary>
    private static bool? ExpectedByRoots(double alpha, double beta, double gamma, double phi, int m, bool trend)
    {
        var c = new double[m + 2];
        c[0] = phi * (1 - alpha - gamma);
        c[1] = alpha + beta - (alpha * phi) + gamma - 1;
        for (var k = 2; k < m; k++)
        {
            c[k] = alpha + beta - (alpha * phi);
        }

        c[m] = alpha + beta - phi;
        c[m + 1] = 1;
        var moduli = FindRoots.Polynomial(c).Select(Complex.Abs).ToList();
        if (!trend)
        {
            // The always-present root at 1 passes R's ≤ 1 + 1e-10 by construction.
            var unit = moduli.IndexOf(moduli.MinBy(r => Math.Abs(r - 1)));
            moduli.RemoveAt(unit);
        }

        var largest = moduli.Max();
        if (Math.Abs(largest - 1) < 1e-6)
        {
            return null;
        }

        // The cheap pre-tests of R's admissible() only ever reject what the roots reject; compare on roots alone.
        return largest < 1;
    }
}
