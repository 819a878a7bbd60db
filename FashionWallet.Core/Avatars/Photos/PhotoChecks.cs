using System.Numerics;
using FashionWallet.Imaging;

namespace FashionWallet.Avatars.Photos;

/// <summary>
/// What makes a photo unusable, found as early as possible, each with a message that says what to do differently.
/// The thresholds are generous: a photo that passes can still be measured, if less surely.
/// </summary>
public static class PhotoChecks
{
    /// <summary>Mean brightness (0-255) below which edges drown in noise.</summary>
    public const double MinimumLuminance = 45;

    /// <summary>The person's share of the photo's height below which edges blur into a few pixels a centimetre.</summary>
    public const double MinimumPersonHeight = 0.3;

    public static void Lighting(RgbImage photo, string view)
    {
        if (photo.MeanLuminance() < MinimumLuminance)
            throw new PhotoRejectedException(PhotoRejections.TooDark, view, $"The {view} photo is too dark: turn on more lights or face a window, and take it again.");
    }

    /// <summary>Everyone the segmentation found: nobody, or a second person nearly as large as the first.</summary>
    public static void People(PersonMask everyone, string view)
    {
        var sizes = MaskComponents.Find(everyone).Sizes;
        var minimum = 0.01 * everyone.Width * everyone.Height;
        if (sizes.Count == 0 || sizes[0] < minimum)
            throw NoPerson(view);
        if (sizes.Count > 1 && sizes[1] >= minimum && sizes[1] >= 0.25 * sizes[0])
            throw new PhotoRejectedException(PhotoRejections.TwoPeople, view, $"There is more than one person in the {view} photo: only the person being measured should be in the picture.");
    }

    public static PhotoRejectedException NoPerson(string view) =>
        new(PhotoRejections.NoPerson, view, $"No person found in the {view} photo: stand fully in the frame, head to feet, against a plain background.");

    /// <summary>The whole person in the frame, close enough, and turned the right way for the view.</summary>
    public static void Framing(PhotoSilhouette person, IReadOnlyList<PoseLandmark> landmarks, string view)
    {
        if (person.IsEmpty)
            throw NoPerson(view);
        var head = new[] { PosePoint.Nose, PosePoint.LeftEye, PosePoint.RightEye }.Select(landmarks.At);
        if (person.Top <= 2 || head.Any(l => l.Y < 0 || l.Visibility < 0.3))
            throw new PhotoRejectedException(PhotoRejections.HeadNotVisible, view, $"The top of the head is cut off in the {view} photo: step back or tilt the phone so there is space above the head.");
        var feet = new[] { PosePoint.LeftAnkle, PosePoint.RightAnkle, PosePoint.LeftHeel, PosePoint.RightHeel }.Select(landmarks.At);
        if (person.Bottom >= person.Height - 3 || feet.Any(l => l.Y > person.Height) || feet.Max(l => l.Visibility) < 0.3)
            throw new PhotoRejectedException(PhotoRejections.FeetNotVisible, view, $"The feet are not visible in the {view} photo: step back or tilt the phone so both feet are in the picture.");
        var height = person.Bottom - person.Top;
        if (height < MinimumPersonHeight * person.Height)
            throw new PhotoRejectedException(PhotoRejections.TooFar, view, $"You are too far away in the {view} photo: come closer until you fill most of the picture's height.");
        // Only the shoulders' spread: which one is left the model cannot always tell from the front or the back.
        var shoulders = Math.Abs(landmarks.At(PosePoint.LeftShoulder).X - landmarks.At(PosePoint.RightShoulder).X) / height;
        if (view == "front" && shoulders < 0.12)
            throw new PhotoRejectedException(PhotoRejections.NotFacingCamera, view, "In the front photo, face the camera squarely, arms a little away from the body.");
        if (view == "side" && shoulders > 0.08)
            throw new PhotoRejectedException(PhotoRejections.NotSideways, view, "In the side photo, turn a quarter turn so the camera sees your side, arms down.");
    }

    /// <summary>
    /// From the front, the arms must stand off the body between the armpits and the hips, or the body's width cannot
    /// be read: on most of those rows the photo must show background on both sides of the body.
    /// </summary>
    public static void ArmsAway(PhotoSilhouette person, IReadOnlyList<PoseLandmark> landmarks)
    {
        var shoulder = (landmarks.At(PosePoint.LeftShoulder).Y + landmarks.At(PosePoint.RightShoulder).Y) / 2;
        var hip = (landmarks.At(PosePoint.LeftHip).Y + landmarks.At(PosePoint.RightHip).Y) / 2;
        var midline = (float)((landmarks.At(PosePoint.LeftShoulder).X + landmarks.At(PosePoint.RightShoulder).X + landmarks.At(PosePoint.LeftHip).X + landmarks.At(PosePoint.RightHip).X) / 4);
        int rows = 0, apart = 0;
        for (var row = (int)(shoulder + 0.35 * (hip - shoulder)); row <= (int)(shoulder + 0.8 * (hip - shoulder)); row += 2)
        {
            var spans = person.RowSpans(row);
            var body = spans.Where(s => s.Left <= midline && s.Right >= midline).Cast<(double Left, double Right)?>().FirstOrDefault();
            rows++;
            if (body is { } b && spans.Any(s => s.Right < b.Left) && spans.Any(s => s.Left > b.Right))
                apart++;
        }
        if (rows == 0 || apart < 0.5 * rows)
            throw new PhotoRejectedException(PhotoRejections.ArmsTooClose, "front", "The arms are too close to the body in the front photo: hold them a little away from your sides, so there is a gap between arm and body.");
    }

    /// <summary>The skin's colour (hex): the median of the cheeks and forearms within the person, where clothes rarely are.</summary>
    public static string SkinTone(PhotoSilhouette person, IReadOnlyList<PoseLandmark> landmarks)
    {
        Vector2 P(PosePoint p) => new((float)landmarks.At(p).X, (float)landmarks.At(p).Y);
        var eyes = Vector2.Distance(P(PosePoint.LeftEye), P(PosePoint.RightEye));
        var nose = P(PosePoint.Nose);
        Vector2[] centres =
        [
            Vector2.Lerp(nose, P(PosePoint.LeftEar), 0.45f), Vector2.Lerp(nose, P(PosePoint.RightEar), 0.45f),
            Vector2.Lerp(P(PosePoint.LeftElbow), P(PosePoint.LeftWrist), 0.5f), Vector2.Lerp(P(PosePoint.RightElbow), P(PosePoint.RightWrist), 0.5f),
        ];
        var radius = Math.Max(2, (int)(0.15 * eyes));
        var samples = new List<(byte R, byte G, byte B)>();
        foreach (var c in centres)
        {
            for (var dy = -radius; dy <= radius; dy++)
            {
                for (var dx = -radius; dx <= radius; dx++)
                {
                    var (x, y) = ((int)c.X + dx, (int)c.Y + dy);
                    if (person.Contains(x, y))
                        samples.Add(person.Image[x, y]);
                }
            }
        }
        if (samples.Count == 0)
            return "#c68863";
        byte Median(Func<(byte R, byte G, byte B), byte> channel) => samples.Select(channel).Order().ElementAt(samples.Count / 2);
        return $"#{Median(s => s.R):x2}{Median(s => s.G):x2}{Median(s => s.B):x2}";
    }
}
