using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace FashionWallet.Catalog;

/// <summary>
/// The opaque keyset cursor: the last row's sort key and id, the query's fingerprint (a cursor only continues the
/// query that made it) and whether that query ran in fuzzy mode. Keys are written so they compare exactly with the
/// column they came from (floats round-trip, timestamps in microseconds).
/// </summary>
internal sealed record SearchCursor(string Key, Guid Id, string Fingerprint, bool Fuzzy)
{
    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Payload(Key, Id, Fingerprint, Fuzzy)));

    public static SearchCursor? Decode(string cursor)
    {
        try
        {
            var bytes = Base64Url.DecodeFromChars(cursor);
            var payload = JsonSerializer.Deserialize<Payload>(bytes);
            return payload is { K: not null, F: not null } ? new SearchCursor(payload.K, payload.I, payload.F, payload.Z) : null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }

    public static string FloatKey(float value) => BitConverter.SingleToInt32Bits(value).ToString(CultureInfo.InvariantCulture);

    public static string DoubleKey(double value) => BitConverter.DoubleToInt64Bits(value).ToString(CultureInfo.InvariantCulture);

    public static string DecimalKey(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string TimeKey(DateTimeOffset value) => value.UtcTicks.ToString(CultureInfo.InvariantCulture);

    /// <summary>The key as the typed value its sort column compares against; null when the cursor was tampered with.</summary>
    public object? TypedKey(CatalogSort sort)
    {
        var ok = long.TryParse(Key, NumberStyles.Integer, CultureInfo.InvariantCulture, out var bits);
        return sort switch
        {
            CatalogSort.Relevance when ok && bits is >= int.MinValue and <= int.MaxValue => BitConverter.Int32BitsToSingle((int)bits),
            CatalogSort.Trending when ok => BitConverter.Int64BitsToDouble(bits),
            CatalogSort.Newest when ok && bits >= 0 && bits <= DateTimeOffset.MaxValue.UtcTicks => new DateTimeOffset(bits, TimeSpan.Zero),
            CatalogSort.PriceAscending or CatalogSort.PriceDescending when decimal.TryParse(Key, NumberStyles.Number, CultureInfo.InvariantCulture, out var price) => price,
            _ => null,
        };
    }

    private sealed record Payload(string? K, Guid I, string? F, bool Z);
}
