namespace FashionWallet.Geometry.Meshing;

/// <summary>
/// Grid edge to vertex index: open addressing with linear probing and Fibonacci hashing, several times faster
/// than a dictionary for the few hundred thousand lookups one polygonisation makes.
/// </summary>
internal sealed class EdgeVertexMap
{
    private long[] _keys;
    private int[] _values;
    private int _count;
    private int _shift;

    public EdgeVertexMap(int expectedCount)
    {
        var capacity = 1 << Math.Max(4, (int)Math.Ceiling(Math.Log2(Math.Max(expectedCount, 8) * 2)));
        (_keys, _values, _shift) = (new long[capacity], new int[capacity], 64 - (int)Math.Log2(capacity));
        Array.Fill(_keys, -1);
    }

    /// <summary>The vertex stored for the key, or -1; keys are never negative.</summary>
    public int Find(long key)
    {
        var mask = _keys.Length - 1;
        for (var slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            if (_keys[slot] == key)
                return _values[slot];
            if (_keys[slot] < 0)
                return -1;
        }
    }

    public void Add(long key, int value)
    {
        if (2 * (_count + 1) > _keys.Length)
            Grow();
        Insert(key, value);
        _count++;
    }

    private void Insert(long key, int value)
    {
        var mask = _keys.Length - 1;
        var slot = Slot(key);
        while (_keys[slot] >= 0)
            slot = (slot + 1) & mask;
        (_keys[slot], _values[slot]) = (key, value);
    }

    private void Grow()
    {
        var (keys, values) = (_keys, _values);
        (_keys, _values, _shift) = (new long[keys.Length * 2], new int[keys.Length * 2], _shift - 1);
        Array.Fill(_keys, -1);
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] >= 0)
                Insert(keys[i], values[i]);
        }
    }

    private int Slot(long key) => (int)((ulong)key * 0x9E3779B97F4A7C15UL >> _shift);
}
