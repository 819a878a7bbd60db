using System.Security.Cryptography;
using System.Text;
using FashionWallet.Catalog;
using Npgsql;

namespace FashionWallet.Api.Catalog;

/// <summary>
/// Conditional GETs for catalog reads. Every write to the catalog moves <c>catalog_state.generation</c> on, so an
/// ETag made of the generation and the request (path, query, and whether the caller sees drafts) stays valid
/// exactly until something changes: a client that sends it back gets 304 without the search being run. With the
/// in-memory search index the generation is the one the index has caught up with (it follows the database every
/// 250 ms), which spares every read a database round trip; a change shows in ETags within that interval on other
/// nodes, and at once on the node that took the write (<see cref="CatalogIndexCatchUpFilter"/>).
/// </summary>
public sealed class CatalogETagFilter(NpgsqlDataSource dataSource, IServiceProvider services) : IEndpointFilter
{
    private readonly CatalogSearchIndex? _index = services.GetService<CatalogSearchIndex>();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var generation = _index?.Generation ?? await DatabaseGenerationAsync(http.RequestAborted);
        var request = $"{http.Request.Path}{http.Request.QueryString}|{http.User.IsInRole(FashionWallet.Accounts.Roles.Admin)}";
        var etag = $"W/\"{generation}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(request)))[..16]}\"";

        http.Response.Headers.CacheControl = "private, no-cache";
        http.Response.Headers.ETag = etag;
        if (http.Request.Headers.IfNoneMatch.Any(value => value == etag))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return await next(context);
    }

    private async Task<long> DatabaseGenerationAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("select generation from catalog_state");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
