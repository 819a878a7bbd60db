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
            document.Info.Description = "Avatars, catalog, designs, collaboration, rendering and orders. Errors are RFC 9457 problem details.";
            return Task.CompletedTask;
        }));
        return builder;
    }

    public static WebApplication MapApiDocumentation(this WebApplication app)
    {
        app.MapOpenApi();
        var page = ReadPage();
        app.MapGet("/api-reference", () => TypedResults.Content(page, "text/html; charset=utf-8")).ExcludeFromDescription();
        return app;
    }

    private static string ReadPage()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("api-reference.html")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
