using Npgsql;

namespace FashionWallet.Catalog;

/// <summary>
/// Fills a database with a large generated catalog for load tests: variants of the seed items (a qualifier on the
/// name, weights and prices varied by up to 15%, fresh colourways), 95% published, created over three years. Rows go
/// in by binary COPY with the same columns the store writes; the versions table is left empty (no history to show).
/// </summary>
public static class CatalogBulkLoader
{
    private static readonly string[] FabricQualifiers = ["Organic", "Recycled", "Brushed", "Peached", "Sandwashed", "Enzyme-Washed", "Mercerised", "Garment-Dyed", "Heavyweight", "Lightweight", "Yarn-Dyed", "Slub", "Italian", "Japanese", "Portuguese", "Belgian", "Irish", "Certified", "Premium", "Vintage"];
    private static readonly string[] SilhouetteQualifiers = ["Cropped", "Longline", "Essential", "Utility", "Vintage", "Minimal", "Heritage", "Everyday", "Relaxed", "Structured", "Soft", "Modern", "Classic", "Boxy", "Petite", "Tall", "Maternity", "Unisex", "Resort", "Workwear"];
    private static readonly string[] PrintQualifiers = ["Midnight", "Sunlit", "Faded", "Bold", "Mini", "Giant", "Hand-Drawn", "Retro", "Tonal", "Neon", "Pastel", "Dusk", "Ombre", "Washed", "Archive", "Painted", "Inky", "Sketched", "Summer", "Winter"];
    private static readonly string[] ElementQualifiers = ["Matte", "Polished", "Antique", "Recycled", "Heavy-Duty", "Mini", "Oversized", "Brushed", "Engraved", "Tonal", "Contrast", "Vintage", "Premium", "Eco", "Lightweight", "Reinforced", "Slim", "Wide", "Classic", "Signature"];

    public static async Task<int> LoadAsync(NpgsqlDataSource dataSource, int count, int seed = 7, CancellationToken cancellationToken = default)
    {
        var random = new Random(seed);
        var start = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var importer = await connection.BeginBinaryImportAsync(CatalogRow.CopySql, cancellationToken))
        {
            for (var i = 0; i < count; i++)
            {
                var item = Variant(random, i).ToValid(random.NextDouble() < 0.95 ? CatalogStatus.Published : CatalogStatus.Draft);
                var created = start.AddMinutes(random.Next(0, 3 * 365 * 24 * 60));
                var row = new CatalogRow(Guid.CreateVersion7(created), item, CatalogDerived.From(item), 1, created, created,
                    item.Status == CatalogStatus.Published ? created : null, null, null);
                await row.WriteAsync(importer, cancellationToken);
            }
            await importer.CompleteAsync(cancellationToken);
        }
        await using var analyze = new NpgsqlCommand("analyze catalog_items; analyze catalog_words", connection);
        await analyze.ExecuteNonQueryAsync(cancellationToken);
        return count;
    }

    /// <summary>The <paramref name="index"/>th generated item: kinds in the seed's proportions, each a variant of a seed spec.</summary>
    internal static SeedItem Variant(Random random, int index)
    {
        const double jitter = 0.15;
        var suffix = index.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
        switch (random.Next(10))
        {
            case < 4:
            {
                var spec = SeedFabrics.All[random.Next(SeedFabrics.All.Count)];
                var name = $"{Pick(random, FabricQualifiers)} {spec.Name}";
                return SeedItems.Fabric(spec, random, SeedItem.SkuFor("BF", name, suffix), name, jitter);
            }
            case < 6:
            {
                var spec = SeedSilhouettes.All[random.Next(SeedSilhouettes.All.Count)];
                var name = $"{Pick(random, SilhouetteQualifiers)} {spec.Name}";
                return SeedItems.Silhouette(spec, random, SeedItem.SkuFor("BS", name, suffix), name, jitter);
            }
            case < 8:
            {
                var spec = SeedPrints.All[random.Next(SeedPrints.All.Count)];
                var name = $"{Pick(random, PrintQualifiers)} {spec.Name}";
                return SeedItems.Print(spec, random, SeedItem.SkuFor("BP", name, suffix), name, jitter);
            }
            default:
            {
                var spec = SeedElements.All[random.Next(SeedElements.All.Count)];
                var name = $"{Pick(random, ElementQualifiers)} {spec.Name}";
                return SeedItems.Element(spec, random, SeedItem.SkuFor("BE", name, suffix), name, jitter);
            }
        }
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
