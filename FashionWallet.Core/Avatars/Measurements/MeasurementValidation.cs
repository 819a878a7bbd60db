namespace FashionWallet.Avatars.Measurements;

public enum IssueSeverity
{
    /// <summary>Unusual but possible: shown to the person, the avatar is still built.</summary>
    Warning,
    /// <summary>No body has this: the avatar cannot realise it.</summary>
    Error,
}

public sealed record MeasurementIssue(Measurement Measurement, IssueSeverity Severity, string Message);

/// <summary>An inclusive range of plausible adult values, in centimetres.</summary>
public readonly record struct PlausibleRange(double Minimum, double Maximum)
{
    public bool Contains(double value) => value >= Minimum && value <= Maximum;
}

public static class MeasurementValidation
{
    /// <summary>Adult ranges: the product's own for height, shoulder, chest, waist and hip; the others span ANSUR II's extremes with a margin.</summary>
    public static PlausibleRange RangeOf(Measurement measurement) => measurement switch
    {
        Measurement.Height => new(120, 250),
        Measurement.ShoulderWidth => new(30, 70),
        Measurement.Neck => new(25, 60),
        Measurement.Chest => new(60, 180),
        Measurement.Underbust => new(55, 170),
        Measurement.Waist => new(50, 200),
        Measurement.HighHip => new(55, 200),
        Measurement.Hip => new(60, 200),
        Measurement.UpperArm => new(18, 60),
        Measurement.Wrist => new(11, 26),
        Measurement.ArmLength => new(40, 90),
        Measurement.BackLength => new(28, 60),
        Measurement.FrontLength => new(22, 60),
        Measurement.Inseam => new(50, 110),
        Measurement.Outseam => new(70, 140),
        Measurement.Thigh => new(35, 100),
        Measurement.Knee => new(25, 65),
        Measurement.Calf => new(24, 65),
        Measurement.Ankle => new(16, 40),
        _ => throw new ArgumentOutOfRangeException(nameof(measurement), measurement, null),
    };

    public static IReadOnlyList<MeasurementIssue> Validate(BodyMeasurements body)
    {
        var issues = new List<MeasurementIssue>();
        foreach (var measurement in Enum.GetValues<Measurement>())
        {
            var (value, range) = (body[measurement], RangeOf(measurement));
            if (!range.Contains(value))
                issues.Add(new(measurement, IssueSeverity.Error, $"{measurement} {value:0.#} cm is outside the plausible {range.Minimum:0}-{range.Maximum:0} cm."));
        }

        void Check(bool holds, Measurement measurement, IssueSeverity severity, string message)
        {
            if (!holds)
                issues.Add(new(measurement, severity, message));
        }
        Check(body.Inseam < body.Outseam - 10, Measurement.Inseam, IssueSeverity.Error, "The crotch must lie at least 10 cm below the waist (inseam < outseam - 10).");
        Check(body.Outseam + body.BackLength < body.Height * 0.92, Measurement.BackLength, IssueSeverity.Error, "Waist height plus back length leave no room for the neck and head (outseam + back length < 92% of height).");
        Check(body.FrontLength < body.BackLength + 5, Measurement.FrontLength, IssueSeverity.Error, "The front neck point lies below the back neck point (front length < back length + 5).");
        Check(body.Wrist < body.UpperArm, Measurement.Wrist, IssueSeverity.Error, "The wrist is narrower than the upper arm.");
        Check(body.Knee < body.Thigh && body.Ankle < body.Calf, Measurement.Knee, IssueSeverity.Error, "Legs taper: knee < thigh and ankle < calf.");
        Check(body.Thigh < body.Hip * 0.75, Measurement.Thigh, IssueSeverity.Error, "A thigh cannot be more than three quarters of the hip girth.");
        Check(body.Hip / body.Waist is >= 0.8 and <= 1.5, Measurement.Hip, IssueSeverity.Warning, "Hip to waist ratio is usually 0.8-1.5.");
        Check(body.Height / body.Inseam is >= 1.8 and <= 2.4, Measurement.Inseam, IssueSeverity.Warning, "Height to inseam ratio is usually 1.8-2.4.");
        Check(body.Underbust <= body.Chest, Measurement.Underbust, IssueSeverity.Warning, "The underbust is usually smaller than the chest.");
        return issues;
    }
}
