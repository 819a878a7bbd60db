using System.Text.Encodings.Web;

namespace FashionWallet.Accounts;

public sealed record EmailMessage(string To, string Subject, string Text, string Html, string Purpose);

/// <summary>The emails the Accounts capability sends, in plain text and HTML (every interpolated value encoded).</summary>
public static class AccountEmails
{
    public static EmailMessage Verify(string to, string name, Uri link) => Build(to, "verify_email", "Confirm your email address for Fashion Wallet", name,
        "Welcome to Fashion Wallet. Confirm your email address to finish creating your account:", link, "Confirm my email",
        "The link works for 24 hours. If you did not sign up, ignore this email.");

    public static EmailMessage AlreadyRegistered(string to, string name, Uri resetLink) => Build(to, "already_registered", "You already have a Fashion Wallet account", name,
        "Someone (hopefully you) tried to sign up with this email address, which already has an account. Sign in, or if you forgot your password, reset it:",
        resetLink, "Reset my password", "If it was not you, you can ignore this email: nothing has changed.");

    public static EmailMessage ResetPassword(string to, string name, Uri link) => Build(to, "reset_password", "Reset your Fashion Wallet password", name,
        "We received a request to reset your password. Choose a new one here:", link, "Choose a new password",
        "The link works for one hour and only once. If you did not ask for it, ignore this email: your password stays as it is.");

    public static EmailMessage PasswordChanged(string to, string name) => Build(to, "password_changed", "Your Fashion Wallet password was changed", name,
        "Your password was just changed and your other devices were signed out.", null, null,
        "If it was not you, reset your password at once and contact us.");

    public static EmailMessage ConfirmNewEmail(string to, string name, Uri link) => Build(to, "change_email", "Confirm your new email address for Fashion Wallet", name,
        "Confirm that this is the new email address of your Fashion Wallet account:", link, "Confirm this address",
        "The link works for 24 hours. Until you confirm, your account keeps its current address.");

    public static EmailMessage EmailChangeRequested(string to, string name, string newAddress) => Build(to, "email_change_requested", "Your Fashion Wallet email address is about to change", name,
        $"Someone signed in to your account asked to change its email address to {newAddress}. It changes only when that address confirms.", null, null,
        "If it was not you, change your password now.");

    public static EmailMessage AccountDeleted(string to, string name) => Build(to, "account_deleted", "Your Fashion Wallet account was deleted", name,
        "Your account and everything in it (avatars, photos, designs) were deleted, as you asked.", null, null,
        "We are sorry to see you go.");

    private static EmailMessage Build(string to, string purpose, string subject, string name, string lead, Uri? link, string? action, string footer)
    {
        var encoder = HtmlEncoder.Default;
        var text = $"Hello {name},\n\n{lead}\n\n{(link is null ? "" : $"{link}\n\n")}{footer}\n\nFashion Wallet";
        var button = link is null ? "" :
            $"<p><a href=\"{encoder.Encode(link.ToString())}\" style=\"display:inline-block;padding:10px 18px;background:#1f1a24;color:#fff;border-radius:8px;text-decoration:none\">{encoder.Encode(action!)}</a></p>" +
            $"<p style=\"color:#6f6879;font-size:13px\">Or open {encoder.Encode(link.ToString())}</p>";
        var html = $"<!doctype html><html><body style=\"font-family:system-ui,sans-serif;color:#1f1a24\"><p>Hello {encoder.Encode(name)},</p>" +
                   $"<p>{encoder.Encode(lead)}</p>{button}<p>{encoder.Encode(footer)}</p><p>Fashion Wallet</p></body></html>";
        return new EmailMessage(to, subject, text, html, purpose);
    }
}
