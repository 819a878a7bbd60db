namespace FashionWallet.Catalog;

/// <summary>The price-range facet: half-open bands [From, To) in the catalog's currency.</summary>
public static class PriceBands
{
    public static IReadOnlyList<PriceBand> All { get; } =
    [
        new(0, "under-5", 0, 5),
        new(1, "5-15", 5, 15),
        new(2, "15-30", 15, 30),
        new(3, "30-60", 30, 60),
        new(4, "60-120", 60, 120),
        new(5, "120-plus", 120, null),
    ];

    public static short For(decimal price) => All.Last(b => price >= b.From).Number;

    public static PriceBand? Find(string key) => All.FirstOrDefault(b => b.Key == key);
}

public sealed record PriceBand(short Number, string Key, decimal From, decimal? To);
