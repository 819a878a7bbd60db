using Microsoft.Extensions.Configuration;

namespace FashionWallet.Accounts;

/// <summary>The web app's pages that the links in account emails open.</summary>
public sealed class AccountLinks(Uri webBaseUrl)
{
    /// <summary>From <c>Accounts:LinkBaseUrl</c>, else the web app's discovered address (<c>services:web:http:0</c>).</summary>
    public static AccountLinks FromConfiguration(IConfiguration configuration)
    {
        var url = configuration["Accounts:LinkBaseUrl"] is { Length: > 0 } configured ? configured : configuration["services:web:http:0"]
            ?? throw new InvalidOperationException("Set Accounts:LinkBaseUrl (the web app's address, for links in emails), or services:web:http:0.");
        return new AccountLinks(new Uri(url.EndsWith('/') ? url : url + "/"));
    }

    public Uri Verify(string token) => Page("account/verify", token);

    public Uri ResetPassword(string token) => Page("account/reset-password", token);

    public Uri ConfirmEmail(string token) => Page("account/confirm-email", token);

    public Uri ForgotPassword => new(webBaseUrl, "account/forgot-password");

    private Uri Page(string path, string token) => new(webBaseUrl, $"{path}?token={Uri.EscapeDataString(token)}");
}
