using Microsoft.Playwright;

namespace FashionWallet.Workers.Chromium;

/// <summary>
/// Answers the browser's requests to <see cref="Origin"/> from files on disk, and refuses every other request, so a
/// page can load nothing from the network: all it needs ships with the worker.
/// </summary>
internal sealed class ChromiumAssets(string root)
{
    public const string Origin = "http://fashionwallet.local/";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".json"] = "application/json",
        [".wasm"] = "application/wasm",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
    };

    private readonly string _root = Path.GetFullPath(root);

    public async Task AttachAsync(IBrowserContext context)
    {
        // Routes are matched newest first: the origin's handler runs before the catch-all refusal.
        await context.RouteAsync("**/*", route => route.AbortAsync("blockedbyclient"));
        await context.RouteAsync(Origin + "**", ServeAsync);
    }

    private async Task ServeAsync(IRoute route)
    {
        var path = ResolvePath(new Uri(route.Request.Url).AbsolutePath);
        if (path is null || !File.Exists(path))
        {
            await route.FulfillAsync(new RouteFulfillOptions { Status = 404, ContentType = "text/plain", Body = "not found" });
            return;
        }
        await route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream"),
            BodyBytes = await File.ReadAllBytesAsync(path),
        });
    }

    /// <summary>The file a URL path names, or null when it would leave the root.</summary>
    public string? ResolvePath(string urlPath)
    {
        var relative = Uri.UnescapeDataString(urlPath).TrimStart('/');
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        return full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }
}
