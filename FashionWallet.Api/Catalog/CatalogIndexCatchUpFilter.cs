using FashionWallet.Catalog;

namespace FashionWallet.Api.Catalog;

/// <summary>
/// After an admin's write, this node's search index catches up before the answer goes out, so whoever made a change
/// sees it in their next read (and its ETag moves on). Other nodes follow within their sync interval.
/// </summary>
public sealed class CatalogIndexCatchUpFilter(IServiceProvider services) : IEndpointFilter
{
    private readonly CatalogSearchIndex? _index = services.GetService<CatalogSearchIndex>();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (_index is { IsReady: true } && context.HttpContext.Request.Method != HttpMethods.Get)
            await _index.SyncAsync(context.HttpContext.RequestAborted);
        return result;
    }
}
