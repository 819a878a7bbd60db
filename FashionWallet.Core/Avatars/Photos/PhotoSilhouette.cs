using System.Numerics;
using FashionWallet.Imaging;

namespace FashionWallet.Avatars.Photos;

/// <summary>
/// A person in a photo: the largest connected region of a segmentation mask, with its edges refined on the photo
/// itself. Segmentation models see the photo at a few hundred pixels, so their masks are blocky; along any line
/// the refined extent instead takes each edge where the photo's colour turns from the person's to the
/// background's (a one-dimensional alpha matte: each pixel near the edge counts for the fraction of it that
/// looks like the person), which puts edges within a pixel where the two colours differ.
/// </summary>
public sealed class PhotoSilhouette
{
    private const int SearchInside = 20;
    private const int SearchOutside = 8;
    private const int SampleNear = 3;
    private const int SampleFar = 7;
    private const double MinimumContrast = 18;
    private const double BackgroundLikeness = 28;
    private const int MaximumBridgedGap = 30;

    private readonly RgbImage _image;
    private readonly bool[] _person;

    public PhotoSilhouette(RgbImage image, PersonMask mask)
    {
        if (mask.Width != image.Width || mask.Height != image.Height)
            throw new ArgumentException("The mask and the photo differ in size.", nameof(mask));
        _image = image;
        Components = MaskComponents.Find(mask);
        _person = Components.Largest;
        Width = image.Width;
        Height = image.Height;
        for (var y = 0; y < Height && Top < 0; y++)
            Top = RowHas(y) ? y : -1;
        for (var y = Height - 1; y >= 0 && Bottom < 0; y--)
            Bottom = RowHas(y) ? y : -1;
        Area = _person.LongCount(p => p);
    }

    public int Width { get; }

    public int Height { get; }

    public MaskComponents Components { get; }

    /// <summary>The first and last rows with a person pixel; -1 when there is no person.</summary>
    public int Top { get; } = -1;

    public int Bottom { get; } = -1;

    public long Area { get; }

    public bool IsEmpty => Area == 0;

    public RgbImage Image => _image;

    public bool Contains(int x, int y) => x >= 0 && y >= 0 && x < Width && y < Height && _person[y * Width + x];

    /// <summary>The person's runs along a row, as half-open [start, end) pixel ranges of the coarse mask.</summary>
    public IReadOnlyList<(int Start, int End)> Runs(int y)
    {
        var runs = new List<(int, int)>();
        if (y < 0 || y >= Height)
            return runs;
        var row = y * Width;
        for (var x = 0; x < Width; x++)
        {
            if (!_person[row + x])
                continue;
            var start = x;
            while (x < Width && _person[row + x])
                x++;
            runs.Add((start, x));
        }
        return runs;
    }

    /// <summary>
    /// The person's spans along a row, refined on the photo (sub-pixel [left, right] in pixels). A mask's run can
    /// bridge a narrow gap (between the legs below the crotch, between arm and body): pixels inside it that look like
    /// the background beside the run split it.
    /// </summary>
    public IReadOnlyList<(double Left, double Right)> RowSpans(int y, bool splitGaps = true)
    {
        var spans = new List<(double, double)>();
        foreach (var (start, end) in Runs(y))
        {
            foreach (var (left, right) in SplitOnBackground(y, start, end, splitGaps))
            {
                var centre = new Vector2((left + right) / 2f, y);
                var half = (right - left) / 2;
                spans.Add((centre.X - Refine(centre, -Vector2.UnitX, half), centre.X + Refine(centre, Vector2.UnitX, half)));
            }
        }
        return spans;
    }

    private IEnumerable<(int Start, int End)> SplitOnBackground(int y, int start, int end, bool splitGaps)
    {
        var left = MeanColour(new Vector2(start, y), -Vector2.UnitX, 4, 12);
        var right = MeanColour(new Vector2(end - 1, y), Vector2.UnitX, 4, 12);
        // How unlike the background a pixel must be scales with how unlike it the person's edges are, so low
        // contrast (skin on a wooden floor) does not erase the person, and high contrast splits cleanly.
        var inset = Math.Min(20, (end - start) / 3);
        var contrast = Math.Min(
            Vector3.Distance(MeanColour(new Vector2(start, y), Vector2.UnitX, inset / 2, inset), left),
            Vector3.Distance(MeanColour(new Vector2(end - 1, y), -Vector2.UnitX, inset / 2, inset), right));
        var threshold = Math.Clamp(0.45 * contrast, 8, BackgroundLikeness);
        var person = new bool[end - start];
        for (var x = start; x < end; x++)
            person[x - start] = IsUnlike(Colour(new Vector2(x, y)), left, right, threshold);
        // Trim the mask's overreach at both ends; inside, only a stretch narrow enough to be a gap the mask bridged
        // splits the run (a wide one is the person in a colour like the wall's, such as an arm seen from the side).
        var first = Array.IndexOf(person, true);
        var last = Array.LastIndexOf(person, true);
        if (first < 0)
            yield break;
        var segmentStart = first;
        for (var i = first; i <= last; i++)
        {
            if (person[i])
                continue;
            var gapEnd = i;
            while (!person[gapEnd])
                gapEnd++;
            if (splitGaps && gapEnd - i >= 3 && gapEnd - i <= MaximumBridgedGap && IsGap(y, start + i, start + gapEnd, threshold))
            {
                if (i - segmentStart >= 3)
                    yield return (start + segmentStart, start + i);
                segmentStart = gapEnd;
            }
            i = gapEnd;
        }
        if (last + 1 - segmentStart >= 3)
            yield return (start + segmentStart, start + last + 1);
    }

    /// <summary>A gap shows the background between two parts of the person, so it differs from both parts beside it.</summary>
    private bool IsGap(int y, int gapStart, int gapEnd, double threshold)
    {
        var row = new Vector2(0, y);
        var gap = MeanColour(row, Vector2.UnitX, gapStart, gapEnd - 1);
        var before = MeanColour(row, Vector2.UnitX, gapStart - 4, gapStart - 1);
        var after = MeanColour(row, Vector2.UnitX, gapEnd, gapEnd + 3);
        return Vector3.Distance(gap, before) > 2 * threshold && Vector3.Distance(gap, after) > 2 * threshold;
    }

    private static bool IsUnlike(Vector3 colour, Vector3 left, Vector3 right, double threshold) =>
        Vector3.Distance(colour, left) > threshold && Vector3.Distance(colour, right) > threshold;

    /// <summary>
    /// Where the person ends along a ray from a point inside them (pixels from the point, sub-pixel), refined on the
    /// photo. The coarse edge is the first pixel off the mask.
    /// </summary>
    public double Reach(Vector2 from, Vector2 direction)
    {
        direction = Vector2.Normalize(direction);
        var limit = Width + Height;
        var coarse = 0;
        while (coarse < limit && Contains(from + direction * coarse))
            coarse++;
        return Refine(from, direction, coarse);
    }

    /// <summary>
    /// Where the person's edge lies along a ray when the mask cannot say (it bridges a gap there): the strongest
    /// change of colour near <paramref name="guess"/> pixels from the point, refined like any edge.
    /// </summary>
    public double EdgeNear(Vector2 from, Vector2 direction, double guess) => Refine(from, Vector2.Normalize(direction), guess);

    /// <summary>The person's extent through a point along a direction (both ways), in pixels.</summary>
    public double Span(Vector2 through, Vector2 direction) => Reach(through, direction) + Reach(through, -direction);

    private bool Contains(Vector2 p) => Contains((int)MathF.Round(p.X), (int)MathF.Round(p.Y));

    private double Refine(Vector2 from, Vector2 direction, double coarseEdge)
    {
        // The edge is the strongest change of colour near the mask's edge (masks run several pixels wide or short).
        var coarse = (int)Math.Round(coarseEdge);
        var first = Math.Max(SampleFar / 2, coarse - SearchInside);
        var last = coarse + SearchOutside;
        var (edge, strongest) = (-1, 0.0);
        for (var t = first; t <= last; t++)
        {
            var (a, b) = (from + direction * (t - 1), from + direction * (t + 1));
            if (!InImage(a) || !InImage(b))
                break;
            var change = (Colour(b) - Colour(a)).Length();
            if (change > strongest)
                (edge, strongest) = (t, change);
        }
        if (edge < 0 || strongest < MinimumContrast)
            return coarse - 0.5;

        // Across it, each pixel counts for its share of the person's colour: their sum places the edge within a pixel.
        var inside = MeanColour(from, direction, edge - SampleFar, edge - SampleNear);
        var outside = MeanColour(from, direction, edge + SampleNear, edge + SampleFar);
        var contrast = inside - outside;
        var contrastSquared = contrast.LengthSquared();
        if (contrastSquared < MinimumContrast * MinimumContrast)
            return edge;
        var extent = 0.0;
        for (var t = edge - SampleNear + 1; t < edge + SampleNear; t++)
        {
            var alpha = Vector3.Dot(Colour(from + direction * t) - outside, contrast) / contrastSquared;
            extent += Math.Clamp(alpha, 0, 1);
        }
        return edge - SampleNear + 1 + extent - 0.5;
    }

    private Vector3 MeanColour(Vector2 from, Vector2 direction, int start, int end)
    {
        var sum = Vector3.Zero;
        for (var t = start; t <= end; t++)
            sum += Colour(from + direction * t);
        return sum / (end - start + 1);
    }

    private bool InImage(Vector2 p) => p.X >= 0 && p.Y >= 0 && p.X <= Width - 1 && p.Y <= Height - 1;

    /// <summary>Bilinear colour at a sub-pixel point.</summary>
    private Vector3 Colour(Vector2 p)
    {
        var x = Math.Clamp(p.X, 0, Width - 1.001f);
        var y = Math.Clamp(p.Y, 0, Height - 1.001f);
        var (x0, y0) = ((int)x, (int)y);
        var (fx, fy) = (x - x0, y - y0);
        Vector3 At(int px, int py)
        {
            var i = (py * Width + px) * 3;
            return new Vector3(_image.Pixels[i], _image.Pixels[i + 1], _image.Pixels[i + 2]);
        }
        return Vector3.Lerp(Vector3.Lerp(At(x0, y0), At(x0 + 1, y0), fx), Vector3.Lerp(At(x0, y0 + 1), At(x0 + 1, y0 + 1), fx), fy);
    }

    private bool RowHas(int y)
    {
        for (var x = 0; x < Width; x++)
        {
            if (_person[y * Width + x])
                return true;
        }
        return false;
    }
}
