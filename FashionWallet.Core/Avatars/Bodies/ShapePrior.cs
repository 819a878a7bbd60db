using FashionWallet.Avatars.Measurements;

namespace FashionWallet.Avatars.Bodies;

/// <summary>
/// What the measurements leave open, by sex: where the torso stations sit between crotch, waist and neck base, and
/// each section's width-to-depth aspect and share of depth in front (ANSUR II breadths and depths: women's bust
/// 27.7 x 24.5 cm, hips 36.8 x 24.5 cm; men's chest 32.6 x 25.5 cm, hips 35 x 25 cm). The unspecified prior is the mean.
/// </summary>
internal sealed record ShapePrior(
    float HipFraction,
    float HighHipFraction,
    float UnderbustFraction,
    float ChestFraction,
    (float Aspect, float FrontShare) Chest,
    (float Aspect, float FrontShare) Underbust,
    (float Aspect, float FrontShare) Waist,
    (float Aspect, float FrontShare) HighHip,
    (float Aspect, float FrontShare) Hip)
{
    private static readonly ShapePrior Female = new(0.30f, 0.62f, 0.21f, 0.39f, (1.12f, 0.60f), (1.25f, 0.52f), (1.38f, 0.50f), (1.42f, 0.45f), (1.48f, 0.40f));
    private static readonly ShapePrior Male = new(0.22f, 0.58f, 0.24f, 0.45f, (1.33f, 0.52f), (1.35f, 0.50f), (1.32f, 0.52f), (1.36f, 0.48f), (1.38f, 0.42f));

    public static ShapePrior For(Sex sex) => sex switch
    {
        Sex.Female => Female,
        Sex.Male => Male,
        _ => Mean(Female, Male),
    };

    private static ShapePrior Mean(ShapePrior a, ShapePrior b)
    {
        static float M(float x, float y) => (x + y) / 2;
        static (float, float) P((float A, float F) x, (float A, float F) y) => (M(x.A, y.A), M(x.F, y.F));
        return new(M(a.HipFraction, b.HipFraction), M(a.HighHipFraction, b.HighHipFraction), M(a.UnderbustFraction, b.UnderbustFraction),
            M(a.ChestFraction, b.ChestFraction), P(a.Chest, b.Chest), P(a.Underbust, b.Underbust), P(a.Waist, b.Waist), P(a.HighHip, b.HighHip), P(a.Hip, b.Hip));
    }
}
