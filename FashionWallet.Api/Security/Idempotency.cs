using System.Security.Cryptography;
using System.Text.Json;
using FashionWallet.Database;
using FashionWallet.Http;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Api.Security;

/// <summary>
/// Idempotency-Key support: the first answer to a keyed request is stored with a hash of the request; the same
/// request again gets that answer back (nothing is done twice, and the reply carries Idempotent-Replayed: true),
/// the same key with another request is refused.
/// </summary>
public sealed class Idempotency(FashionWalletDbContext db)
{
    public const string Header = "Idempotency-Key";

    public static string Hash(params byte[][] parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            hash.AppendData(BitConverter.GetBytes(part.Length));
            hash.AppendData(part);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The first answer when this request was already answered; a 422 problem when the key was used for
    /// another request; null when the key is new (or absent).</summary>
    public async Task<Replay<T>?> FindAsync<T>(Guid ownerId, string? key, string requestHash, CancellationToken cancellationToken)
    {
        if (key is null)
            return null;
        var record = await db.IdempotencyKeys.FirstOrDefaultAsync(r => r.OwnerId == ownerId && r.Key == key, cancellationToken);
        if (record is null)
            return null;
        if (record.RequestHash != requestHash)
            return new Replay<T>(default, TypedResults.Problem($"The {Header} '{key}' was already used for a different request. Use a new key for a new request.",
                statusCode: StatusCodes.Status422UnprocessableEntity, title: "Idempotency key reused"));
        return new Replay<T>(JsonSerializer.Deserialize<T>(record.Response, JsonSerializerOptions.Web), null);
    }

    /// <summary>Adds the answer to the context; it is saved in the caller's transaction, with the work it describes.</summary>
    public void Remember(Guid ownerId, string? key, string requestHash, int statusCode, object response)
    {
        if (key is null)
            return;
        db.IdempotencyKeys.Add(new IdempotencyRecord
        {
            OwnerId = ownerId, Key = key, RequestHash = requestHash, StatusCode = statusCode,
            Response = JsonSerializer.Serialize(response, JsonSerializerOptions.Web), CreatedAt = DateTimeOffset.UtcNow,
        });
    }

    /// <summary>A key is 1 to 200 visible ASCII characters, or absent; null when valid.</summary>
    public static string? Problem(string? key) =>
        key is null || (key.Length is > 0 and <= 200 && key.All(c => c > ' ' && c < 127)) ? null : $"An {Header} is 1 to 200 visible ASCII characters.";
}

/// <summary>A request seen before: its first answer, or why the key cannot be reused.</summary>
public sealed record Replay<T>(T? Response, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? Conflict);
