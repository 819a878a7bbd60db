using System.Buffers;
using System.Numerics;

namespace FashionWallet.Catalog;

/// <summary>
/// A fixed-size set of document ordinals, one bit each: the currency of matching, filtering and facet counting.
/// Sets that live in the index own their words; a search's working sets borrow theirs from a <see cref="BitsetArena"/>.
/// </summary>
internal sealed class Bitset
{
    private readonly ulong[] _words;
    private readonly int _length;

    public Bitset(int size)
        : this(size, new ulong[(size + 63) >> 6])
    {
    }

    /// <summary>A set over <paramref name="words"/>, which may be longer than needed (a pooled array); the needed part is cleared.</summary>
    public Bitset(int size, ulong[] words)
    {
        Size = size;
        _length = (size + 63) >> 6;
        _words = words;
        Array.Clear(_words, 0, _length);
    }

    public int Size { get; }

    internal ulong[] Words => _words;

    public static Bitset All(int size)
    {
        var all = new Bitset(size);
        all.Fill();
        return all;
    }

    public bool this[int ordinal] => (_words[ordinal >> 6] & (1UL << ordinal)) != 0;

    public void Set(int ordinal) => _words[ordinal >> 6] |= 1UL << ordinal;

    public void Clear(int ordinal) => _words[ordinal >> 6] &= ~(1UL << ordinal);

    public Bitset Copy() => CopyInto(new Bitset(Size));

    /// <summary>Makes <paramref name="target"/> (of the same size) equal to this set and returns it.</summary>
    public Bitset CopyInto(Bitset target)
    {
        _words.AsSpan(0, _length).CopyTo(target._words);
        return target;
    }

    public Bitset And(Bitset other) => CopyInto(new Bitset(Size)).AndWith(other);

    public Bitset AndWith(Bitset other)
    {
        for (var i = 0; i < _length; i++)
            _words[i] &= other._words[i];
        return this;
    }

    public Bitset OrWith(Bitset other)
    {
        for (var i = 0; i < _length; i++)
            _words[i] |= other._words[i];
        return this;
    }

    /// <summary>Turns the set into its complement (within <see cref="Size"/>).</summary>
    public Bitset NotInPlace()
    {
        for (var i = 0; i < _length; i++)
            _words[i] = ~_words[i];
        ClearTail();
        return this;
    }

    public int Count()
    {
        var count = 0;
        for (var i = 0; i < _length; i++)
            count += BitOperations.PopCount(_words[i]);
        return count;
    }

    /// <summary>How many ordinals are in this set and in <paramref name="other"/>, without building the intersection.</summary>
    public int CountAnd(Bitset other)
    {
        var left = _words.AsSpan(0, _length);
        var right = other._words.AsSpan(0, _length);
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

    public Enumerator GetEnumerator() => new(_words, _length);

    private void Fill()
    {
        Array.Fill(_words, ulong.MaxValue, 0, _length);
        ClearTail();
    }

    private void ClearTail()
    {
        if ((Size & 63) != 0)
            _words[_length - 1] &= (1UL << (Size & 63)) - 1;
    }

    /// <summary>The ordinals in ascending order, without allocating.</summary>
    public struct Enumerator(ulong[] words, int length)
    {
        private int _index = -1;
        private ulong _word;

        public int Current { get; private set; }

        public bool MoveNext()
        {
            while (_word == 0)
            {
                if (++_index >= length)
                    return false;
                _word = words[_index];
            }
            Current = (_index << 6) + BitOperations.TrailingZeroCount(_word);
            _word &= _word - 1;
            return true;
        }
    }
}

/// <summary>The working sets of one search, on pooled arrays handed back when the search is done.</summary>
internal sealed class BitsetArena : IDisposable
{
    private readonly List<ulong[]> _rented = [];

    public Bitset Empty(int size)
    {
        var words = ArrayPool<ulong>.Shared.Rent((size + 63) >> 6);
        _rented.Add(words);
        return new Bitset(size, words);
    }

    public Bitset Copy(Bitset source) => source.CopyInto(Empty(source.Size));

    public Bitset And(Bitset left, Bitset right) => Copy(left).AndWith(right);

    public void Dispose()
    {
        foreach (var words in _rented)
            ArrayPool<ulong>.Shared.Return(words);
        _rented.Clear();
    }
}
