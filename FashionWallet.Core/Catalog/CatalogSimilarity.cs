namespace FashionWallet.Catalog;

/// <summary>The similarity inputs of one stored item.</summary>
public sealed record SimilarityProfile(Guid Id, string Kind, string Category, float[] Palette, float[] FeatureVector);

/// <summary>
/// The "more like this" distance between two items (0 = identical). It adds:
/// <list type="bullet">
/// <item>1.5 when the kinds differ. The other terms add up to at most 1, so items of the same kind always come first:
/// someone looking at a fabric wants fabrics.</item>
/// <item>0.2 when the categories differ (a jersey is closer to a jersey than to a suiting).</item>
/// <item>0.5 x the palette distance: a symmetric, coverage-weighted chamfer distance in CIELAB. For each colour of one
/// palette take the CIE76 difference to the nearest colour of the other, weight it by the colour's coverage, sum, and
/// average both directions. Nearest-colour matching tolerates palettes of different sizes and orders; coverage
/// weighting makes the dominant colour count most, as it does to the eye. Divided by 60 (a difference of 60 is, say,
/// navy against mustard) and capped at 1.</item>
/// <item>0.3 x the attribute distance: the Euclidean distance between the feature vectors (each axis in [0, 1],
/// see <see cref="SimilarityFeatures"/>), divided by the square root of their length so it lies in [0, 1].</item>
/// </list>
/// </summary>
public static class CatalogSimilarity
{
    public const double KindWeight = 1.5;
    public const double CategoryWeight = 0.2;
    public const double PaletteWeight = 0.5;
    public const double AttributeWeight = 0.3;
    private const double PaletteScale = 60;

    public static double Distance(SimilarityProfile a, SimilarityProfile b) =>
        (a.Kind == b.Kind ? 0 : KindWeight)
        + (a.Category == b.Category ? 0 : CategoryWeight)
        + (PaletteWeight * Math.Min(1, PaletteDistance(a.Palette, b.Palette) / PaletteScale))
        + (AttributeWeight * AttributeDistance(a.FeatureVector, b.FeatureVector));

    /// <summary>Symmetric coverage-weighted chamfer distance between two flattened (L, a, b, coverage) palettes, in ΔE76.</summary>
    public static double PaletteDistance(float[] a, float[] b) =>
        a.Length < 4 || b.Length < 4 ? PaletteScale : (Directed(a, b) + Directed(b, a)) / 2;

    public static double AttributeDistance(float[] a, float[] b)
    {
        var length = Math.Min(a.Length, b.Length);
        double sum = 0;
        for (var i = 0; i < length; i++)
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        return length == 0 ? 1 : Math.Sqrt(sum / length);
    }

    private static double Directed(float[] from, float[] to)
    {
        double total = 0;
        for (var i = 0; i + 3 < from.Length; i += 4)
        {
            var nearest = double.MaxValue;
            for (var j = 0; j + 3 < to.Length; j += 4)
            {
                var dl = from[i] - to[j];
                var da = from[i + 1] - to[j + 1];
                var db = from[i + 2] - to[j + 2];
                nearest = Math.Min(nearest, Math.Sqrt((dl * dl) + (da * da) + (db * db)));
            }
            total += from[i + 3] * nearest;
        }
        return total;
    }
}
