namespace FashionWallet.Avatars.Photos;

/// <summary>The connected regions (4-neighbour) of a mask's person pixels, largest first.</summary>
public sealed class MaskComponents
{
    private MaskComponents(bool[] largest, IReadOnlyList<long> sizes) => (Largest, Sizes) = (largest, sizes);

    /// <summary>Each pixel: whether it belongs to the largest region.</summary>
    public bool[] Largest { get; }

    /// <summary>Pixel counts of every region, largest first.</summary>
    public IReadOnlyList<long> Sizes { get; }

    public static MaskComponents Find(PersonMask mask)
    {
        var (width, height) = (mask.Width, mask.Height);
        var labels = new int[width * height];
        var sizes = new List<long> { 0 };
        var stack = new Stack<int>();
        for (var start = 0; start < labels.Length; start++)
        {
            if (labels[start] != 0 || mask.Values[start] < 128)
                continue;
            var label = sizes.Count;
            long size = 0;
            labels[start] = label;
            stack.Push(start);
            while (stack.Count > 0)
            {
                var i = stack.Pop();
                size++;
                var (x, y) = (i % width, i / width);
                if (x > 0) Visit(i - 1);
                if (x < width - 1) Visit(i + 1);
                if (y > 0) Visit(i - width);
                if (y < height - 1) Visit(i + width);
            }
            sizes.Add(size);

            void Visit(int j)
            {
                if (labels[j] == 0 && mask.Values[j] >= 128)
                {
                    labels[j] = label;
                    stack.Push(j);
                }
            }
        }
        var largestLabel = sizes.Count > 1 ? sizes.IndexOf(sizes.Skip(1).Max()) : -1;
        var largest = labels.Select(l => l == largestLabel).ToArray();
        return new MaskComponents(largest, sizes.Skip(1).OrderDescending().ToArray());
    }
}
