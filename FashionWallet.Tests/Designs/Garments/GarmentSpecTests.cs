using FashionWallet.Catalog;
using FashionWallet.Designs.Garments;

namespace FashionWallet.Tests.Designs.Garments;

public sealed class GarmentSpecTests
{
    private static IEnumerable<SeedItem> SeedSilhouettes() => CatalogSeed.Items(CatalogSeed.DefaultSeed).Where(i => i.Attributes is SilhouetteAttributes);

    [Fact]
    public void Every_seeded_silhouette_maps_onto_a_generator_and_fits_a_body()
    {
        var body = GarmentBodies.All[3];
        var silhouettes = SeedSilhouettes().ToList();
        Assert.NotEmpty(silhouettes);
        foreach (var item in silhouettes)
        {
            var spec = GarmentSpec.From((SilhouetteAttributes)item.Attributes, item.Category, item.Name);

            var garment = GarmentGenerator.Generate(spec, body);

            Assert.True(garment.TriangleCount > 500, $"{item.Name} ({spec.Kind}): {garment.TriangleCount} triangles");
            Assert.All(GarmentBodies.Vertices(garment), v => Assert.True(body.Field!.Evaluate(v) >= 0.003f, $"{item.Name}: {v} too near the body"));
        }
    }

    [Theory]
    [InlineData("Classic Crew-Neck T-Shirt", GarmentKind.Top)]
    [InlineData("Button-Down Oxford Shirt", GarmentKind.Top)]
    [InlineData("Pencil Skirt", GarmentKind.Skirt)]
    [InlineData("A-Line Midi Skirt", GarmentKind.Skirt)]
    [InlineData("Straight-Leg Jeans", GarmentKind.Trousers)]
    [InlineData("Running Shorts", GarmentKind.Trousers)]
    [InlineData("High-Rise Leggings", GarmentKind.Trousers)]
    [InlineData("Shift Dress", GarmentKind.Dress)]
    [InlineData("Straight Kurta", GarmentKind.Dress)]
    [InlineData("Single-Breasted Blazer", GarmentKind.Jacket)]
    [InlineData("Trench Coat", GarmentKind.Jacket)]
    public void Seeded_silhouettes_take_the_generator_their_type_says(string name, GarmentKind kind)
    {
        var item = SeedSilhouettes().Single(i => i.Name == name);

        Assert.Equal(kind, GarmentSpec.From((SilhouetteAttributes)item.Attributes, item.Category).Kind);
    }

    [Fact]
    public void The_spec_reads_ease_hem_and_sleeve_from_the_silhouette()
    {
        var skirt = (SilhouetteAttributes)SeedSilhouettes().Single(i => i.Name == "A-Line Midi Skirt").Attributes;
        var tee = (SilhouetteAttributes)SeedSilhouettes().Single(i => i.Name == "Classic Crew-Neck T-Shirt").Attributes;

        var skirtSpec = GarmentSpec.From(skirt, "bottoms");
        var teeSpec = GarmentSpec.From(tee, "tops");

        Assert.Equal(new GarmentEase(0, 2, 14), skirtSpec.Ease);
        Assert.Equal(new GarmentLength(Landmark.Calf, -5), skirtSpec.Hem);
        Assert.Null(skirtSpec.Sleeve);
        Assert.Equal(new GarmentLength(Landmark.Hip, 2), teeSpec.Hem);
        Assert.Equal(new GarmentLength(Landmark.Elbow, -12), teeSpec.Sleeve);
    }

    [Fact]
    public void Missing_attributes_take_tolerant_defaults()
    {
        var bare = new SilhouetteAttributes("dress", null!, null!, null!, null!, null!, null!, 0, null!, 1);

        var spec = GarmentSpec.From(bare);

        Assert.Equal(GarmentKind.Dress, spec.Kind);
        Assert.Equal(Landmark.Knee, spec.Hem.To);
        Assert.True(spec.Ease.BustCm > 0 && spec.HemWidthCm > 0);
        Assert.NotNull(GarmentGenerator.Generate(spec, GarmentBodies.All[0]));
    }
}
