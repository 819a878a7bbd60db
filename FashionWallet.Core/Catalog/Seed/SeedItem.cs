using System.Globalization;
using System.Text;

namespace FashionWallet.Catalog;

/// <summary>A generated item before it becomes an import row (the seed) or a COPY row (the bulk loader).</summary>
internal sealed record SeedItem(string Sku, string Name, string Description, string Category, IReadOnlyList<string> Tags, CatalogAttributes Attributes)
{
    public CatalogItemInput ToInput(string status) => CatalogItemInput.For(Sku, Name, Description, Category, Tags, Attributes, status);

    public ValidCatalogItem ToValid(string status) => new(Sku, CatalogKind.Of(Attributes), Name, Description, Category, Tags, status, Attributes);

    /// <summary>"Crêpe de Chine" with prefix FAB becomes FAB-CREPE-DE-CHINE (accents dropped, at most 40 characters).</summary>
    public static string SkuFor(string prefix, string name, string? suffix = null)
    {
        var plain = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
                plain.Append(char.ToUpperInvariant(c));
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && plain.Length > 0 && plain[^1] != '-')
                plain.Append('-');
        }
        var tail = suffix is null ? "" : "-" + suffix;
        var body = plain.ToString().Trim('-');
        body = body[..Math.Min(body.Length, 40 - prefix.Length - 1 - tail.Length)].Trim('-');
        return $"{prefix}-{body}{tail}";
    }
}

/// <summary>Turns the seed specs into items, drawing the varying parts (prices within range, colourways) from a seeded random.</summary>
internal static class SeedItems
{
    public static SeedItem Fabric(FabricSpec spec, Random random, string sku, string name, double jitter = 0)
    {
        var composition = spec.Composition.Split('|').Select(part => part.Split(' ')).Select(p => new FibreShare(p[1], int.Parse(p[0], CultureInfo.InvariantCulture))).ToArray();
        var gsm = (int)Math.Round(spec.Gsm * (1 + Jitter(random, jitter)));
        var price = Price(random, spec.PriceFrom, spec.PriceTo, jitter);
        var colourways = SeedColours.Pick(random, spec.Colours, random.Next(3, 7));
        var fabric = new FabricAttributes(composition, gsm, spec.Weave, spec.Stretch, spec.Drape, spec.Opacity, spec.WidthCm, price, spec.Care.Split(' '), colourways);
        var description = $"{name}, {gsm} g/m2, {fabric.CompositionLabel()}, {spec.WidthCm} cm. {spec.Hand}. For {spec.Uses}. " +
            $"In {colourways.Count} colourways: {string.Join(", ", colourways.Select(c => c.Name))}.";
        return new SeedItem(sku, name, description, spec.Category, spec.Tags.Split('|'), fabric);
    }

    public static SeedItem Silhouette(SilhouetteSpec spec, Random random, string sku, string name, double jitter = 0)
    {
        var ease = spec.Ease.Split(' ').Select(v => decimal.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var lengths = spec.Lengths.Split('|').Select(ParseLength).ToArray();
        var silhouette = new SilhouetteAttributes(spec.GarmentType, spec.Fit, spec.Length, spec.Neckline, spec.Sleeve, spec.Closure,
            new Ease(ease[0], ease[1], ease[2]), spec.HemWidthCm, lengths, Price(random, spec.BasePrice * 0.9m, spec.BasePrice * 1.1m, jitter));
        var description = $"{spec.Description} Fit: {spec.Fit}; length: {spec.Length}; ease at bust, waist and hip {ease[0]}/{ease[1]}/{ease[2]} cm; " +
            $"hem {spec.HemWidthCm} cm around. Cut, make and trim from {silhouette.BasePrice.ToString("0.00", CultureInfo.InvariantCulture)}.";
        return new SeedItem(sku, name, description, spec.Category, spec.Tags.Split('|'), silhouette);
    }

    public static SeedItem Print(PrintSpec spec, Random random, string sku, string name, double jitter = 0)
    {
        var colours = SeedColours.Pick(random, spec.Colours, spec.ColourCount);
        var print = new PrintAttributes(spec.RepeatWidthCm, spec.RepeatHeightCm, spec.RepeatType, spec.Technique, colours,
            Price(random, spec.PricePerMetre * 0.9m, spec.PricePerMetre * 1.1m, jitter));
        var description = $"{spec.Description} {spec.RepeatWidthCm} x {spec.RepeatHeightCm} cm {spec.RepeatType} repeat, {spec.Technique} printed; " +
            $"colours {string.Join(", ", colours.Select(c => c.Name))}.";
        return new SeedItem(sku, name, description, spec.Category, spec.Tags.Split('|'), print);
    }

    public static SeedItem Element(ElementSpec spec, Random random, string sku, string name, double jitter = 0)
    {
        var colours = SeedColours.Pick(random, spec.Colours, random.Next(1, 4));
        var element = new ElementAttributes(spec.Style, new ElementSize(spec.WidthMm, spec.HeightMm), spec.Material, colours,
            Price(random, spec.UnitPrice * 0.9m, spec.UnitPrice * 1.1m, jitter),
            new PlacementRules(spec.Zones.Split('|'), spec.MaxPerGarment, spec.SilhouetteCategories.Split('|'), spec.SpacingMm));
        var description = $"{spec.Description} {spec.WidthMm} x {spec.HeightMm} mm, {spec.Material}; in {string.Join(", ", colours.Select(c => c.Name))}. " +
            $"Goes on the {spec.Zones.Replace("|", ", ", StringComparison.Ordinal)}, at most {spec.MaxPerGarment} per garment.";
        return new SeedItem(sku, name, description, spec.Category, spec.Tags.Split('|'), element);
    }

    /// <summary>A length between two landmarks: "body:high-point-shoulder-knee:-5" (landmark names contain hyphens too).</summary>
    private static LandmarkLength ParseLength(string text)
    {
        var parts = text.Split(':');
        var span = parts[1];
        for (var i = span.IndexOf('-'); i > 0; i = span.IndexOf('-', i + 1))
        {
            if (CatalogVocabulary.Landmarks.Contains(span[..i]) && CatalogVocabulary.Landmarks.Contains(span[(i + 1)..]))
                return new LandmarkLength(parts[0], span[..i], span[(i + 1)..], decimal.Parse(parts[2], CultureInfo.InvariantCulture));
        }
        throw new FormatException($"'{span}' is not two landmarks joined by a hyphen.");
    }

    /// <summary>A price in [from, to], varied by up to <paramref name="jitter"/>, rounded to 5 cents.</summary>
    private static decimal Price(Random random, decimal from, decimal to, double jitter)
    {
        var price = ((double)from + (random.NextDouble() * (double)(to - from))) * (1 + Jitter(random, jitter));
        return Math.Max(0.05m, Math.Round((decimal)price * 20, MidpointRounding.AwayFromZero) / 20);
    }

    private static double Jitter(Random random, double amount) => amount == 0 ? 0 : (random.NextDouble() * 2 - 1) * amount;
}
