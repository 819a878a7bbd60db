namespace FashionWallet.Api.Security;

/// <summary>Who may call an endpoint. Every /api endpoint declares one; the API refuses to start otherwise, and the
/// authorisation matrix test exercises each endpoint as anonymous, another person, the owner and an admin.</summary>
public enum Access
{
    /// <summary>Anyone, signed in or not.</summary>
    Public,

    /// <summary>Any signed-in person, acting on their own account.</summary>
    SignedIn,

    /// <summary>A signed-in person acting on a resource they own (others get 404, as if it did not exist); admins too.</summary>
    Owner,

    /// <summary>Admins only.</summary>
    Admin,

    /// <summary>Anyone in Development (the dev mailbox), admins only elsewhere.</summary>
    AdminOutsideDevelopment,
}

public sealed record AccessMetadata(Access Access);

public static class Policies
{
    public const string SignedIn = "signed-in";
    public const string Admin = "admin";
}

public static class AccessExtensions
{
    public static TBuilder WithAccess<TBuilder>(this TBuilder builder, Access access, bool isDevelopment = false) where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new AccessMetadata(access));
        return access switch
        {
            Access.Public => builder.AllowAnonymous(),
            Access.SignedIn or Access.Owner => builder.RequireAuthorization(Policies.SignedIn),
            Access.Admin => builder.RequireAuthorization(Policies.Admin),
            Access.AdminOutsideDevelopment => isDevelopment ? builder.AllowAnonymous() : builder.RequireAuthorization(Policies.Admin),
            _ => throw new ArgumentOutOfRangeException(nameof(access)),
        };
    }

    /// <summary>Stops start-up when an /api endpoint does not say who may call it.</summary>
    public static void VerifyEveryEndpointDeclaresAccess(this WebApplication app)
    {
        var sources = ((IEndpointRouteBuilder)app).DataSources;
        var undeclared = sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true && e.Metadata.GetMetadata<AccessMetadata>() is null)
            .Select(e => e.DisplayName)
            .ToArray();
        if (undeclared.Length > 0)
            throw new InvalidOperationException($"These endpoints do not declare who may call them (.WithAccess(...)): {string.Join(", ", undeclared)}");
    }
}
