using System.Numerics;

namespace FashionWallet.Avatars.Photos;

/// <summary>
/// One photo read as a body: its silhouette, its landmarks, and the map from rows to heights above the floor (cm).
/// The top of the head is at the stated height; the scale comes from <see cref="PhotoMeasurer"/>, since the lowest
/// point of the feet lies in front of the body (toes, or the nearer foot) and so shows below the floor under it.
/// </summary>
public sealed class PhotoView
{
    public PhotoView(PhotoSilhouette silhouette, IReadOnlyList<PoseLandmark> landmarks, bool splitGaps)
    {
        Silhouette = silhouette;
        Landmarks = landmarks;
        SplitGaps = splitGaps;
        var top = new Vector2(Middle(silhouette.Top), silhouette.Top + 40);
        TopRow = top.Y - silhouette.Reach(top, -Vector2.UnitY);
        var bottom = new Vector2(Middle(silhouette.Bottom), silhouette.Bottom - 25);
        BottomRow = bottom.Y + silhouette.Reach(bottom, Vector2.UnitY);
        FloorRow = BottomRow;
        CentimetresPerPixel = 1;
    }

    private PhotoView(PhotoView view, double heightCm, double centimetresPerPixel)
    {
        (Silhouette, Landmarks, SplitGaps, TopRow, BottomRow) = (view.Silhouette, view.Landmarks, view.SplitGaps, view.TopRow, view.BottomRow);
        CentimetresPerPixel = centimetresPerPixel;
        FloorRow = TopRow + heightCm / centimetresPerPixel;
    }

    /// <summary>This view with its scale known: the floor under the body lies the stated height below the head's top.</summary>
    public PhotoView Scaled(double heightCm, double centimetresPerPixel) => new(this, heightCm, centimetresPerPixel);

    public PhotoSilhouette Silhouette { get; }

    /// <summary>
    /// Whether a row's runs split where the photo shows background inside them: from the front, legs and arms part from
    /// the body by narrow gaps a mask bridges; from the side, nothing between front and back is background.
    /// </summary>
    public bool SplitGaps { get; }

    public IReadOnlyList<PoseLandmark> Landmarks { get; }

    public double TopRow { get; }

    public double BottomRow { get; }

    public double FloorRow { get; }

    public double CentimetresPerPixel { get; }

    public double PixelHeight => BottomRow - TopRow;

    public double HeightOf(double row) => (FloorRow - row) * CentimetresPerPixel;

    public int RowAt(double heightCm) => (int)Math.Round(FloorRow - heightCm / CentimetresPerPixel);

    public Vector2 Point(PosePoint point) => new((float)Landmarks.At(point).X, (float)Landmarks.At(point).Y);

    public Vector2 Mid(PosePoint a, PosePoint b) => (Point(a) + Point(b)) / 2;

    /// <summary>The span of a row that covers <paramref name="x"/>, or the nearest one, in pixels.</summary>
    public (double Left, double Right)? SpanAt(int row, double x)
    {
        var spans = Silhouette.RowSpans(row, SplitGaps);
        if (spans.Count == 0)
            return null;
        return spans.MinBy(s => x < s.Left ? s.Left - x : x > s.Right ? x - s.Right : 0);
    }

    /// <summary>The widest span of a row, in pixels (0 when the row is empty).</summary>
    public double WidestSpan(int row) => Silhouette.RowSpans(row, SplitGaps).Select(s => s.Right - s.Left).DefaultIfEmpty(0).Max();

    private float Middle(int row)
    {
        var (start, end) = Silhouette.Runs(row).MaxBy(r => r.End - r.Start);
        return (start + end) / 2f;
    }
}
