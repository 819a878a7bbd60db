namespace FashionWallet.Catalog;

/// <summary>Named colours as mills and trim suppliers name them, grouped into the ranges a product range would offer.</summary>
internal static class SeedColours
{
    public static IReadOnlyList<Colourway> Neutrals { get; } =
    [
        new("Optic White", "#FAFAF7"), new("Ecru", "#F3EBDD"), new("Crème", "#F5EBD7"), new("Ivory", "#FBF6E9"),
        new("Chalk", "#EEEAE0"), new("Stone", "#C9BFAE"), new("Sand", "#D8C3A5"), new("Camel", "#C19A6B"),
        new("Tobacco", "#7B4B2A"), new("Chocolate", "#4E3020"), new("Dove Grey", "#B8B8B4"), new("Slate Grey", "#6D7378"),
        new("Charcoal", "#3A3B3C"), new("Black", "#111111"),
    ];

    public static IReadOnlyList<Colourway> Blues { get; } =
    [
        new("Navy", "#1F2A44"), new("Indigo", "#2E3A6B"), new("French Blue", "#4A74B5"), new("Sky", "#9CC3E6"),
        new("Cobalt", "#1F4FBF"), new("Denim Blue", "#3B5B8C"), new("Teal", "#1F6F78"), new("Turquoise", "#2BB3B1"),
    ];

    public static IReadOnlyList<Colourway> Greens { get; } =
    [
        new("Bottle Green", "#1E4D2B"), new("Forest", "#234F32"), new("Olive", "#6B6B2E"), new("Sage", "#9CAF88"),
        new("Mint", "#BFE3C6"), new("Khaki", "#B0A27A"),
    ];

    public static IReadOnlyList<Colourway> Warms { get; } =
    [
        new("Mustard", "#D4A017"), new("Saffron", "#F4A300"), new("Lemon", "#F3E26B"), new("Terracotta", "#C4622D"),
        new("Rust", "#A0432A"), new("Coral", "#F07C62"), new("Peach", "#F6C1A0"), new("Tomato Red", "#D2352E"),
        new("Scarlet", "#C1121F"), new("Burgundy", "#6D1A2C"),
    ];

    public static IReadOnlyList<Colourway> Pinks { get; } =
    [
        new("Blush", "#F2C9C4"), new("Dusty Rose", "#D4A5A5"), new("Raspberry", "#B3265E"), new("Fuchsia", "#D1338B"),
        new("Lilac", "#C3A6D8"), new("Lavender", "#B9A7D9"), new("Plum", "#6A2C5A"), new("Aubergine", "#4B2142"),
    ];

    public static IReadOnlyList<Colourway> Metals { get; } =
    [
        new("Antique Brass", "#8C7443"), new("Gunmetal", "#53565A"), new("Silver", "#C0C0C0"), new("Gold", "#C9A227"),
    ];

    public static IReadOnlyList<Colourway> All { get; } = [.. Neutrals, .. Blues, .. Greens, .. Warms, .. Pinks];

    /// <summary>The named range, or every colour for "all".</summary>
    public static IReadOnlyList<Colourway> Range(string name) => name switch
    {
        "neutral" => Neutrals,
        "blue" => Blues,
        "green" => Greens,
        "warm" => Warms,
        "pink" => Pinks,
        "metal" => Metals,
        _ => All,
    };

    /// <summary><paramref name="count"/> distinct colours: the first from <paramref name="range"/>, the rest mostly from it too.</summary>
    public static IReadOnlyList<Colourway> Pick(Random random, string range, int count)
    {
        var primary = Range(range);
        var picked = new List<Colourway> { primary[random.Next(primary.Count)] };
        while (picked.Count < count)
        {
            var source = random.NextDouble() < 0.7 ? primary : All;
            var next = source[random.Next(source.Count)];
            if (!picked.Contains(next))
                picked.Add(next);
        }
        return picked;
    }
}
