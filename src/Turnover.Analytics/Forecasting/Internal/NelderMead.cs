using System.Runtime.CompilerServices;

namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>
/// Nelder–Mead simplex minimiser (reflection 1, expansion 2, contraction ½, shrink ½), the method R's
/// <c>forecast::ets</c> uses. Allocation-free after construction.
/// </summary>
/// <remarks>
/// Not MathNet's <c>NelderMeadSimplex</c>: measured here it spends ~15 µs of vector bookkeeping per evaluation
/// (30 ms per 2,000 evaluations of a trivial function, against ~1 µs for one ETS likelihood), and it throws
/// when the iteration limit is hit, losing the best point found, which is the normal way a 17-parameter
/// seasonal fit ends in R too.
/// </remarks>
internal sealed class NelderMead
{
    private readonly int _dimension;
    private readonly double[][] _vertices;
    private readonly double[] _values;
    private readonly double[] _centroid;
    private readonly double[] _sum; // Σ of all vertices, kept up to date so a centroid costs O(n), not O(n²)
    private readonly double[] _trial;
    private readonly double[] _trial2;

    public NelderMead(int dimension)
    {
        _dimension = dimension;
        _vertices = new double[dimension + 1][];
        for (var i = 0; i <= dimension; i++)
        {
            _vertices[i] = new double[dimension];
        }

        _values = new double[dimension + 1];
        _centroid = new double[dimension];
        _sum = new double[dimension];
        _trial = new double[dimension];
        _trial2 = new double[dimension];
    }

    /// <summary>
    /// Minimises from <paramref name="start"/> (overwritten with the best point found) with initial simplex steps
    /// <paramref name="steps"/>. Stops when the simplex values agree to <paramref name="relativeTolerance"/> or after
    /// <paramref name="maxEvaluations"/>. Returns the best value and the number of evaluations used.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (double Value, int Evaluations) Minimise(
        NelderMeadObjective objective, Span<double> start, ReadOnlySpan<double> steps, double relativeTolerance, int maxEvaluations)
    {
        var n = _dimension;
        for (var i = 0; i <= n; i++)
        {
            start.CopyTo(_vertices[i]);
            if (i > 0)
            {
                _vertices[i][i - 1] += steps[i - 1];
            }

            _values[i] = objective(_vertices[i]);
        }

        var evaluations = n + 1;
        Resum();
        while (true)
        {
            var (best, worst, secondWorst) = Rank();
            var spread = _values[worst] - _values[best];
            if (spread <= relativeTolerance * (Math.Abs(_values[best]) + relativeTolerance) || evaluations >= maxEvaluations)
            {
                _vertices[best].CopyTo(start);
                return (_values[best], evaluations);
            }

            Centroid(worst);
            Move(_centroid, _vertices[worst], -1.0, _trial); // reflection
            var reflected = objective(_trial);
            evaluations++;
            if (reflected < _values[best])
            {
                Move(_centroid, _vertices[worst], -2.0, _trial2); // expansion
                var expanded = objective(_trial2);
                evaluations++;
                Accept(worst, expanded < reflected ? _trial2 : _trial, Math.Min(expanded, reflected));
                continue;
            }

            if (reflected < _values[secondWorst])
            {
                Accept(worst, _trial, reflected);
                continue;
            }

            // Contract towards the better of the worst vertex and its reflection.
            var outside = reflected < _values[worst];
            Move(_centroid, _vertices[worst], outside ? -0.5 : 0.5, _trial2);
            var contracted = objective(_trial2);
            evaluations++;
            if (contracted < Math.Min(reflected, _values[worst]))
            {
                Accept(worst, _trial2, contracted);
                continue;
            }

            for (var i = 0; i <= n; i++)
            {
                if (i == best)
                {
                    continue;
                }

                var vertex = _vertices[i];
                for (var j = 0; j < n; j++)
                {
                    vertex[j] = _vertices[best][j] + (0.5 * (vertex[j] - _vertices[best][j]));
                }

                _values[i] = objective(vertex);
            }

            evaluations += n;
            Resum();
        }
    }

    private void Resum()
    {
        Array.Clear(_sum);
        foreach (var vertex in _vertices)
        {
            for (var j = 0; j < _dimension; j++)
            {
                _sum[j] += vertex[j];
            }
        }
    }

    private (int Best, int Worst, int SecondWorst) Rank()
    {
        int best = 0, worst = 0;
        for (var i = 1; i < _values.Length; i++)
        {
            if (_values[i] < _values[best])
            {
                best = i;
            }

            if (_values[i] > _values[worst])
            {
                worst = i;
            }
        }

        var secondWorst = best;
        for (var i = 0; i < _values.Length; i++)
        {
            if (i != worst && _values[i] > _values[secondWorst])
            {
                secondWorst = i;
            }
        }

        return (best, worst, secondWorst);
    }

    private void Centroid(int excluded)
    {
        for (var j = 0; j < _dimension; j++)
        {
            _centroid[j] = (_sum[j] - _vertices[excluded][j]) / _dimension;
        }
    }

    /// <summary>target = centroid + coefficient·(worst − centroid): −1 reflects, −2 expands, ±½ contracts.</summary>
    private void Move(double[] centroid, double[] worst, double coefficient, double[] target)
    {
        for (var j = 0; j < _dimension; j++)
        {
            target[j] = centroid[j] + (coefficient * (worst[j] - centroid[j]));
        }
    }

    private void Accept(int index, double[] point, double value)
    {
        var vertex = _vertices[index];
        for (var j = 0; j < _dimension; j++)
        {
            _sum[j] += point[j] - vertex[j];
        }

        point.CopyTo(vertex, 0);
        _values[index] = value;
    }
}
