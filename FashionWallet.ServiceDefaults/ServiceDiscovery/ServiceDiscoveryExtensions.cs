using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FashionWallet.ServiceDefaults.ServiceDiscovery;

/// <summary>
/// Aspire-style service discovery from configuration: <c>http://api</c> resolves through
/// <c>services:api:http:0</c> (the AppHost sets <c>services__api__http__0</c>).
/// </summary>
public sealed class ServiceEndpointResolver(IConfiguration configuration)
{
    /// <summary>The base address for a service and scheme, or null when the name is not a configured service.</summary>
    public Uri? Resolve(string serviceName, string scheme = "http")
    {
        var section = configuration.GetSection($"services:{serviceName}");
        if (!section.Exists())
            return null;
        var value = section[$"{scheme}:0"] ?? (scheme == "http" ? section["https:0"] : null);
        return value is null ? null : new Uri(value, UriKind.Absolute);
    }

    /// <summary>Rewrites <paramref name="uri"/> when its host names a configured service; returns it unchanged otherwise.</summary>
    public Uri Rewrite(Uri uri)
    {
        if (!uri.IsAbsoluteUri || !uri.IsDefaultPort || uri.HostNameType != UriHostNameType.Dns || uri.Host.Contains('.'))
            return uri;
        if (Resolve(uri.Host, uri.Scheme) is not { } target)
            return uri;
        return new UriBuilder(uri) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
    }
}

internal sealed class ServiceDiscoveryHandler(ServiceEndpointResolver resolver) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri)
            request.RequestUri = resolver.Rewrite(uri);
        return base.SendAsync(request, cancellationToken);
    }
}

public static class ServiceDiscoveryExtensions
{
    public static IServiceCollection AddServiceDiscovery(this IServiceCollection services)
    {
        services.TryAddSingleton<ServiceEndpointResolver>();
        services.TryAddTransient<ServiceDiscoveryHandler>();
        return services;
    }

    public static IHttpClientBuilder AddServiceDiscovery(this IHttpClientBuilder builder) =>
        builder.AddHttpMessageHandler<ServiceDiscoveryHandler>();
}
