namespace FashionWallet.Avatars.Photos;

/// <summary>
/// value = intercept + sum of coefficient x feature, over named features; Rmse is its root-mean-square error on the
/// data it was fitted on (cm), which sets the confidence of what it predicts.
/// </summary>
public sealed record LinearModel(string[] Features, double Intercept, double[] Coefficients, double Rmse)
{
    public double Predict(IReadOnlyDictionary<string, double> features)
    {
        var value = Intercept;
        for (var i = 0; i < Features.Length; i++)
            value += Coefficients[i] * features[Features[i]];
        return value;
    }

    /// <summary>
    /// Least squares with a small ridge penalty on standardised features (so nearly collinear widths and perimeters
    /// share weight instead of cancelling), refitted back to the raw features' units.
    /// </summary>
    public static LinearModel Fit(string[] features, IReadOnlyList<IReadOnlyDictionary<string, double>> rows, IReadOnlyList<double> targets, double ridge = 1e-3)
    {
        var (n, k) = (rows.Count, features.Length);
        if (n <= k + 1)
            throw new ArgumentException($"{n} rows cannot fit {k} features.", nameof(rows));
        var means = features.Select(f => rows.Average(r => r[f])).ToArray();
        var spreads = features.Select((f, j) => Math.Sqrt(rows.Average(r => Math.Pow(r[f] - means[j], 2))) is var s && s > 1e-9 ? s : 1).ToArray();
        var targetMean = targets.Average();
        var normal = new double[k, k];
        var right = new double[k];
        for (var i = 0; i < n; i++)
        {
            var x = features.Select((f, j) => (rows[i][f] - means[j]) / spreads[j]).ToArray();
            for (var a = 0; a < k; a++)
            {
                right[a] += x[a] * (targets[i] - targetMean);
                for (var b = 0; b < k; b++)
                    normal[a, b] += x[a] * x[b];
            }
        }
        for (var a = 0; a < k; a++)
            normal[a, a] += ridge * n;
        var standardised = Solve(normal, right);
        var coefficients = standardised.Select((c, j) => c / spreads[j]).ToArray();
        var intercept = targetMean - coefficients.Select((c, j) => c * means[j]).Sum();
        var model = new LinearModel(features, intercept, coefficients, 0);
        var rmse = Math.Sqrt(rows.Select((r, i) => Math.Pow(model.Predict(r) - targets[i], 2)).Average());
        return model with { Rmse = rmse };
    }

    /// <summary>Gaussian elimination with partial pivoting (the systems are a dozen unknowns at most).</summary>
    private static double[] Solve(double[,] matrix, double[] vector)
    {
        var n = vector.Length;
        var a = (double[,])matrix.Clone();
        var b = (double[])vector.Clone();
        for (var column = 0; column < n; column++)
        {
            var pivot = Enumerable.Range(column, n - column).MaxBy(r => Math.Abs(a[r, column]));
            for (var c = 0; c < n; c++)
                (a[column, c], a[pivot, c]) = (a[pivot, c], a[column, c]);
            (b[column], b[pivot]) = (b[pivot], b[column]);
            for (var row = column + 1; row < n; row++)
            {
                var factor = a[row, column] / a[column, column];
                for (var c = column; c < n; c++)
                    a[row, c] -= factor * a[column, c];
                b[row] -= factor * b[column];
            }
        }
        var x = new double[n];
        for (var row = n - 1; row >= 0; row--)
        {
            var sum = b[row];
            for (var c = row + 1; c < n; c++)
                sum -= a[row, c] * x[c];
            x[row] = sum / a[row, row];
        }
        return x;
    }
}
