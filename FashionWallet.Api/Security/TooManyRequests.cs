using System.Reflection;
using FashionWallet.Api.Accounts;
using Microsoft.AspNetCore.Http.Metadata;

namespace FashionWallet.Api.Security;

/// <summary>A typed 429 result with Retry-After and a problem body, for limits enforced inside a handler.</summary>
public sealed class TooManyRequests(TimeSpan retryAfter) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    public int? StatusCode => StatusCodes.Status429TooManyRequests;

    public Task ExecuteAsync(HttpContext httpContext) => AccountRateLimits.TooManyRequests(httpContext, retryAfter);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status429TooManyRequests, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"]));
}
