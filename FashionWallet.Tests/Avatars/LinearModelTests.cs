using FashionWallet.Avatars.Photos;

namespace FashionWallet.Tests.Avatars;

public sealed class LinearModelTests
{
    [Fact]
    public void Least_squares_recover_a_known_linear_relation()
    {
        var random = new Random(7);
        var rows = Enumerable.Range(0, 200).Select(_ => (IReadOnlyDictionary<string, double>)new Dictionary<string, double>
        {
            ["width"] = 20 + 20 * random.NextDouble(),
            ["depth"] = 15 + 15 * random.NextDouble(),
        }).ToList();
        var targets = rows.Select(r => 3 + 1.5 * r["width"] + 0.8 * r["depth"]).ToList();

        var model = LinearModel.Fit(["width", "depth"], rows, targets, ridge: 0);

        Assert.Equal(3, model.Intercept, 6);
        Assert.Equal(1.5, model.Coefficients[0], 6);
        Assert.Equal(0.8, model.Coefficients[1], 6);
        Assert.True(model.Rmse < 1e-6);
        Assert.Equal(3 + 1.5 * 30 + 0.8 * 20, model.Predict(new Dictionary<string, double> { ["width"] = 30, ["depth"] = 20 }), 6);
    }

    [Fact]
    public void A_robust_fit_keeps_to_the_relation_that_most_rows_follow_where_a_few_wild_rows_tilt_least_squares()
    {
        var random = new Random(11);
        var rows = Enumerable.Range(0, 200).Select(_ => (IReadOnlyDictionary<string, double>)new Dictionary<string, double> { ["width"] = 5 + 10 * random.NextDouble() }).ToList();
        // One row in ten read far too wide, as an arm against the body is; the rest with a little noise.
        var targets = rows.Select((r, i) => 10 + 2 * r["width"] + (i % 10 == 0 ? 12 : 0.3 * (random.NextDouble() - 0.5))).ToList();

        var plain = LinearModel.Fit(["width"], rows, targets, ridge: 0);
        var robust = LinearModel.FitRobust(["width"], rows, targets, ridge: 0);

        Assert.Equal(2, robust.Coefficients[0], 1);
        Assert.Equal(10, robust.Intercept, 0);
        Assert.True(Math.Abs(plain.Intercept - 10) > 0.8, $"least squares intercept {plain.Intercept}");
    }

    [Fact]
    public void A_calibration_round_trips_through_its_generated_source()
    {
        var calibration = PhotoCalibration.Current;

        var source = calibration.ToSource();

        Assert.Contains("private static PhotoCalibration Fitted() => new(", source);
        Assert.True(calibration.IsComplete, calibration.Provenance);
        Assert.All(calibration.Measurements.Values, m => Assert.True(m.Rmse < 6, $"{string.Join(",", m.Features)}: {m.Rmse}"));
    }
}
