namespace FashionWallet.Avatars.Measurements;

/// <summary>The body shape a stylist would name from the bust, waist and hip girths.</summary>
public enum BodyType
{
    Hourglass,
    Pear,
    Rectangle,
    InvertedTriangle,
    Apple,
}

public static class BodyTypes
{
    /// <summary>
    /// The usual stylist's rules on chest (bust), waist and hip: a waist as wide as the rest is an apple; a hip more
    /// than 5% over the chest a pear, a chest more than 5% over the hip an inverted triangle; balanced chest and hip
    /// with a waist at most 75% of them an hourglass; otherwise a rectangle.
    /// </summary>
    public static BodyType Classify(BodyMeasurements body)
    {
        var (chest, waist, hip) = (body.Chest, body.Waist, body.Hip);
        if (waist >= 0.9 * Math.Max(chest, hip))
            return BodyType.Apple;
        if (hip > chest * 1.05)
            return waist <= 0.75 * Math.Min(chest, hip) && hip <= chest * 1.1 ? BodyType.Hourglass : BodyType.Pear;
        if (chest > hip * 1.05)
            return BodyType.InvertedTriangle;
        return waist <= 0.75 * Math.Min(chest, hip) ? BodyType.Hourglass : BodyType.Rectangle;
    }

    public static string Code(this BodyType type) => type switch
    {
        BodyType.Hourglass => "hourglass",
        BodyType.Pear => "pear",
        BodyType.Rectangle => "rectangle",
        BodyType.InvertedTriangle => "inverted_triangle",
        BodyType.Apple => "apple",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
