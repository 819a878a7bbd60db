namespace FashionWallet.Avatars.Measurements;

/// <summary>A body's measurements in centimetres, with the sex prior that shapes what they leave open.</summary>
public sealed record BodyMeasurements
{
    public required double Height { get; init; }
    /// <summary>Biacromial breadth: the straight distance between the two acromion (shoulder) points.</summary>
    public required double ShoulderWidth { get; init; }
    public required double Neck { get; init; }
    /// <summary>Chest or bust girth, at the fullest part.</summary>
    public required double Chest { get; init; }
    public required double Underbust { get; init; }
    public required double Waist { get; init; }
    public required double HighHip { get; init; }
    public required double Hip { get; init; }
    public required double UpperArm { get; init; }
    public required double Wrist { get; init; }
    /// <summary>Acromion (shoulder point) to wrist, over the elbow.</summary>
    public required double ArmLength { get; init; }
    /// <summary>Cervicale (neck base, back) to waist along the spine.</summary>
    public required double BackLength { get; init; }
    /// <summary>Front neck point (top of the sternum) to waist along the centre front.</summary>
    public required double FrontLength { get; init; }
    /// <summary>Crotch to floor.</summary>
    public required double Inseam { get; init; }
    /// <summary>Waist to floor at the side, over the hip.</summary>
    public required double Outseam { get; init; }
    public required double Thigh { get; init; }
    public required double Knee { get; init; }
    public required double Calf { get; init; }
    public required double Ankle { get; init; }
    public Sex Sex { get; init; } = Sex.Unspecified;

    public double this[Measurement measurement] => measurement switch
    {
        Measurement.Height => Height,
        Measurement.ShoulderWidth => ShoulderWidth,
        Measurement.Neck => Neck,
        Measurement.Chest => Chest,
        Measurement.Underbust => Underbust,
        Measurement.Waist => Waist,
        Measurement.HighHip => HighHip,
        Measurement.Hip => Hip,
        Measurement.UpperArm => UpperArm,
        Measurement.Wrist => Wrist,
        Measurement.ArmLength => ArmLength,
        Measurement.BackLength => BackLength,
        Measurement.FrontLength => FrontLength,
        Measurement.Inseam => Inseam,
        Measurement.Outseam => Outseam,
        Measurement.Thigh => Thigh,
        Measurement.Knee => Knee,
        Measurement.Calf => Calf,
        Measurement.Ankle => Ankle,
        _ => throw new ArgumentOutOfRangeException(nameof(measurement), measurement, null),
    };

    public BodyMeasurements With(Measurement measurement, double value) => measurement switch
    {
        Measurement.Height => this with { Height = value },
        Measurement.ShoulderWidth => this with { ShoulderWidth = value },
        Measurement.Neck => this with { Neck = value },
        Measurement.Chest => this with { Chest = value },
        Measurement.Underbust => this with { Underbust = value },
        Measurement.Waist => this with { Waist = value },
        Measurement.HighHip => this with { HighHip = value },
        Measurement.Hip => this with { Hip = value },
        Measurement.UpperArm => this with { UpperArm = value },
        Measurement.Wrist => this with { Wrist = value },
        Measurement.ArmLength => this with { ArmLength = value },
        Measurement.BackLength => this with { BackLength = value },
        Measurement.FrontLength => this with { FrontLength = value },
        Measurement.Inseam => this with { Inseam = value },
        Measurement.Outseam => this with { Outseam = value },
        Measurement.Thigh => this with { Thigh = value },
        Measurement.Knee => this with { Knee = value },
        Measurement.Calf => this with { Calf = value },
        Measurement.Ankle => this with { Ankle = value },
        _ => throw new ArgumentOutOfRangeException(nameof(measurement), measurement, null),
    };

    /// <summary>A body whose every measurement is <paramref name="valueOf"/> it.</summary>
    public static BodyMeasurements From(Func<Measurement, double> valueOf, Sex sex = Sex.Unspecified) => new()
    {
        Height = valueOf(Measurement.Height),
        ShoulderWidth = valueOf(Measurement.ShoulderWidth),
        Neck = valueOf(Measurement.Neck),
        Chest = valueOf(Measurement.Chest),
        Underbust = valueOf(Measurement.Underbust),
        Waist = valueOf(Measurement.Waist),
        HighHip = valueOf(Measurement.HighHip),
        Hip = valueOf(Measurement.Hip),
        UpperArm = valueOf(Measurement.UpperArm),
        Wrist = valueOf(Measurement.Wrist),
        ArmLength = valueOf(Measurement.ArmLength),
        BackLength = valueOf(Measurement.BackLength),
        FrontLength = valueOf(Measurement.FrontLength),
        Inseam = valueOf(Measurement.Inseam),
        Outseam = valueOf(Measurement.Outseam),
        Thigh = valueOf(Measurement.Thigh),
        Knee = valueOf(Measurement.Knee),
        Calf = valueOf(Measurement.Calf),
        Ankle = valueOf(Measurement.Ankle),
        Sex = sex,
    };

    /// <summary>A statistically typical body of this height and sex (see <see cref="BodyProportions"/>).</summary>
    public static BodyMeasurements Typical(double height, Sex sex) => BodyProportions.Typical(height, sex);

    /// <summary>Values outside their plausible range, and combinations no body has; empty when the set is usable.</summary>
    public IReadOnlyList<MeasurementIssue> Validate() => MeasurementValidation.Validate(this);
}
