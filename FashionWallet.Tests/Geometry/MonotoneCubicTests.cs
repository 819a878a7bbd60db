using FashionWallet.Geometry;
using FsCheck;
using FsCheck.Fluent;

namespace FashionWallet.Tests.Geometry;

public sealed class MonotoneCubicTests
{
    [Fact]
    public void It_passes_through_its_knots_and_is_flat_beyond_them()
    {
        var curve = new MonotoneCubic([0f, 1f, 3f], [2f, 5f, 4f]);

        Assert.Equal([2f, 5f, 4f], new[] { 0f, 1f, 3f }.Select(curve.Evaluate), new FloatTolerance(1e-5f));
        Assert.Equal(2f, curve.Evaluate(-1));
        Assert.Equal(4f, curve.Evaluate(10));
        Assert.True(curve.Evaluate(2) is > 4 and < 5, "a local maximum at a knot is not overshot");
    }

    [Fact]
    public void Between_two_knots_it_stays_between_their_values()
    {
        var knots = Gen.Choose(1, 100).Select(v => v / 10f).ArrayOf().Where(a => a.Length >= 2);

        Prop.ForAll(knots.ToArbitrary(), Gen.Choose(1, 100).Select(v => v / 10f).ArrayOf().Where(a => a.Length >= 2).ToArbitrary(), (gaps, values) =>
        {
            var count = Math.Min(gaps.Length, values.Length);
            var x = new float[count];
            for (var i = 1; i < count; i++)
                x[i] = x[i - 1] + gaps[i];
            var curve = new MonotoneCubic(x, values.AsSpan(0, count));
            for (var i = 0; i < count - 1; i++)
            {
                var (low, high) = (Math.Min(values[i], values[i + 1]) - 1e-4f, Math.Max(values[i], values[i + 1]) + 1e-4f);
                for (var step = 0; step <= 20; step++)
                {
                    var value = curve.Evaluate(float.Lerp(x[i], x[i + 1], step / 20f));
                    if (value < low || value > high)
                        return false;
                }
            }
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void Knots_must_increase()
    {
        Assert.Throws<ArgumentException>(() => new MonotoneCubic([0f, 1f, 1f], [0f, 1f, 2f]));
    }

    private sealed class FloatTolerance(float tolerance) : IEqualityComparer<float>
    {
        public bool Equals(float x, float y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(float value) => 0;
    }
}
