using System.Runtime.CompilerServices;

namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>
/// The admissible (forecastable) region of Hyndman, Akram &amp; Archibald (2008) for seasonal models, the part of
/// R's <c>bounds = "both"</c> that the usual bounds (enforced by the parameter transform) don't already imply.
/// </summary>
internal static class EtsAdmissibility
{
    /// <summary>
    /// True when the seasonal model's characteristic polynomial has all roots in the unit circle. Non-seasonal
    /// models within the usual bounds are always admissible, so this only constrains seasonal ones.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsAdmissible(EtsParameters p, bool hasTrend, int seasonLength)
    {
        if (seasonLength < 2)
        {
            return true;
        }

        var alpha = p.Alpha;
        var beta = hasTrend ? p.Beta : 0.0;
        var gamma = p.Gamma;
        var phi = p.Phi;
        var m = seasonLength;
        if (gamma < Math.Max(1 - (1 / phi) - alpha, 0) || gamma > 1 + (1 / phi) - alpha)
        {
            return false;
        }

        if (alpha < 1 - (1 / phi) - (gamma * (1 - m + phi + (phi * m)) / (2 * phi * m)))
        {
            return false;
        }

        if (beta < -(1 - phi) * ((gamma / m) + alpha))
        {
            return false;
        }

        // Characteristic polynomial, ascending powers (Hyndman et al. 2008, ch. 10; R's admissible()).
        Span<double> c = m + 2 <= 64 ? stackalloc double[m + 2] : new double[m + 2];
        c[0] = phi * (1 - alpha - gamma);
        c[1] = alpha + beta - (alpha * phi) + gamma - 1;
        for (var k = 2; k < m; k++)
        {
            c[k] = alpha + beta - (alpha * phi);
        }

        c[m] = alpha + beta - phi;
        c[m + 1] = 1;
        var degree = m + 1;

        // Without a trend z = 1 is always a root (the seasonal states' sum is conserved); R accepts it because it
        // tests |root| ≤ 1 + 1e-10. Divide it out so the strict test below judges only the other roots.
        if (!hasTrend)
        {
            degree = DeflateUnitRoot(c[..(degree + 1)]);
        }

        return AllRootsInsideUnitCircle(c[..(degree + 1)]);
    }

    /// <summary>
    /// Schur–Cohn test: all roots of Σ c[k]·z^k strictly inside the unit circle, in O(d²) without finding them.
    /// p has that property iff |c₀| &lt; |c_d| and (c_d·p(z) − c₀·p*(z))/z has it, p* being p reversed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool AllRootsInsideUnitCircle(ReadOnlySpan<double> coefficients)
    {
        var d = coefficients.Length - 1;
        Span<double> a = d + 1 <= 64 ? stackalloc double[d + 1] : new double[d + 1];
        Span<double> b = d + 1 <= 64 ? stackalloc double[d + 1] : new double[d + 1];
        coefficients.CopyTo(a);
        while (d > 0)
        {
            var lead = a[d];
            var constant = a[0];
            if (!(Math.Abs(constant) < Math.Abs(lead)))
            {
                return false;
            }

            for (var j = 0; j < d; j++)
            {
                b[j] = (lead * a[j + 1]) - (constant * a[d - 1 - j]);
            }

            // Keep the numbers O(1): the recursion squares the scale at every step.
            var norm = Math.Abs(b[d - 1]);
            for (var j = 0; j < d; j++)
            {
                a[j] = b[j] / norm;
            }

            d--;
        }

        return true;
    }

    /// <summary>Divides the polynomial by (z − 1) in place; returns the new degree.</summary>
    private static int DeflateUnitRoot(Span<double> c)
    {
        var d = c.Length - 1;
        var carry = c[d];
        for (var k = d; k >= 1; k--)
        {
            var quotient = carry;
            carry = c[k - 1] + quotient;
            c[k - 1] = quotient;
        }

        return d - 1;
    }
}
