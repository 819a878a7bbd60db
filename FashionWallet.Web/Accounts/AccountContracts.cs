namespace FashionWallet.Web.Accounts;

// The API's account contracts, as the web app reads them.

public sealed record UserProfile(Guid Id, string Email, string DisplayName, string PreferredUnits, string Role, bool EmailVerified, DateTimeOffset CreatedAt)
{
    public bool IsAdmin => Role == "admin";
}

public sealed record Tokens(string AccessToken, string RefreshToken, int ExpiresIn, string TokenType, UserProfile User);

public sealed record Accepted(string Message);

public sealed record SessionInfo(Guid Id, bool Current, string? UserAgent, string? Ip, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, DateTimeOffset ExpiresAt);

public sealed record MailboxMessage(Guid Id, string To, string Subject, string Text, string Html, string Purpose, string Status, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);

public sealed record AuditEntry(Guid Id, DateTimeOffset OccurredAt, string Event, string Severity, Guid? UserId, Guid? ActorId, string? Email, string? Ip, string? UserAgent, System.Text.Json.JsonElement Details);

public sealed record AuditPage(IReadOnlyList<AuditEntry> Items, string? Next);
