using System.Net;
using System.Text.Json;
using FashionWallet.Database;

namespace FashionWallet.Accounts;

public static class AuditEvents
{
    public const string Registered = "registered";
    public const string EmailVerified = "email_verified";
    public const string SignInSucceeded = "sign_in_succeeded";
    public const string SignInFailed = "sign_in_failed";
    public const string LockedOut = "locked_out";
    public const string Unlocked = "unlocked";
    public const string SignedOut = "signed_out";
    public const string SessionRevoked = "session_revoked";
    public const string RefreshTokenReuse = "refresh_token_reuse";
    public const string PasswordChanged = "password_changed";
    public const string PasswordResetRequested = "password_reset_requested";
    public const string PasswordReset = "password_reset";
    public const string EmailChangeRequested = "email_change_requested";
    public const string EmailChanged = "email_changed";
    public const string RoleChanged = "role_changed";
    public const string ProfileChanged = "profile_changed";
    public const string AccountDeleted = "account_deleted";
}

public static class AuditSeverity
{
    public const string Low = "low";
    public const string Medium = "medium";
    public const string High = "high";
    public const string Critical = "critical";

    public static bool IsKnown(string severity) => severity is Low or Medium or High or Critical;
}

/// <summary>Where a request came from, for the audit log.</summary>
public sealed record RequestOrigin(IPAddress? Ip, string? UserAgent);

public static class AuditLog
{
    /// <summary>Adds a security event to the context; it is saved with the caller's other changes, atomically.</summary>
    public static void Record(this FashionWalletDbContext db, string auditEvent, string severity, RequestOrigin origin,
        Guid? userId = null, string? email = null, Guid? actorId = null, object? details = null) =>
        db.AuditEvents.Add(new AuditEvent
        {
            Id = Guid.CreateVersion7(),
            OccurredAt = DateTimeOffset.UtcNow,
            Event = auditEvent,
            Severity = severity,
            UserId = userId,
            ActorId = actorId,
            Email = email,
            Ip = origin.Ip,
            UserAgent = origin.UserAgent is { Length: > 512 } agent ? agent[..512] : origin.UserAgent,
            Details = details is null ? "{}" : JsonSerializer.Serialize(details, JsonSerializerOptions.Web),
        });
}
