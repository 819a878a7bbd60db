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
    public static LinearModel Fit(string[] features, IReadOnlyList<IReadOnlyDictionary<string, double>> rows, IReadOnlyList<double> targets, double ridge = 1e-3) =>
        Fit(features, rows, targets, ridge, weights: null);

    /// <summary>
    /// Huber regression by iteratively reweighted least squares: a row whose residual is beyond 1.345 robust standard
    /// deviations counts less the further out it is, so a few photos read badly (an arm against the body) do not tilt
    /// the model every other photo is measured with.
    /// </summary>
    public static LinearModel FitRobust(string[] features, IReadOnlyList<IReadOnlyDictionary<string, double>> rows, IReadOnlyList<double> targets, double ridge = 1e-3)
    {
        var model = Fit(features, rows, targets, ridge);
        for (var iteration = 0; iteration < 20; iteration++)
        {
            var residuals = rows.Select((r, i) => Math.Abs(model.Predict(r) - targets[i])).ToArray();
            var scale = Math.Max(1e-6, 1.4826 * residuals.Order().ElementAt(residuals.Length / 2));
            var weights = residuals.Select(r => Math.Min(1, 1.345 * scale / Math.Max(r, 1e-12))).ToArray();
            model = Fit(features, rows, targets, ridge, weights);
        }
        return model;
    }

    private static LinearModel Fit(string[] features, IReadOnlyList<IReadOnlyDictionary<string, double>> rows, IReadOnlyList<double> targets, double ridge, double[]? weights)
    {
        var (n, k) = (rows.Count, features.Length);
        if (n <= k + 1)
            throw new ArgumentException($"{n} rows cannot fit {k} features.", nameof(rows));
        var w = weights ?? Enumerable.Repeat(1.0, n).ToArray();
        var total = w.Sum();
        double Mean(Func<int, double> value) => Enumerable.Range(0, n).Sum(i => w[i] * value(i)) / total;
        var means = features.Select(f => Mean(i => rows[i][f])).ToArray();
        var spreads = features.Select((f, j) => Math.Sqrt(Mean(i => Math.Pow(rows[i][f] - means[j], 2))) is var s && s > 1e-9 ? s : 1).ToArray();
        var targetMean = Mean(i => targets[i]);
        var normal = new double[k, k];
        var right = new double[k];
        for (var i = 0; i < n; i++)
        {
            var x = features.Select((f, j) => (rows[i][f] - means[j]) / spreads[j]).ToArray();
            for (var a = 0; a < k; a++)
            {
                right[a] += w[i] * x[a] * (targets[i] - targetMean);
                for (var b = 0; b < k; b++)
                    normal[a, b] += w[i] * x[a] * x[b];
            }
        }
        for (var a = 0; a < k; a++)
            normal[a, a] += ridge * total;
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
