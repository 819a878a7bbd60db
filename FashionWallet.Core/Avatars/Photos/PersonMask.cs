namespace FashionWallet.Avatars.Photos;

/// <summary>How likely each pixel of a photo is a person, 0 to 255, row by row.</summary>
public sealed class PersonMask
{
    public PersonMask(int width, int height, byte[] values)
    {
        if (values.Length != width * height)
            throw new ArgumentException($"Expected {width * height} mask values, got {values.Length}.", nameof(values));
        (Width, Height, Values) = (width, height, values);
    }

    public int Width { get; }

    public int Height { get; }

    public byte[] Values { get; }

    public byte this[int x, int y] => Values[y * Width + x];

    public bool IsPerson(int x, int y) => Values[y * Width + x] >= 128;

    /// <summary>Intersection over union of the two masks' person pixels (same size).</summary>
    public double IntersectionOverUnion(PersonMask other)
    {
        if (other.Width != Width || other.Height != Height)
            throw new ArgumentException("The masks differ in size.", nameof(other));
        long both = 0, either = 0;
        for (var i = 0; i < Values.Length; i++)
        {
            var (a, b) = (Values[i] >= 128, other.Values[i] >= 128);
            both += a && b ? 1 : 0;
            either += a || b ? 1 : 0;
        }
        return either == 0 ? 1 : both / (double)either;
    }

    public long PersonPixels() => Values.LongCount(v => v >= 128);
}
