namespace FashionWallet.Catalog;

/// <summary>
/// The stored inputs of "more like this". The palette is flattened as (L, a, b, coverage) per colour, largest coverage
/// first, so its first three numbers are the dominant colour. The attribute vector has ten axes, each scaled to [0, 1]
/// so that no unit (grams, currency, percent) outweighs another:
/// 0 weight (fabrics, log-scaled 30 to 600 g/m2), 1 stretch (none to four-way), 2 price (log-scaled to 1000),
/// 3-8 material group shares (plant, animal, regenerated, synthetic, metal, natural hard), 9 hand (fabric drape from
/// stiff to fluid, silhouette fit from slim to oversized).
/// </summary>
public static class SimilarityFeatures
{
    public const int VectorLength = 10;

    public static float[] Palette(IReadOnlyList<PaletteColour> palette) => palette
        .SelectMany(p =>
        {
            var lab = p.Colour.ToLab();
            return new[] { (float)lab.L, (float)lab.A, (float)lab.B, (float)p.Coverage };
        })
        .ToArray();

    public static float[] Vector(CatalogAttributes attributes)
    {
        var vector = new float[VectorLength];
        vector[2] = (float)Math.Clamp(Math.Log10(1 + (double)attributes.Price()) / 3, 0, 1);
        vector[9] = 0.5f;
        switch (attributes)
        {
            case FabricAttributes fabric:
                vector[0] = (float)Math.Clamp((Math.Log(fabric.WeightGsm) - Math.Log(30)) / (Math.Log(600) - Math.Log(30)), 0, 1);
                vector[1] = Ordinal(fabric.Stretch, CatalogVocabulary.Stretches);
                foreach (var fibre in fabric.Composition)
                    vector[3 + (int)CatalogVocabulary.Materials[fibre.Fibre]] += fibre.Percent / 100f;
                vector[9] = Ordinal(fabric.Drape, CatalogVocabulary.Drapes);
                break;
            case ElementAttributes element:
                vector[3 + (int)CatalogVocabulary.Materials[element.Material]] = 1;
                break;
            case SilhouetteAttributes silhouette:
                vector[9] = Ordinal(silhouette.Fit, ["slim", "tailored", "regular", "relaxed", "oversized"]);
                break;
        }
        return vector;
    }

    private static float Ordinal(string value, IReadOnlyList<string> scale) => scale.Count < 2 ? 0 : Math.Max(0, scale.IndexOf(value)) / (float)(scale.Count - 1);

    private static int IndexOf(this IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
            if (list[i] == value)
                return i;
        return -1;
    }
}
