using System.Text.Json;
using System.Xml.Linq;
using FashionWallet.Catalog;

namespace FashionWallet.Tests.Catalog;

/// <summary>The seed catalog is large, varied, valid, realistic and the same every time; its artwork is safe SVG.</summary>
public sealed class CatalogSeedTests
{
    [Fact]
    public void The_same_seed_gives_the_same_catalog_and_another_seed_another_one()
    {
        string Json(int seed) => JsonSerializer.Serialize(CatalogSeed.Generate(seed));

        Assert.Equal(Json(CatalogSeed.DefaultSeed), Json(CatalogSeed.DefaultSeed));
        Assert.NotEqual(Json(CatalogSeed.DefaultSeed), Json(CatalogSeed.DefaultSeed + 1));
    }

    [Fact]
    public void It_has_at_least_150_valid_items_across_every_kind_with_unique_skus()
    {
        var items = CatalogSeed.Generate();
        var valid = items.Select(i => CatalogValidator.Validate(i)).ToArray();

        Assert.True(items.Count >= 150, $"{items.Count} items");
        Assert.All(valid, v => Assert.True(v.IsValid, string.Join("; ", v.Errors)));
        Assert.Equal(items.Count, items.Select(i => i.Sku).Distinct().Count());
        foreach (var kind in CatalogKind.All)
            Assert.True(items.Count(i => i.Kind == kind) >= 30, $"{kind}: {items.Count(i => i.Kind == kind)}");
        Assert.True(valid.Select(v => v.Item!.Category).Distinct().Count() >= 25);
    }

    [Fact]
    public void Fabrics_read_like_a_mill_listing()
    {
        var poplin = CatalogSeed.Generate().Single(i => i.Sku == "FAB-WASHED-COTTON-POPLIN");
        var attributes = (FabricAttributes)CatalogValidator.Validate(poplin).Item!.Attributes;

        Assert.StartsWith("Washed Cotton Poplin, 120 g/m2, 100% cotton, 148 cm.", poplin.Description);
        Assert.InRange(attributes.PricePerMetre, 7.5m, 10.5m);
        Assert.InRange(attributes.Colourways.Count, 3, 6);
    }

    [Fact]
    public void Every_thumbnail_and_texture_is_well_formed_svg_drawn_from_numbers_and_colours_only()
    {
        foreach (var valid in CatalogSeed.Generate().Select(i => CatalogValidator.Validate(i).Item!))
        {
            var artwork = CatalogArtwork.Draw(valid);
            foreach (var svg in new[] { artwork.ThumbnailSvg, artwork.TextureSvg }.OfType<string>())
            {
                var root = XElement.Parse(svg);
                Assert.Equal("svg", root.Name.LocalName);
                Assert.DoesNotContain(valid.Name, svg);
                Assert.DoesNotContain(root.DescendantsAndSelf(), e => e.Name.LocalName is "script" or "text" or "foreignObject" or "image");
            }
            Assert.InRange(artwork.Palette.Sum(p => p.Coverage), 0.999, 1.001);
            Assert.True(artwork.ThumbnailSvg.Length < 6000, $"{valid.Sku} thumbnail is {artwork.ThumbnailSvg.Length} characters");
        }
    }

    [Fact]
    public void Bulk_variants_are_valid_items()
    {
        var random = new Random(7);
        for (var i = 0; i < 400; i++)
        {
            var variant = CatalogBulkLoader.Variant(random, i).ToValid(CatalogStatus.Published);
            var result = CatalogValidator.Validate(variant.ToInput());
            Assert.True(result.IsValid, $"{variant.Sku}: {string.Join("; ", result.Errors)}");
        }
    }
}
