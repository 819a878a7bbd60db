namespace FashionWallet.Web.Accounts;

public static class LocalUrl
{
    /// <summary>The address when it stays on this site ("/studio"), else the home page: never an open redirect.</summary>
    public static string OrHome(string? url) =>
        url is { Length: > 0 } && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
