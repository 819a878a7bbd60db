using System.Numerics;

namespace FashionWallet.Geometry.Meshing;

/// <summary>Garland and Heckbert's error quadric: the sum of squared distances to a set of weighted planes.</summary>
internal struct Quadric
{
    private double _aa, _ab, _ac, _ad, _bb, _bc, _bd, _cc, _cd, _dd;

    public static Quadric FromPlane(Vector3 normal, Vector3 point, double weight)
    {
        double a = normal.X, b = normal.Y, c = normal.Z, d = -Vector3.Dot(normal, point);
        return new Quadric
        {
            _aa = weight * a * a, _ab = weight * a * b, _ac = weight * a * c, _ad = weight * a * d,
            _bb = weight * b * b, _bc = weight * b * c, _bd = weight * b * d,
            _cc = weight * c * c, _cd = weight * c * d, _dd = weight * d * d,
        };
    }

    public void Add(in Quadric other)
    {
        _aa += other._aa; _ab += other._ab; _ac += other._ac; _ad += other._ad;
        _bb += other._bb; _bc += other._bc; _bd += other._bd;
        _cc += other._cc; _cd += other._cd; _dd += other._dd;
    }

    public readonly double Error(Vector3 p, in Quadric other)
    {
        double x = p.X, y = p.Y, z = p.Z;
        return (_aa + other._aa) * x * x + 2 * (_ab + other._ab) * x * y + 2 * (_ac + other._ac) * x * z + 2 * (_ad + other._ad) * x
             + (_bb + other._bb) * y * y + 2 * (_bc + other._bc) * y * z + 2 * (_bd + other._bd) * y
             + (_cc + other._cc) * z * z + 2 * (_cd + other._cd) * z + _dd + other._dd;
    }
}
