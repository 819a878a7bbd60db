using System.ComponentModel.DataAnnotations;

namespace FashionWallet.Workers.Accounts;

/// <summary>The <c>Email</c> section. Without an SMTP host, emails are kept in the outbox (the web app's dev mailbox shows them).</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    [EmailAddress]
    public string From { get; set; } = "no-reply@fashionwallet.local";

    public string FromName { get; set; } = "Fashion Wallet";

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>STARTTLS before authenticating; turn off only for a relay on the same host.</summary>
    public bool UseTls { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 30;
}
