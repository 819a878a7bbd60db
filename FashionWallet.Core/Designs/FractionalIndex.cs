namespace FashionWallet.Designs;

/// <summary>
/// Order keys that always have room between them, so a layer moves by changing only its own key and two people's
/// concurrent moves never have to renumber anything. A key is a variable-length integer part (its first character says
/// how long it is) and a base-62 fraction without trailing zeros; keys compare as ordinal strings. Appending or
/// prepending only increments the integer part, so keys stay short when layers are added on top again and again.
/// </summary>
public static class FractionalIndex
{
    public const string Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public const string First = "a0";

    public const int MaxLength = 64;

    private static readonly string Smallest = "A" + new string('0', 26);

    /// <summary>A key strictly between <paramref name="before"/> and <paramref name="after"/>; null means no neighbour on that side.</summary>
    public static string Between(string? before, string? after)
    {
        if (before is not null && !IsValid(before))
            throw new ArgumentException($"'{before}' is not an order key.", nameof(before));
        if (after is not null && !IsValid(after))
            throw new ArgumentException($"'{after}' is not an order key.", nameof(after));
        if (before is not null && after is not null && string.CompareOrdinal(before, after) >= 0)
            throw new ArgumentException($"'{before}' is not before '{after}'.", nameof(before));

        if (before is null)
        {
            if (after is null)
                return First;
            var integer = IntegerPart(after);
            var fraction = after[integer.Length..];
            if (integer == Smallest)
                return integer + Midpoint("", fraction);
            if (fraction.Length > 0)
                return integer;
            return Decrement(integer) ?? throw new InvalidOperationException("No order key is smaller than this one.");
        }

        var beforeInteger = IntegerPart(before);
        var beforeFraction = before[beforeInteger.Length..];
        if (after is null)
            return Increment(beforeInteger) ?? beforeInteger + Midpoint(beforeFraction, null);

        var afterInteger = IntegerPart(after);
        if (beforeInteger == afterInteger)
            return beforeInteger + Midpoint(beforeFraction, after[afterInteger.Length..]);
        var next = Increment(beforeInteger) ?? throw new InvalidOperationException("No order key is larger than this one.");
        return string.CompareOrdinal(next, after) < 0 ? next : beforeInteger + Midpoint(beforeFraction, null);
    }

    public static bool IsValid(string? key)
    {
        if (string.IsNullOrEmpty(key) || key.Length > MaxLength || key.Any(c => !IsDigit(c)))
            return false;
        var length = IntegerLength(key[0]);
        if (length is null || key.Length < length || key == Smallest)
            return false;
        return key.Length == length || key[^1] != '0';
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9' or >= 'A' and <= 'Z' or >= 'a' and <= 'z';

    private static int? IntegerLength(char head) => head switch
    {
        >= 'a' and <= 'z' => head - 'a' + 2,
        >= 'A' and <= 'Z' => 'Z' - head + 2,
        _ => null,
    };

    private static string IntegerPart(string key) => key[..IntegerLength(key[0])!.Value];

    /// <summary>A fraction strictly between two fractions (digits after the point; "" is zero, null is one).</summary>
    private static string Midpoint(string low, string? high)
    {
        if (high is not null)
        {
            var common = 0;
            while (common < high.Length && (common < low.Length ? low[common] : '0') == high[common])
                common++;
            if (common > 0)
                return high[..common] + Midpoint(common < low.Length ? low[common..] : "", high[common..]);
        }
        var lowDigit = low.Length > 0 ? Digits.IndexOf(low[0], StringComparison.Ordinal) : 0;
        var highDigit = high is not null ? Digits.IndexOf(high[0], StringComparison.Ordinal) : Digits.Length;
        if (highDigit - lowDigit > 1)
            return Digits[(lowDigit + highDigit + 1) / 2].ToString();
        if (high is { Length: > 1 })
            return high[..1];
        return Digits[lowDigit] + Midpoint(low.Length > 0 ? low[1..] : "", null);
    }

    private static string? Increment(string integer)
    {
        var digits = integer[1..].ToCharArray();
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var next = Digits.IndexOf(digits[i], StringComparison.Ordinal) + 1;
            if (next < Digits.Length)
            {
                digits[i] = Digits[next];
                return integer[0] + new string(digits);
            }
            digits[i] = '0';
        }
        return integer[0] switch
        {
            'Z' => "a0",
            'z' => null,
            var head => (char)(head + 1) is var up && up > 'a' ? up + new string(digits) + "0" : up + new string(digits)[1..],
        };
    }

    private static string? Decrement(string integer)
    {
        var digits = integer[1..].ToCharArray();
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var next = Digits.IndexOf(digits[i], StringComparison.Ordinal) - 1;
            if (next >= 0)
            {
                digits[i] = Digits[next];
                return integer[0] + new string(digits);
            }
            digits[i] = 'z';
        }
        return integer[0] switch
        {
            'a' => "Z" + Digits[^1],
            'A' => null,
            var head => (char)(head - 1) is var down && down < 'Z' ? down + new string(digits) + "z" : down + new string(digits)[1..],
        };
    }
}
