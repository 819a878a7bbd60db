using System.Net;

namespace FashionWallet.Accounts;

public static class Roles
{
    public const string Designer = "designer";
    public const string Admin = "admin";

    public static bool IsKnown(string role) => role is Designer or Admin;
}

public static class Units
{
    public const string Metric = "metric";
    public const string Imperial = "imperial";

    public static bool IsKnown(string units) => units is Metric or Imperial;
}

public sealed class User
{
    public Guid Id { get; set; }
    public string Email { get; set; } = "";
    public DateTimeOffset? EmailVerifiedAt { get; set; }
    public string PasswordHash { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string PreferredUnits { get; set; } = Units.Metric;
    public string Role { get; set; } = Roles.Designer;
    public int FailedSignIns { get; set; }
    public DateTimeOffset? FirstFailedAt { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>One signed-in device; its refresh tokens rotate within it.</summary>
public sealed class Session
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public bool Remember { get; set; }
    public string? UserAgent { get; set; }
    public IPAddress? Ip { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedReason { get; set; }
}

public sealed class RefreshToken
{
    public Guid Id { get; set; }
    public Guid SessionId { get; set; }
    public byte[] TokenHash { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? ReplacedAt { get; set; }
}

public static class TokenPurposes
{
    public const string VerifyEmail = "verify_email";
    public const string ResetPassword = "reset_password";
    public const string ChangeEmail = "change_email";
}

/// <summary>A single-use token sent by email (only its hash is stored).</summary>
public sealed class AccountToken
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public string Purpose { get; set; } = "";
    public byte[] TokenHash { get; set; } = [];
    public string Email { get; set; } = "";
    public IPAddress? RequesterIp { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
}

public static class EmailStatus
{
    public const string Queued = "queued";
    public const string Sent = "sent";
    public const string Stored = "stored";
    public const string Failed = "failed";
}

public sealed class OutboxEmail
{
    public Guid Id { get; set; }
    public Guid? UserId { get; set; }
    public string ToAddress { get; set; } = "";
    public string Subject { get; set; } = "";
    public string TextBody { get; set; } = "";
    public string HtmlBody { get; set; } = "";
    public string Purpose { get; set; } = "";
    public string Status { get; set; } = EmailStatus.Queued;
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}

public sealed class AuditEvent
{
    public Guid Id { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public string Event { get; set; } = "";
    public string Severity { get; set; } = "";
    public Guid? UserId { get; set; }
    public Guid? ActorId { get; set; }
    public string? Email { get; set; }
    public IPAddress? Ip { get; set; }
    public string? UserAgent { get; set; }
    public string Details { get; set; } = "{}";
}
