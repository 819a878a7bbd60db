using FashionWallet.Accounts;
using FashionWallet.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FashionWallet.Api.Accounts;

/// <summary>What the account endpoints work with (one scoped service, as eShop groups a slice's dependencies).</summary>
public sealed class AccountServices(
    FashionWalletDbContext db, Passwords passwords, AccessTokens tokens, SessionValidator sessions,
    AccountLimiter limiter, AccountLinks links, IOptions<AccountOptions> options, TimeProvider clock)
{
    public FashionWalletDbContext Db { get; } = db;
    public Passwords Passwords { get; } = passwords;
    public AccessTokens Tokens { get; } = tokens;
    public SessionValidator Sessions { get; } = sessions;
    public AccountLimiter Limiter { get; } = limiter;
    public AccountLinks Links { get; } = links;
    public AccountOptions Options { get; } = options.Value;
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Runs <paramref name="work"/> in one transaction, retried as a whole on a transient failure.</summary>
    public Task InTransactionAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken) =>
        Db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await Db.Database.BeginTransactionAsync(ct);
            await work(ct);
            await Db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);

    /// <summary>Opens a session and issues its first tokens.</summary>
    public TokenResponse OpenSession(User user, bool remember, RequestOrigin origin)
    {
        var session = new Session
        {
            Id = Guid.CreateVersion7(),
            UserId = user.Id,
            Remember = remember,
            UserAgent = origin.UserAgent is { Length: > 512 } agent ? agent[..512] : origin.UserAgent,
            Ip = origin.Ip,
            CreatedAt = Now,
            LastSeenAt = Now,
            ExpiresAt = Now + SessionLifetime(remember),
        };
        Db.Sessions.Add(session);
        return IssueTokens(user, session);
    }

    /// <summary>A new access token and a new refresh token for the session, extending it.</summary>
    public TokenResponse IssueTokens(User user, Session session)
    {
        var (refreshToken, hash) = SecureToken.Create();
        session.LastSeenAt = Now;
        session.ExpiresAt = Now + SessionLifetime(session.Remember);
        Db.RefreshTokens.Add(new RefreshToken { Id = Guid.CreateVersion7(), SessionId = session.Id, TokenHash = hash, CreatedAt = Now, ExpiresAt = session.ExpiresAt });
        return new TokenResponse(Tokens.Create(user, session.Id, Now), refreshToken, (int)Tokens.Lifetime.TotalSeconds, "Bearer", ProfileResponse.From(user));
    }

    /// <summary>Ends sessions (all of a person's, or all but one) and forgets them in this node's cache.</summary>
    public async Task RevokeSessionsAsync(Guid userId, string reason, Guid? except, CancellationToken cancellationToken)
    {
        var open = await Db.Sessions.AsTracking().Where(s => s.UserId == userId && s.RevokedAt == null && s.Id != except).ToListAsync(cancellationToken);
        foreach (var session in open)
        {
            session.RevokedAt = Now;
            session.RevokedReason = reason;
            Sessions.Forget(session.Id);
        }
    }

    /// <summary>Makes this node re-read a person's sessions at once (after a role change).</summary>
    public async Task ForgetSessionsAsync(Guid userId, CancellationToken cancellationToken)
    {
        foreach (var sessionId in await Db.Sessions.Where(s => s.UserId == userId).Select(s => s.Id).ToListAsync(cancellationToken))
            Sessions.Forget(sessionId);
    }

    /// <summary>Ends one of the person's sessions; false when they have no such open session.</summary>
    public async Task<bool> RevokeSessionAsync(Guid userId, Guid sessionId, string reason, CancellationToken cancellationToken)
    {
        var now = Now;
        var revoked = await Db.Sessions.Where(s => s.Id == sessionId && s.UserId == userId && s.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, now).SetProperty(x => x.RevokedReason, reason), cancellationToken);
        Sessions.Forget(sessionId);
        return revoked == 1;
    }

    /// <summary>Creates a single-use email token; returns the token to put in the link.</summary>
    public string CreateAccountToken(User user, string purpose, string email, TimeSpan lifetime, RequestOrigin origin) =>
        AccountTokens.Create(Db, user, purpose, email, lifetime, origin, Now);

    /// <summary>The unused, unexpired token of this purpose, or null.</summary>
    public async Task<AccountToken?> FindAccountTokenAsync(string? token, string purpose, CancellationToken cancellationToken)
    {
        if (!SecureToken.IsWellFormed(token))
            return null;
        var hash = SecureToken.Hash(token!);
        var now = Now;
        return await Db.AccountTokens.AsTracking()
            .FirstOrDefaultAsync(t => t.TokenHash == hash && t.Purpose == purpose && t.UsedAt == null && t.ExpiresAt > now, cancellationToken);
    }

    public Task QueueEmailAsync(EmailMessage message, Guid? userId, CancellationToken cancellationToken) =>
        EmailOutbox.QueueAsync(Db, message, userId, cancellationToken);

    private TimeSpan SessionLifetime(bool remember) => TimeSpan.FromDays(remember ? Options.RememberMeDays : Options.RefreshTokenDays);
}
