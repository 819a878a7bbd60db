using System.Reflection;

namespace FashionWallet.Api.OpenApi;

/// <summary>The OpenAPI document at /openapi/v1.json and a browsable reference of it at /api-reference.</summary>
public static class ApiDocumentation
{
    public static IHostApplicationBuilder AddApiDocumentation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Fashion Wallet API";
            document.Info.Description = "Avatars, catalog, designs, collaboration, rendering and orders. Send `Authorization: Bearer <access token>` " +
                "(from POST /api/accounts/sign-in). Errors are RFC 9457 problem details.";
            return Task.CompletedTask;
        }));
        return builder;
    }

    public static WebApplication MapApiDocumentation(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        foreach (var (path, file, contentType) in new[]
                 {
                     ("/api-reference", "index.html", "text/html; charset=utf-8"),
                     ("/api-reference/reference.css", "reference.css", "text/css; charset=utf-8"),
                     ("/api-reference/reference.js", "reference.js", "text/javascript; charset=utf-8"),
                 })
        {
            var content = Read(file);
            app.MapGet(path, () => TypedResults.Content(content, contentType)).ExcludeFromDescription().AllowAnonymous();
        }
        return app;
    }

    private static string Read(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"api-reference/{file}")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
