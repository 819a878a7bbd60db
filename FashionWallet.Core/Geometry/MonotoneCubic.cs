namespace FashionWallet.Geometry;

/// <summary>
/// A smooth curve through knots that never overshoots them (Fritsch-Carlson monotone cubic Hermite): a value at a
/// knot is an extremum only if the knots say so. Constant beyond the first and last knot.
/// </summary>
public sealed class MonotoneCubic
{
    private readonly float[] _x;
    // Per interval, the cubic's coefficients in the fraction t through it: c0 + t (c1 + t (c2 + t c3)).
    private readonly float[] _coefficients;

    public MonotoneCubic(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        if (x.Length != y.Length || x.Length < 2)
            throw new ArgumentException("A curve needs at least two knots, one value each.");
        for (var i = 1; i < x.Length; i++)
        {
            if (!(x[i] > x[i - 1]))
                throw new ArgumentException($"Knots must increase: {x[i - 1]} then {x[i]}.", nameof(x));
        }
        _x = x.ToArray();
        var values = y.ToArray();
        var slopes = Slopes(_x, values);
        _coefficients = new float[4 * (_x.Length - 1)];
        for (var i = 0; i < _x.Length - 1; i++)
        {
            var width = _x[i + 1] - _x[i];
            var (y0, y1, m0, m1) = (values[i], values[i + 1], width * slopes[i], width * slopes[i + 1]);
            _coefficients[4 * i] = y0;
            _coefficients[4 * i + 1] = m0;
            _coefficients[4 * i + 2] = -3 * y0 - 2 * m0 + 3 * y1 - m1;
            _coefficients[4 * i + 3] = 2 * y0 + m0 - 2 * y1 + m1;
        }
    }

    public float Evaluate(float x) => Evaluate(Locate(x));

    /// <summary>Where <paramref name="x"/> falls among the knots: curves sharing knots can locate once and evaluate each.</summary>
    public KnotPosition Locate(float x)
    {
        var knots = _x;
        if (x <= knots[0])
            return new KnotPosition(0, 0);
        var last = knots.Length - 1;
        if (x >= knots[last])
            return new KnotPosition(last - 1, 1);
        var i = 0;
        while (x > knots[i + 1])
            i++;
        return new KnotPosition(i, (x - knots[i]) / (knots[i + 1] - knots[i]));
    }

    public float Evaluate(KnotPosition at)
    {
        var c = _coefficients.AsSpan(4 * at.Interval, 4);
        var t = at.Fraction;
        return c[0] + t * (c[1] + t * (c[2] + t * c[3]));
    }

    private static float[] Slopes(float[] x, float[] y)
    {
        var n = x.Length;
        var secants = new float[n - 1];
        for (var i = 0; i < n - 1; i++)
            secants[i] = (y[i + 1] - y[i]) / (x[i + 1] - x[i]);
        var slopes = new float[n];
        slopes[0] = secants[0];
        slopes[^1] = secants[^1];
        for (var i = 1; i < n - 1; i++)
            slopes[i] = secants[i - 1] * secants[i] <= 0 ? 0 : (secants[i - 1] + secants[i]) / 2;
        for (var i = 0; i < n - 1; i++)
        {
            if (secants[i] == 0)
            {
                slopes[i] = slopes[i + 1] = 0;
                continue;
            }
            var (alpha, beta) = (slopes[i] / secants[i], slopes[i + 1] / secants[i]);
            var length = alpha * alpha + beta * beta;
            if (length > 9)
            {
                var tau = 3 / MathF.Sqrt(length);
                slopes[i] = tau * alpha * secants[i];
                slopes[i + 1] = tau * beta * secants[i];
            }
        }
        return slopes;
    }
}

/// <summary>An interval between two knots and the fraction of the way through it.</summary>
public readonly record struct KnotPosition(int Interval, float Fraction);
