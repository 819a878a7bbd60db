using System.Numerics;

namespace FashionWallet.Geometry.Sections;

public static class ConvexHull
{
    /// <summary>The perimeter of the convex hull of the points: what a tape around them reads.</summary>
    public static double Perimeter(IReadOnlyList<Vector2> points)
    {
        var hull = Hull(points);
        var perimeter = 0.0;
        for (var i = 0; i < hull.Count; i++)
            perimeter += Vector2.Distance(hull[i], hull[(i + 1) % hull.Count]);
        return perimeter;
    }

    /// <summary>Andrew's monotone chain: the hull's vertices counter-clockwise, without collinear points.</summary>
    public static List<Vector2> Hull(IReadOnlyList<Vector2> points)
    {
        var sorted = points.Distinct().OrderBy(p => p.X).ThenBy(p => p.Y).ToList();
        if (sorted.Count < 3)
            return sorted;
        var hull = new List<Vector2>(2 * sorted.Count);
        foreach (var pass in new[] { sorted, Enumerable.Reverse(sorted).ToList() })
        {
            var floor = hull.Count;
            foreach (var point in pass)
            {
                while (hull.Count >= floor + 2 && Turn(hull[^2], hull[^1], point) <= 0)
                    hull.RemoveAt(hull.Count - 1);
                hull.Add(point);
            }
            hull.RemoveAt(hull.Count - 1);
        }
        return hull;
    }

    private static float Turn(Vector2 a, Vector2 b, Vector2 c) => (b.X - a.X) * (c.Y - a.Y) - (b.Y - a.Y) * (c.X - a.X);
}
