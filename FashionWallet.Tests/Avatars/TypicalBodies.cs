using FashionWallet.Avatars.Bodies;
using FashionWallet.Avatars.Measurements;

namespace FashionWallet.Tests.Avatars;

/// <summary>Bodies several test classes look at, generated once per test run.</summary>
internal static class TypicalBodies
{
    public static readonly BodyMeasurements Woman = BodyMeasurements.Typical(165, Sex.Female);

    private static readonly Dictionary<BodyLevelOfDetail, Lazy<BodyModel>> Women = Enum.GetValues<BodyLevelOfDetail>()
        .ToDictionary(lod => lod, lod => new Lazy<BodyModel>(() => ParametricBody.Generate(Woman, lod)));

    public static BodyModel WomanAt(BodyLevelOfDetail levelOfDetail) => Women[levelOfDetail].Value;
}
