using System.Numerics;
using FashionWallet.Avatars.Measurements;

namespace FashionWallet.Avatars.Photos;

/// <summary>
/// What the two photos say about a body, in centimetres, by name: first anchors found directly (the crotch, the
/// armpits, the tops of the shoulders, the neck, landmark distances), then widths (front) and depths (side) at the
/// heights where each girth is taken, which <see cref="PhotoCalibration"/> predicts from the anchors.
/// </summary>
public static class PhotoFeatures
{
    /// <summary>Skeleton landmarks whose heights are predicted from the anchors before the girths are read there.</summary>
    public static readonly string[] Levels = ["Chest", "Underbust", "Waist", "HighHip", "Hip", "Thigh", "Knee", "Calf", "Ankle"];

    private static readonly string[] TorsoLevels = ["Chest", "Underbust", "Waist", "HighHip", "Hip"];
    private static readonly string[] LegLevels = ["Thigh", "Knee", "Calf", "Ankle"];

    public static Dictionary<string, double> Anchors(PhotoView front, PhotoView side, AvatarPriors priors)
    {
        var f = new Dictionary<string, double>
        {
            ["height"] = priors.HeightCm,
            ["female"] = priors.Sex == Sex.Female ? priors.HeightCm : 0,
            ["male"] = priors.Sex == Sex.Male ? priors.HeightCm : 0,
            ["weight"] = priors.WeightKg ?? 0,
            ["weightGiven"] = priors.WeightKg is null ? 0 : 1,
            // Women and men carry weight differently (arms, neck, hips): a slope of its own for each.
            ["femaleWeight"] = priors.Sex == Sex.Female ? priors.WeightKg ?? 0 : 0,
            ["femaleWeightGiven"] = priors.Sex == Sex.Female && priors.WeightKg is not null ? 1 : 0,
        };
        var scale = front.CentimetresPerPixel;
        var midline = Midline(front);
        f["crotch"] = front.HeightOf(CrotchRow(front, midline));
        f["armpit"] = front.HeightOf(ArmpitRow(front, midline));
        f["acromion"] = (Acromion(front, PosePoint.LeftShoulder) + Acromion(front, PosePoint.RightShoulder)) / 2;
        f["shoulderLandmarks"] = Vector2.Distance(front.Point(PosePoint.LeftShoulder), front.Point(PosePoint.RightShoulder)) * scale;
        f["shoulderOuter"] = Width(front.SpanAt(front.RowAt(f["acromion"] - 3), midline)) * scale;
        f["armpitOuter"] = Width(front.SpanAt(front.RowAt(f["armpit"] + 1.5), midline)) * scale;
        f["hipLandmark"] = front.HeightOf((front.Point(PosePoint.LeftHip).Y + front.Point(PosePoint.RightHip).Y) / 2);
        f["kneeLandmark"] = front.HeightOf((front.Point(PosePoint.LeftKnee).Y + front.Point(PosePoint.RightKnee).Y) / 2);
        f["ankleLandmark"] = front.HeightOf((front.Point(PosePoint.LeftAnkle).Y + front.Point(PosePoint.RightAnkle).Y) / 2);
        (f["neckWidth"], f["neckHeight"]) = Narrowest(front, f["acromion"] + 1.5, priors.HeightCm * 0.875, row => Width(front.SpanAt(row, midline)));
        var sideMidline = Midline(side);
        (f["neckDepth"], _) = Narrowest(side, f["acromion"] + 1.5, priors.HeightCm * 0.875, row => Width(side.SpanAt(row, sideMidline)));
        Arms(front, f, priors.HeightCm);
        return f;
    }

    /// <summary>The anchors with the widths and depths at each level's predicted height.</summary>
    public static Dictionary<string, double> AtLevels(PhotoView front, PhotoView side, Dictionary<string, double> anchors, IReadOnlyDictionary<string, double> levelHeights)
    {
        var f = new Dictionary<string, double>(anchors);
        var midline = Midline(front);
        var sideMidline = Midline(side);
        foreach (var level in TorsoLevels)
        {
            var height = levelHeights[level];
            var width = Average(front, height, row => Width(front.SpanAt(row, midline)));
            var depth = Average(side, height, row => Width(side.SpanAt(row, sideMidline)));
            f[$"{level}Width"] = width;
            f[$"{level}Depth"] = depth;
            f[$"{level}Ellipse"] = Ellipse(width, depth);
        }
        foreach (var level in LegLevels)
        {
            var height = levelHeights[level];
            var width = (Average(front, height, row => LegWidth(front, row, left: true, midline)) + Average(front, height, row => LegWidth(front, row, left: false, midline))) / 2;
            var depth = Average(side, height, row => Width(LegSpan(side, row, left: true)));
            f[$"{level}Width"] = width;
            f[$"{level}Depth"] = depth;
            f[$"{level}Ellipse"] = Ellipse(width, depth);
        }
        foreach (var (name, heights) in new[] { ("Chest", 4.0), ("Hip", 4.0) })
            f[$"{name}Fullest"] = Extreme(front, side, levelHeights[name], heights, midline, sideMidline, Math.Max);
        f["WaistNarrowest"] = Extreme(front, side, levelHeights["Waist"], 4, midline, sideMidline, Math.Min);
        return f;
    }

    public static double Ellipse(double width, double depth)
    {
        var (a, b) = (width / 2, depth / 2);
        return Math.PI * (3 * (a + b) - Math.Sqrt((3 * a + b) * (a + 3 * b)));
    }

    private static double Extreme(PhotoView front, PhotoView side, double height, double within, float midline, float sideMidline, Func<double, double, double> pick)
    {
        double? best = null;
        for (var h = height - within; h <= height + within; h += 0.5)
        {
            var e = Ellipse(Width(front.SpanAt(front.RowAt(h), midline)) * front.CentimetresPerPixel, Width(side.SpanAt(side.RowAt(h), sideMidline)) * side.CentimetresPerPixel);
            best = best is { } b ? pick(b, e) : e;
        }
        return best ?? 0;
    }

    private static void Arms(PhotoView front, Dictionary<string, double> f, double heightCm)
    {
        double upperArm = double.MaxValue, wrist = 0, length = 0, reach = 0;
        foreach (var (shoulderPoint, elbowPoint, wristPoint) in new[]
        {
            (PosePoint.LeftShoulder, PosePoint.LeftElbow, PosePoint.LeftWrist),
            (PosePoint.RightShoulder, PosePoint.RightElbow, PosePoint.RightWrist),
        })
        {
            var (shoulder, elbow, hand) = (front.Point(shoulderPoint), front.Point(elbowPoint), front.Point(wristPoint));
            var upper = Vector2.Normalize(elbow - shoulder);
            // The arm's inner side can run into the body in the mask: take its edge from the photo, as far in as the outer one.
            // Read at three places along the arm (the middle one of them), and keep the narrower arm: an arm that
            // touches the body, or a fold of clothing, reads wider, hardly ever narrower.
            var widths = new[] { 0.4f, 0.5f, 0.6f }.Select(t =>
            {
                var at = Vector2.Lerp(shoulder, elbow, t);
                var outward = Perpendicular(upper) * MathF.Sign(Vector2.Dot(Perpendicular(upper), new Vector2(at.X - Midline(front), 0)));
                var outer = front.Silhouette.Reach(at, outward);
                return outer + front.Silhouette.EdgeNear(at, -outward, outer);
            }).Order().ToArray();
            upperArm = Math.Min(upperArm, widths[1]);
            var forearm = Vector2.Normalize(hand - elbow);
            var narrowest = double.MaxValue;
            for (var t = 0.7f; t <= 1.0f; t += 0.03f)
                narrowest = Math.Min(narrowest, front.Silhouette.Span(Vector2.Lerp(elbow, hand, t), Perpendicular(forearm)));
            wrist += narrowest;
            length += Vector2.Distance(shoulder, elbow) + Vector2.Distance(elbow, hand);
            reach += Vector2.Distance(shoulder, hand) + front.Silhouette.Reach(hand, forearm);
        }
        var scale = front.CentimetresPerPixel / 2;
        // Widths no adult arm has (3% to 10% of the height covers them) are misreadings, such as an arm held along the
        // body: kept within those bounds, one such photo can neither tilt the fitted model nor run a prediction away.
        f["upperArmWidth"] = Math.Clamp(upperArm * front.CentimetresPerPixel, 0.03 * heightCm, 0.1 * heightCm);
        (f["wristWidth"], f["armLandmarks"], f["armReach"]) = (wrist * scale, length * scale, reach * scale);
    }

    private static Vector2 Perpendicular(Vector2 v) => new(-v.Y, v.X);

    /// <summary>Where the legs meet: going up from the knees, the first rows where the body's midline is no longer background.</summary>
    public static double CrotchRow(PhotoView view) => CrotchRow(view, Midline(view));

    /// <summary>
    /// The ankles' row: going down each leg from mid-shin, the row where the foot starts to widen it (sharper than
    /// the narrowest row, which a smooth shin leaves vague). Ankles sit in the body's plane, so unlike the toes they
    /// show no perspective drop.
    /// </summary>
    public static double AnkleRow(PhotoView view)
    {
        var rows = new List<double>();
        foreach (var left in new[] { true, false })
        {
            var knee = view.Point(left ? PosePoint.LeftKnee : PosePoint.RightKnee).Y;
            var ankle = view.Point(left ? PosePoint.LeftAnkle : PosePoint.RightAnkle).Y;
            var (narrowest, at) = (double.MaxValue, (double)ankle);
            for (var row = (int)(knee + 0.5 * (ankle - knee)); row < view.BottomRow; row++)
            {
                var width = Width(LegSpan(view, row, left));
                if (width <= 0)
                    continue;
                narrowest = Math.Min(narrowest, width);
                if (width > 1.15 * narrowest)
                {
                    at = row;
                    break;
                }
            }
            rows.Add(at);
        }
        return rows.Average();
    }

    private static double CrotchRow(PhotoView view, float midline)
    {
        var knee = (int)((view.Point(PosePoint.LeftKnee).Y + view.Point(PosePoint.RightKnee).Y) / 2);
        var hip = (int)((view.Point(PosePoint.LeftHip).Y + view.Point(PosePoint.RightHip).Y) / 2);
        var covered = 0;
        for (var row = knee; row > hip - (knee - hip) / 2; row--)
        {
            var span = view.SpanAt(row, midline);
            covered = span is { } s && s.Left <= midline && s.Right >= midline ? covered + 1 : 0;
            if (covered == 3)
                return row + 2.5;
        }
        return hip;
    }

    /// <summary>Where the arms leave the body: going up from the chest, the first rows where the body's span reaches an arm.</summary>
    private static double ArmpitRow(PhotoView view, float midline)
    {
        var shoulder = (view.Point(PosePoint.LeftShoulder).Y + view.Point(PosePoint.RightShoulder).Y) / 2;
        var hip = (view.Point(PosePoint.LeftHip).Y + view.Point(PosePoint.RightHip).Y) / 2;
        var merged = 0;
        for (var row = (int)(shoulder + 0.45 * (hip - shoulder)); row > shoulder - 20; row--)
        {
            var spans = view.Silhouette.RowSpans(row, view.SplitGaps);
            var body = view.SpanAt(row, midline);
            // Arms are the spans beside the body's; once there are none left of it and none right of it, both have joined.
            var separate = body is { } b && spans.Any(s => s.Right < b.Left) && spans.Any(s => s.Left > b.Right);
            merged = separate ? 0 : merged + 1;
            if (merged == 3)
                return row + 2.5;
        }
        return shoulder;
    }

    private static double Acromion(PhotoView view, PosePoint shoulder)
    {
        var point = view.Point(shoulder);
        return view.HeightOf(point.Y - view.Silhouette.Reach(point, -Vector2.UnitY));
    }

    private static (double Value, double Height) Narrowest(PhotoView view, double from, double to, Func<int, double> widthAt)
    {
        var (best, at) = (double.MaxValue, from);
        for (var h = from; h <= to; h += 0.25)
        {
            var width = widthAt(view.RowAt(h));
            if (width > 0 && width < best)
                (best, at) = (width, h);
        }
        return (best == double.MaxValue ? 0 : best * view.CentimetresPerPixel, at);
    }

    /// <summary>The mean of a width over the rows within a centimetre of a height, in centimetres.</summary>
    private static double Average(PhotoView view, double height, Func<int, double> widthAt)
    {
        var (first, last) = (view.RowAt(height + 1), view.RowAt(height - 1));
        var values = Enumerable.Range(first, Math.Max(1, last - first + 1)).Select(widthAt).Where(w => w > 0).ToArray();
        return values.Length == 0 ? 0 : values.Average() * view.CentimetresPerPixel;
    }

    private static double Width((double Left, double Right)? span) => span is { } s ? s.Right - s.Left : 0;

    /// <summary>The body's centre line in a photo: between the shoulders and hips.</summary>
    private static float Midline(PhotoView view) =>
        (view.Point(PosePoint.LeftShoulder).X + view.Point(PosePoint.RightShoulder).X + view.Point(PosePoint.LeftHip).X + view.Point(PosePoint.RightHip).X) / 4;

    /// <summary>A leg's width on a row; where the mask joins the thighs across the midline, half the joined span.</summary>
    private static double LegWidth(PhotoView view, int row, bool left, float midline) =>
        LegSpan(view, row, left) is { } span && span.Left < midline && span.Right > midline ? (span.Right - span.Left) / 2 : Width(LegSpan(view, row, left));

    /// <summary>A leg's span on a row: the span nearest the leg's line through its hip, knee and ankle landmarks.</summary>
    private static (double Left, double Right)? LegSpan(PhotoView view, int row, bool left)
    {
        var (hip, knee, ankle) = left
            ? (view.Point(PosePoint.LeftHip), view.Point(PosePoint.LeftKnee), view.Point(PosePoint.LeftAnkle))
            : (view.Point(PosePoint.RightHip), view.Point(PosePoint.RightKnee), view.Point(PosePoint.RightAnkle));
        var x = row < knee.Y
            ? float.Lerp(hip.X, knee.X, Math.Clamp((row - hip.Y) / (knee.Y - hip.Y), 0, 1))
            : float.Lerp(knee.X, ankle.X, Math.Clamp((row - knee.Y) / (ankle.Y - knee.Y), 0, 1));
        return view.SpanAt(row, x);
    }
}
