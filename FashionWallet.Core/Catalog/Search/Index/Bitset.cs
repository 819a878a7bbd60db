using System.Numerics;

namespace FashionWallet.Catalog;

/// <summary>A fixed-size set of document ordinals, one bit each: the currency of matching, filtering and facet counting.</summary>
internal sealed class Bitset
{
    private readonly ulong[] _words;

    public Bitset(int size)
    {
        Size = size;
        _words = new ulong[(size + 63) >> 6];
    }

    private Bitset(int size, ulong[] words)
    {
        Size = size;
        _words = words;
    }

    public int Size { get; }

    public static Bitset All(int size)
    {
        var all = new Bitset(size);
        Array.Fill(all._words, ulong.MaxValue);
        all.ClearTail();
        return all;
    }

    public bool this[int ordinal] => (_words[ordinal >> 6] & (1UL << ordinal)) != 0;

    public void Set(int ordinal) => _words[ordinal >> 6] |= 1UL << ordinal;

    public void Clear(int ordinal) => _words[ordinal >> 6] &= ~(1UL << ordinal);

    public Bitset Copy() => new(Size, (ulong[])_words.Clone());

    public Bitset And(Bitset other)
    {
        var words = new ulong[_words.Length];
        for (var i = 0; i < words.Length; i++)
            words[i] = _words[i] & other._words[i];
        return new Bitset(Size, words);
    }

    public Bitset Or(Bitset other)
    {
        var words = new ulong[_words.Length];
        for (var i = 0; i < words.Length; i++)
            words[i] = _words[i] | other._words[i];
        return new Bitset(Size, words);
    }

    public Bitset Not()
    {
        var words = new ulong[_words.Length];
        for (var i = 0; i < words.Length; i++)
            words[i] = ~_words[i];
        var not = new Bitset(Size, words);
        not.ClearTail();
        return not;
    }

    public void AndWith(Bitset other)
    {
        for (var i = 0; i < _words.Length; i++)
            _words[i] &= other._words[i];
    }

    public void OrWith(Bitset other)
    {
        for (var i = 0; i < _words.Length; i++)
            _words[i] |= other._words[i];
    }

    public int Count()
    {
        var count = 0;
        foreach (var word in _words)
            count += BitOperations.PopCount(word);
        return count;
    }

    /// <summary>How many ordinals are in this set and in <paramref name="other"/>, without building the intersection.</summary>
    public int CountAnd(Bitset other)
    {
        ReadOnlySpan<ulong> left = _words;
        var right = other._words.AsSpan(0, left.Length);
        int even = 0, odd = 0, i = 0;
        for (; i + 1 < left.Length; i += 2)
        {
            even += BitOperations.PopCount(left[i] & right[i]);
            odd += BitOperations.PopCount(left[i + 1] & right[i + 1]);
        }
        if (i < left.Length)
            even += BitOperations.PopCount(left[i] & right[i]);
        return even + odd;
    }

    public Enumerator GetEnumerator() => new(_words);

    private void ClearTail()
    {
        if ((Size & 63) != 0)
            _words[^1] &= (1UL << (Size & 63)) - 1;
    }

    /// <summary>The ordinals in ascending order, without allocating.</summary>
    public struct Enumerator(ulong[] words)
    {
        private int _index = -1;
        private ulong _word;

        public int Current { get; private set; }

        public bool MoveNext()
        {
            while (_word == 0)
            {
                if (++_index >= words.Length)
                    return false;
                _word = words[_index];
            }
            Current = (_index << 6) + BitOperations.TrailingZeroCount(_word);
            _word &= _word - 1;
            return true;
        }
    }
}
