using System.Numerics;

namespace FashionWallet.Designs.Garments;

/// <summary>
/// The girth a garment aims at down its length: the body's section plus the ease (interpolated between bust, waist
/// and hip) above the flare's start; below it, a straight line in girth from there to the hem's circumference
/// (an A-line is a cone). Never closer to the body than the clearance.
/// </summary>
internal sealed class GarmentDraft(GarmentSpec spec, BodyLandmarks landmarks, float clearance)
{
    public float Clearance => clearance;

    /// <summary>The hem's circumference for this wearer: drafted for the reference hip, graded with theirs.</summary>
    public float HemGirth(double bodyHipCm) => (float)(spec.HemWidthCm * bodyHipCm / GarmentSpec.ReferenceHipCm) / 100;

    /// <summary>Ease in metres at a height on the torso.</summary>
    public float EaseAt(float y)
    {
        var (bust, waist, hip) = (landmarks.Height(Landmark.Bust), landmarks.Height(Landmark.Waist), landmarks.Height(Landmark.Hip));
        var e = spec.Ease;
        var cm = y >= bust ? e.BustCm
            : y >= waist ? double.Lerp(e.WaistCm, e.BustCm, (y - waist) / (bust - waist))
            : y >= hip ? double.Lerp(e.HipCm, e.WaistCm, (y - hip) / (waist - hip))
            : e.HipCm;
        return (float)cm / 100;
    }

    /// <summary>How far out from the section's hull the ring goes so its girth is the section's plus the ease.</summary>
    public float EasedDistance(float y) => MathF.Max(clearance, EaseAt(y) / (2 * MathF.PI));

    /// <summary>How far out from a section of girth <paramref name="sectionGirth"/> a ring of <paramref name="targetGirth"/> goes.</summary>
    public float DistanceFor(float targetGirth, float sectionGirth) => MathF.Max(clearance, (targetGirth - sectionGirth) / (2 * MathF.PI));

    /// <summary>Heights from <paramref name="top"/> down to <paramref name="bottom"/> (both included): finer above <paramref name="fineAbove"/>, where the shoulders curve.</summary>
    public static List<float> Heights(float top, float bottom, float fineAbove, float fine = 0.01f, float coarse = 0.025f)
    {
        var heights = new List<float> { top };
        var y = top;
        while (true)
        {
            y -= y > fineAbove ? fine : coarse;
            if (y <= bottom + 0.3f * coarse)
                break;
            heights.Add(y);
        }
        heights.Add(bottom);
        return heights;
    }

    public static Vector3 Horizontal(float angle) => new(MathF.Cos(angle), 0, MathF.Sin(angle));
}
