using System.Numerics;
using FashionWallet.Avatars.Photos;
using FashionWallet.Imaging;

namespace FashionWallet.Tests.Avatars;

/// <summary>
/// Photos drawn by hand: filled shapes of a person's colour on a background, a segmentation mask that overreaches
/// the shapes by a few pixels in blocks (as MediaPipe's does), and landmarks where a pose model would put them.
/// </summary>
internal sealed class TestFigure
{
    private readonly List<Func<double, double, bool>> _shapes = [];

    public TestFigure(int width = 540, int height = 960, (byte, byte, byte)? background = null, (byte, byte, byte)? person = null)
    {
        (Width, Height) = (width, height);
        Background = background ?? ((byte)215, (byte)210, (byte)200);
        Person = person ?? ((byte)60, (byte)45, (byte)90);
    }

    public int Width { get; }

    public int Height { get; }

    public (byte R, byte G, byte B) Background { get; }

    public (byte R, byte G, byte B) Person { get; }

    public PoseLandmark[] Landmarks { get; } = Enumerable.Range(0, PoseLandmarks.Count).Select(_ => new PoseLandmark(0, 0, 0, 0.99)).ToArray();

    public TestFigure Ellipse(double cx, double cy, double rx, double ry)
    {
        _shapes.Add((x, y) => Math.Pow((x - cx) / rx, 2) + Math.Pow((y - cy) / ry, 2) <= 1);
        return this;
    }

    public TestFigure Rectangle(double left, double top, double right, double bottom)
    {
        _shapes.Add((x, y) => x >= left && x <= right && y >= top && y <= bottom);
        return this;
    }

    /// <summary>A limb: a thick segment.</summary>
    public TestFigure Limb(Vector2 from, Vector2 to, double radius)
    {
        _shapes.Add((x, y) =>
        {
            var p = new Vector2((float)x, (float)y);
            var t = Math.Clamp(Vector2.Dot(p - from, to - from) / (to - from).LengthSquared(), 0, 1);
            return Vector2.Distance(p, from + (to - from) * t) <= radius;
        });
        return this;
    }

    public TestFigure At(PosePoint point, double x, double y, double visibility = 0.99)
    {
        Landmarks[(int)point] = new PoseLandmark(x, y, 0, visibility);
        return this;
    }

    public bool Inside(double x, double y) => _shapes.Any(s => s(x, y));

    /// <summary>The photo, antialiased by 3 x 3 supersampling, so edges fall between pixels as in a real photo.</summary>
    public RgbImage Photo()
    {
        var image = new RgbImage(Width, Height);
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var covered = 0;
                for (var sy = 0; sy < 3; sy++)
                {
                    for (var sx = 0; sx < 3; sx++)
                        covered += Inside(x + (sx + 0.5) / 3, y + (sy + 0.5) / 3) ? 1 : 0;
                }
                var a = covered / 9.0;
                image[x, y] = (Mix(Person.R, Background.R, a), Mix(Person.G, Background.G, a), Mix(Person.B, Background.B, a));
            }
        }
        return image;
    }

    private static byte Mix(byte person, byte background, double share) => (byte)Math.Round(person * share + background * (1 - share));

    /// <summary>A mask decided on 8 x 8 blocks and grown by a block, like a model's upsampled low-resolution mask.</summary>
    public PersonMask CoarseMask(int block = 8)
    {
        var values = new byte[Width * Height];
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var (bx, by) = (x / block * block + block / 2.0, y / block * block + block / 2.0);
                var near = Inside(bx, by) || Inside(bx - block, by) || Inside(bx + block, by) || Inside(bx, by - block) || Inside(bx, by + block);
                values[y * Width + x] = near ? (byte)255 : (byte)0;
            }
        }
        return new PersonMask(Width, Height, values);
    }

    public PersonMask ExactMask()
    {
        var values = new byte[Width * Height];
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
                values[y * Width + x] = Inside(x + 0.5, y + 0.5) ? (byte)255 : (byte)0;
        }
        return new PersonMask(Width, Height, values);
    }

    /// <summary>
    /// A person standing in an A-pose, facing the camera, in a 540 x 960 photo: head, torso, arms held off the body,
    /// legs apart, with the landmarks on them. <paramref name="top"/> and <paramref name="scale"/> place and size it.
    /// </summary>
    public static TestFigure Standing(double top = 120, double scale = 1, bool armsAway = true, bool facing = true)
    {
        var figure = new TestFigure();
        double X(double dx) => 270 + dx * scale;
        double Y(double dy) => top + dy * scale;
        var shoulderHalf = facing ? 70 : 12;
        figure.Ellipse(X(0), Y(40), 30 * scale, 40 * scale)
            .Rectangle(X(-12), Y(75), X(12), Y(100))
            .Ellipse(X(0), Y(220), (facing ? 75 : 40) * scale, 130 * scale);
        var armSpread = armsAway ? 150 : 72;
        foreach (var side in new[] { -1, 1 })
        {
            figure.Limb(new Vector2((float)X(side * shoulderHalf), (float)Y(110)), new Vector2((float)X(side * armSpread), (float)Y(330)), 14 * scale)
                .Limb(new Vector2((float)X(side * 30), (float)Y(330)), new Vector2((float)X(side * 45), (float)Y(640)), 22 * scale);
        }
        figure.At(PosePoint.Nose, X(0), Y(45)).At(PosePoint.LeftEye, X(10), Y(35)).At(PosePoint.RightEye, X(-10), Y(35))
            .At(PosePoint.LeftEar, X(28), Y(40)).At(PosePoint.RightEar, X(-28), Y(40))
            .At(PosePoint.LeftShoulder, X(shoulderHalf), Y(110)).At(PosePoint.RightShoulder, X(-shoulderHalf), Y(110))
            .At(PosePoint.LeftElbow, X(0.5 * (shoulderHalf + armSpread)), Y(220)).At(PosePoint.RightElbow, X(-0.5 * (shoulderHalf + armSpread)), Y(220))
            .At(PosePoint.LeftWrist, X(armSpread), Y(330)).At(PosePoint.RightWrist, X(-armSpread), Y(330))
            .At(PosePoint.LeftHip, X(30), Y(330)).At(PosePoint.RightHip, X(-30), Y(330))
            .At(PosePoint.LeftKnee, X(38), Y(480)).At(PosePoint.RightKnee, X(-38), Y(480))
            .At(PosePoint.LeftAnkle, X(44), Y(625)).At(PosePoint.RightAnkle, X(-44), Y(625))
            .At(PosePoint.LeftHeel, X(44), Y(640)).At(PosePoint.RightHeel, X(-44), Y(640));
        return figure;
    }
}
