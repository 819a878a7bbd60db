using FashionWallet.Database;

namespace FashionWallet.Accounts;

public static class AccountTokens
{
    /// <summary>Adds a single-use email token to the context; returns the token to put in the link (only its hash is stored).</summary>
    public static string Create(FashionWalletDbContext db, User user, string purpose, string email, TimeSpan lifetime, RequestOrigin origin, DateTimeOffset now)
    {
        var (token, hash) = SecureToken.Create();
        db.AccountTokens.Add(new AccountToken
        {
            Id = Guid.CreateVersion7(), UserId = user.Id, Purpose = purpose, TokenHash = hash, Email = email,
            RequesterIp = origin.Ip, CreatedAt = now, ExpiresAt = now + lifetime,
        });
        return token;
    }
}
