using FashionWallet.Designs;
using FsCheck;
using FsCheck.Fluent;

namespace FashionWallet.Tests.Designs;

public sealed class FractionalIndexTests
{
    [Fact]
    public void Keys_inserted_anywhere_stay_strictly_ordered_distinct_and_valid()
    {
        Prop.ForAll(Gen.Choose(0, 1000).ArrayOf().ToArbitrary(), positions =>
        {
            var keys = new List<string>();
            foreach (var position in positions)
            {
                var at = position % (keys.Count + 1);
                var key = FractionalIndex.Between(at == 0 ? null : keys[at - 1], at == keys.Count ? null : keys[at]);
                if (!FractionalIndex.IsValid(key))
                    return false;
                keys.Insert(at, key);
            }
            return keys.Zip(keys.Skip(1)).All(pair => string.CompareOrdinal(pair.First, pair.Second) < 0);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void A_key_between_two_neighbours_sorts_strictly_between_them()
    {
        var keys = Gen.Choose(0, 200).ArrayOf().Select(steps =>
        {
            var all = new List<string> { FractionalIndex.First };
            foreach (var step in steps)
                all.Add(step % 3 == 0 ? FractionalIndex.Between(null, all.Min(StringComparer.Ordinal)) : FractionalIndex.Between(all.Max(StringComparer.Ordinal), null));
            return all.Order(StringComparer.Ordinal).ToArray();
        });
        Prop.ForAll(keys.ToArbitrary(), Gen.Choose(0, 10_000).ToArbitrary(), (sorted, pick) =>
        {
            var i = pick % sorted.Length;
            var (low, high) = (sorted[i], i + 1 < sorted.Length ? sorted[i + 1] : null);
            var between = FractionalIndex.Between(low, high);
            return string.CompareOrdinal(low, between) < 0 && (high is null || string.CompareOrdinal(between, high) < 0);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void Adding_on_top_or_at_the_bottom_a_thousand_times_keeps_keys_at_three_characters()
    {
        string? top = null, bottom = null;
        for (var i = 0; i < 1000; i++)
        {
            top = FractionalIndex.Between(top, null);
            bottom = FractionalIndex.Between(null, bottom ?? FractionalIndex.First);
        }
        Assert.True(top!.Length <= 3, top);
        Assert.True(bottom!.Length <= 3, bottom);
    }

    [Fact]
    public void Repeated_inserts_into_one_gap_grow_a_key_by_about_one_character_per_five_inserts()
    {
        var (low, high) = ("a0", "a1");
        for (var i = 0; i < 100; i++)
            high = FractionalIndex.Between(low, high);
        Assert.InRange(high.Length, 3, 2 + (100 / 5) + 1);
    }

    [Fact]
    public void Fifty_layers_moved_around_ten_thousand_times_keep_short_keys()
    {
        var random = new Random(6);
        var keys = new List<string>();
        for (var i = 0; i < 50; i++)
            keys.Add(FractionalIndex.Between(keys.LastOrDefault(), null));
        for (var move = 0; move < 10_000; move++)
        {
            keys.RemoveAt(random.Next(keys.Count));
            var at = random.Next(keys.Count + 1);
            keys.Insert(at, FractionalIndex.Between(at == 0 ? null : keys[at - 1], at == keys.Count ? null : keys[at]));
        }
        Assert.True(keys.Max(k => k.Length) <= 12, $"longest key: {keys.MaxBy(k => k.Length)}");
    }

    [Theory]
    [InlineData("a0", true)]
    [InlineData("b00", true)]
    [InlineData("a0V", true)]
    [InlineData("Zz", true)]
    [InlineData("a", false)]
    [InlineData("a0V0", false)]
    [InlineData("", false)]
    [InlineData("a0!", false)]
    [InlineData("A00000000000000000000000000", false)]
    public void Only_well_formed_keys_are_valid(string key, bool valid) => Assert.Equal(valid, FractionalIndex.IsValid(key));
}
