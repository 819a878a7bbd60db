using Microsoft.Extensions.Caching.Memory;
using Npgsql;

namespace FashionWallet.Api.Accounts;

/// <summary>The current state behind a session: who it belongs to and their role now.</summary>
public sealed record SessionState(Guid UserId, string Email, string DisplayName, string Role);

/// <summary>
/// An access token is valid only while its session is: sign-out, a password change or a detected token theft end
/// the session, and a role change applies at once. Answers are cached for a few seconds per session; this node
/// forgets a session as soon as it ends it, other nodes within the cache time.
/// </summary>
public sealed class SessionValidator(NpgsqlDataSource dataSource, IMemoryCache cache)
{
    private static readonly TimeSpan CacheTime = TimeSpan.FromSeconds(5);

    public async Task<SessionState?> GetAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(sessionId, out SessionState? cached))
            return cached;
        await using var command = dataSource.CreateCommand("""
            select u.id, u.email, u.display_name, u.role from sessions s join users u on u.id = s.user_id
            where s.id = @id and s.revoked_at is null and s.expires_at > now()
            """);
        command.Parameters.AddWithValue("id", sessionId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var state = await reader.ReadAsync(cancellationToken)
            ? new SessionState(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3))
            : null;
        cache.Set(sessionId, state, CacheTime);
        return state;
    }

    public void Forget(Guid sessionId) => cache.Remove(sessionId);
}
