namespace FashionWallet.Accounts;

/// <summary>Queued by "forgot password"; a worker looks the address up and, if it has an account, sends the link.</summary>
public sealed record PasswordResetRequest(string Email, string? Ip, string? UserAgent)
{
    public const string JobType = "accounts.password-reset";
}
