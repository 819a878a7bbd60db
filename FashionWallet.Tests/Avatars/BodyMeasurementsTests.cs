using FashionWallet.Avatars.Measurements;

namespace FashionWallet.Tests.Avatars;

public sealed class BodyMeasurementsTests
{
    [Theory]
    [InlineData(150, Sex.Female)]
    [InlineData(165, Sex.Female)]
    [InlineData(178, Sex.Male)]
    [InlineData(195, Sex.Male)]
    [InlineData(170, Sex.Unspecified)]
    public void A_typical_body_has_the_height_asked_for_and_raises_no_issue(double height, Sex sex)
    {
        var body = BodyMeasurements.Typical(height, sex);

        Assert.Equal(height, body.Height);
        Assert.Equal(sex, body.Sex);
        Assert.Empty(body.Validate());
    }

    [Fact]
    public void The_sex_prior_shapes_the_typical_body()
    {
        var (female, male, unspecified) = (BodyMeasurements.Typical(170, Sex.Female), BodyMeasurements.Typical(170, Sex.Male), BodyMeasurements.Typical(170, Sex.Unspecified));

        Assert.True(female.Hip > male.Hip && female.Hip / female.Waist > male.Hip / male.Waist);
        Assert.True(male.ShoulderWidth > female.ShoulderWidth && male.Neck > female.Neck);
        Assert.InRange(unspecified.Chest, Math.Min(female.Chest, male.Chest), Math.Max(female.Chest, male.Chest));
    }

    [Fact]
    public void Every_measurement_can_be_read_and_replaced_by_name()
    {
        var body = BodyMeasurements.Typical(170, Sex.Female);

        foreach (var measurement in Enum.GetValues<Measurement>())
        {
            var changed = body.With(measurement, 123.4);
            Assert.Equal(123.4, changed[measurement]);
            Assert.All(Enum.GetValues<Measurement>().Where(m => m != measurement), other => Assert.Equal(body[other], changed[other]));
        }
    }

    [Fact]
    public void Implausible_values_and_impossible_combinations_are_reported()
    {
        var body = BodyMeasurements.Typical(170, Sex.Male);

        Assert.Contains(body.With(Measurement.Height, 300).Validate(), i => i is { Measurement: Measurement.Height, Severity: IssueSeverity.Error });
        Assert.Contains((body with { Inseam = body.Outseam - 5 }).Validate(), i => i is { Measurement: Measurement.Inseam, Severity: IssueSeverity.Error });
        Assert.Contains((body with { BackLength = 58, Outseam = 115 }).Validate(), i => i is { Measurement: Measurement.BackLength, Severity: IssueSeverity.Error });
        Assert.Contains((body with { Wrist = body.UpperArm + 1 }).Validate(), i => i is { Measurement: Measurement.Wrist, Severity: IssueSeverity.Error });
        Assert.Contains((body with { Hip = 2 * body.Waist }).Validate(), i => i is { Measurement: Measurement.Hip, Severity: IssueSeverity.Warning });
    }

    [Fact]
    public void Plausible_ranges_include_the_products_own_limits()
    {
        Assert.Equal(new PlausibleRange(120, 250), MeasurementValidation.RangeOf(Measurement.Height));
        Assert.Equal(new PlausibleRange(30, 70), MeasurementValidation.RangeOf(Measurement.ShoulderWidth));
        Assert.All(Enum.GetValues<Measurement>(), m => Assert.True(MeasurementValidation.RangeOf(m).Minimum < MeasurementValidation.RangeOf(m).Maximum));
    }
}
