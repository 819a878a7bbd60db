using System.Numerics;
using FashionWallet.Avatars.Bodies;

namespace FashionWallet.Designs.Garments;

/// <summary>Builds each kind's tubes and cuts them into panels; every tube is cleared of the body before it is cut.</summary>
internal sealed class Tailor(GarmentSpec spec, BodyModel body, BodySurfaces surfaces, BodyLandmarks landmarks, GarmentDraft draft)
{
    private const int TorsoColumns = 64;
    private const int SleeveColumns = 24;
    private const int BridgePoints = 7;
    private const float TorsoReach = 0.45f;
    private const float LegReach = 0.3f;
    private const float SleeveReach = 0.16f;
    private const float SleeveSpacing = 0.02f;
    private const float CollarStand = 0.035f;
    private const float CollarEase = 0.008f;
    /// <summary>A waistband sits on the waist, so skirts and trousers start a little above it.</summary>
    private const float WaistbandRise = 0.02f;

    private static readonly float[] TorsoAngles = BodySection.EvenAngles(TorsoColumns);

    /// <summary>Tops, dresses and jackets: neck to hem, sleeves, a collar.</summary>
    public List<GarmentPiece> Bodice()
    {
        var top = landmarks.Height(Landmark.Nape);
        var hem = MathF.Min(landmarks.HemHeight(spec.Hem), top - 0.15f);
        var neckline = NecklineCut.For(spec.Neckline);
        var tube = TorsoTube(top, hem, flares: true, neckline);
        var pieces = FrontAndBack(tube);
        if (spec.Sleeve is { } sleeve)
        {
            pieces.Add(Sleeve(left: true, landmarks.SleeveLength(sleeve)));
            pieces.Add(Sleeve(left: false, landmarks.SleeveLength(sleeve)));
        }
        if (spec.HasCollar)
            pieces.Add(Collar(top, neckline));
        return pieces;
    }

    public List<GarmentPiece> Skirt()
    {
        var waist = landmarks.Height(Landmark.Waist) + WaistbandRise;
        var hem = MathF.Min(landmarks.HemHeight(spec.Hem), waist - 0.1f);
        return FrontAndBack(TorsoTube(waist, hem, flares: true));
    }

    /// <summary>
    /// A seat from the waist to just below the crotch, then a leg each side. A leg's first ring is the seat's last
    /// ring on its side closed by a bridge across the crotch on the midline, so seat and legs meet without a gap.
    /// </summary>
    public List<GarmentPiece> Trousers()
    {
        var waist = landmarks.Height(Landmark.Waist) + WaistbandRise;
        var fork = landmarks.CrotchHeight - 0.015f;
        var hem = MathF.Min(landmarks.HemHeight(spec.Hem), fork - 0.05f);
        var seat = TorsoTube(waist, fork, flares: false);
        var pieces = FrontAndBack(seat);
        var forkRing = seat.Rings[^1];
        var quarter = TorsoColumns / 4;
        var left = Leg(forkRing, Enumerable.Range(3 * quarter, quarter + 1).Concat(Enumerable.Range(0, quarter + 1)).Select(k => k % TorsoColumns), fork, hem, left: true);
        var right = Leg(forkRing, Enumerable.Range(quarter, 2 * quarter + 1), fork, hem, left: false);
        var (side, inseam) = (quarter, 2 * quarter + 1 + BridgePoints / 2);
        pieces.Add(left.Cut(PanelNames.Front, side, inseam));
        pieces.Add(left.Cut(PanelNames.Back, inseam, side));
        pieces.Add(right.Cut(PanelNames.Front, inseam, side));
        pieces.Add(right.Cut(PanelNames.Back, side, inseam));
        return pieces;
    }

    private static List<GarmentPiece> FrontAndBack(GarmentTube tube) =>
    [
        tube.Cut(PanelNames.Front, 0, TorsoColumns / 2),
        tube.Cut(PanelNames.Back, TorsoColumns / 2, 0),
    ];

    /// <summary>
    /// Horizontal rings about the body's axis (bending back to the neck above the bust), the neckline cut below the top. Below the flare's start the
    /// garment hangs: the ring there, scaled to the girth the flare asks for, and pushed out only where the legs
    /// would come through it, so it falls straight from the seat instead of following the body in under it.
    /// </summary>
    private GarmentTube TorsoTube(float top, float bottom, bool flares, NecklineCut? neckline = null)
    {
        var bust = landmarks.Height(Landmark.Bust);
        var heights = GarmentDraft.Heights(top, bottom, fineAbove: bust);
        var flareStart = landmarks.Height(Landmark.Hip);
        var flaring = flares && flareStart - bottom > 0.1f;
        var (startRing, startGirth) = (Array.Empty<Vector3>(), 0f);
        if (flaring)
        {
            startRing = TorsoSection(flareStart).Ring(draft.EasedDistance(flareStart), TorsoAngles);
            startGirth = Perimeter(startRing);
        }
        var hemGirth = draft.HemGirth(body.Measurements.Hip);
        var rings = heights.AsParallel().AsOrdered().Select(y =>
        {
            var section = TorsoSection(y);
            if (!flaring || y >= flareStart)
                return section.Ring(draft.EasedDistance(y), TorsoAngles);
            var scale = float.Lerp(startGirth, hemGirth, (flareStart - y) / (flareStart - bottom)) / startGirth;
            var clear = section.Ring(draft.Clearance, TorsoAngles);
            return clear.Select((point, k) =>
            {
                var hanging = new Vector3(startRing[k].X * scale, y, section.Centre.Z + (startRing[k].Z - section.Centre.Z) * scale);
                var reach = new Vector2(hanging.X - section.Centre.X, hanging.Z - section.Centre.Z).Length();
                var needed = new Vector2(point.X - section.Centre.X, point.Z - section.Centre.Z).Length();
                return reach >= needed ? hanging : point;
            }).ToArray();
        }).ToList();
        neckline?.Apply(rings, heights, TorsoAngles);
        return Cleared(new GarmentTube(rings));
    }

    private BodySection TorsoSection(float y)
    {
        var bust = landmarks.Height(Landmark.Bust);
        var neck = landmarks.NeckCentre(landmarks.Height(Landmark.Nape));
        var towardsNeck = Math.Clamp((y - bust) / (neck.Y - bust), 0, 1);
        var centre = new Vector3(0, y, towardsNeck * neck.Z);
        return BodySection.Cut(surfaces.Trunk, centre, Vector3.UnitX, Vector3.UnitZ, TorsoReach);
    }

    private GarmentTube Leg(Vector3[] forkRing, IEnumerable<int> seatColumns, float fork, float hem, bool left)
    {
        var side = seatColumns.Select(k => forkRing[k]).ToList();
        var (from, to) = (side[^1], side[0]);
        for (var b = 1; b <= BridgePoints; b++)
        {
            var across = Vector3.Lerp(from, to, b / (BridgePoints + 1f));
            side.Add(across with { X = 0 });
        }
        var top = side.ToArray();
        var centre = landmarks.LegCentre(left, fork);
        var angles = Unwrapped(top.Select(p => MathF.Atan2(p.Z - centre.Z, p.X - centre.X)));
        var topGirth = Perimeter(top);
        var hemGirth = draft.HemGirth(body.Measurements.Hip);
        var heights = GarmentDraft.Heights(fork, hem, fineAbove: fork).Skip(1).ToList();
        var rings = heights.AsParallel().AsOrdered().Select(y =>
        {
            var section = BodySection.Cut(surfaces.Trunk, landmarks.LegCentre(left, y), Vector3.UnitX, Vector3.UnitZ, LegReach, midlineSide: left ? 1 : -1);
            var girth = float.Lerp(topGirth, hemGirth, (fork - y) / (fork - hem));
            return section.Ring(draft.DistanceFor(girth, section.Girth), angles);
        }).ToList();
        rings.Insert(0, top);
        return Cleared(new GarmentTube(rings));
    }

    /// <summary>Rings across the arm, from the shoulder joint down the arm (its direction eased round the elbow).</summary>
    private GarmentPiece Sleeve(bool left, float length)
    {
        var arm = landmarks.Arm(left);
        var surface = left ? surfaces.LeftArm : surfaces.RightArm;
        var distance = MathF.Max(draft.Clearance, (float)spec.SleeveEaseCm / 100 / (2 * MathF.PI));
        var count = Math.Max(2, (int)MathF.Ceiling(length / SleeveSpacing) + 1);
        var angles = BodySection.EvenAngles(SleeveColumns);
        var rings = Enumerable.Range(0, count).AsParallel().AsOrdered().Select(i =>
        {
            var s = length * i / (count - 1);
            var along = Vector3.Normalize(Along(arm, s + 0.03f) - Along(arm, s - 0.03f));
            var u = Vector3.Normalize(Vector3.UnitZ - Vector3.Dot(Vector3.UnitZ, along) * along);
            var v = Vector3.Cross(along, u);
            return BodySection.Cut(surface, Along(arm, s), u, v, SleeveReach).Ring(distance, angles);
        }).ToList();
        var tube = Cleared(new GarmentTube(rings));
        return tube.Cut(left ? PanelNames.LeftSleeve : PanelNames.RightSleeve, 0, 0);
    }

    /// <summary>A stand around the neck from the neckline up (round the back only, where lapels open the front).</summary>
    private GarmentPiece Collar(float neckline, NecklineCut? lapels)
    {
        var stand = spec.Neckline == "hooded" ? 2 * CollarStand : CollarStand;
        var rings = new[] { neckline + stand, neckline + stand / 2, neckline }.Select(y =>
        {
            var section = BodySection.Cut(surfaces.Trunk, landmarks.NeckCentre(y), Vector3.UnitX, Vector3.UnitZ, 0.2f);
            return section.Ring(draft.EasedDistance(neckline) + CollarEase, TorsoAngles);
        }).ToList();
        var collar = Cleared(new GarmentTube(rings));
        if (lapels is null)
            return collar.Cut(PanelNames.Collar, 0, 0);
        // Lapels open the front: the collar goes round the back of the neck and leaves the opening clear.
        var open = Enumerable.Range(0, TorsoColumns).Where(k => lapels.DepthAt(TorsoAngles[k]) > 0).ToArray();
        return collar.Cut(PanelNames.Collar, open.Max() + 1, open.Min() - 1);
    }

    private GarmentTube Cleared(GarmentTube tube)
    {
        ClearancePass.Apply(surfaces.Whole, [tube], draft.Clearance);
        return tube;
    }

    private static Vector3 Along(Vector3[] polyline, float distance)
    {
        distance = MathF.Max(distance, -0.05f);
        for (var i = 0; i < polyline.Length - 1; i++)
        {
            var segment = Vector3.Distance(polyline[i], polyline[i + 1]);
            if (distance <= segment || i == polyline.Length - 2)
                return Vector3.Lerp(polyline[i], polyline[i + 1], distance / segment);
            distance -= segment;
        }
        return polyline[^1];
    }

    private static float[] Unwrapped(IEnumerable<float> angles)
    {
        var list = angles.ToArray();
        for (var i = 1; i < list.Length; i++)
        {
            while (list[i] < list[i - 1] - MathF.PI)
                list[i] += 2 * MathF.PI;
            while (list[i] > list[i - 1] + MathF.PI)
                list[i] -= 2 * MathF.PI;
        }
        return list;
    }

    private static float Perimeter(Vector3[] ring)
    {
        var sum = 0f;
        for (var i = 0; i < ring.Length; i++)
            sum += Vector3.Distance(ring[i], ring[(i + 1) % ring.Length]);
        return sum;
    }
}
