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
    public void A_calibration_round_trips_through_its_generated_source()
    {
        var calibration = PhotoCalibration.Current;

        var source = calibration.ToSource();

        Assert.Contains("private static PhotoCalibration Fitted() => new(", source);
        Assert.True(calibration.IsComplete, calibration.Provenance);
        Assert.All(calibration.Measurements.Values, m => Assert.True(m.Rmse < 6, $"{string.Join(",", m.Features)}: {m.Rmse}"));
    }
}
