namespace FashionWallet.Web.Avatars;

public static class AvatarsWebExtensions
{
    /// <summary>Photos are up to 15 MB each.</summary>
    public const long MaxUploadBytes = 31L * 1024 * 1024;

    public static IHostApplicationBuilder AddWebAvatars(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpClient<AvatarsClient>(client => client.BaseAddress = new Uri("http://api")).AddHttpMessageHandler<Accounts.ApiTokenHandler>();
        return builder;
    }

    /// <summary>
    /// The avatar's files come from this origin (the page's content security policy stays 'self', and the API is not
    /// exposed): models, measurements, photos, and the run's progress for the page's live bar.
    /// </summary>
    public static IEndpointRouteBuilder MapWebAvatars(this IEndpointRouteBuilder app)
    {
        var files = app.MapGroup("/avatars/{id:guid}").RequireAuthorization();
        files.MapGet("/model.{format:regex(^(glb|zip)$)}", (Guid id, string format, HttpContext http, AvatarsClient avatars) =>
            PassThroughAsync(avatars, id, $"model.{format}{http.Request.QueryString}", http));
        files.MapGet("/measurements.{format:regex(^(csv|json)$)}", (Guid id, string format, HttpContext http, AvatarsClient avatars) =>
            PassThroughAsync(avatars, id, $"measurements.{format}{http.Request.QueryString}", http));
        files.MapGet("/photos/{view:regex(^(front|side)$)}", (Guid id, string view, HttpContext http, AvatarsClient avatars) =>
            PassThroughAsync(avatars, id, $"photos/{view}", http));
        files.MapGet("/progress", async (Guid id, AvatarsClient avatars, CancellationToken cancellationToken) =>
            (await avatars.GetAsync(id, cancellationToken)).Value is { } avatar
                ? Results.Ok(new { avatar.Status, avatar.CurrentVersion, avatar.Progress })
                : Results.NotFound());
        return app;
    }

    private static async Task<IResult> PassThroughAsync(AvatarsClient avatars, Guid id, string pathAndQuery, HttpContext http)
    {
        using var response = await avatars.FileAsync(id, pathAndQuery, http.RequestAborted);
        if (!response.IsSuccessStatusCode)
            return Results.StatusCode((int)response.StatusCode);
        http.Response.ContentType = response.Content.Headers.ContentType?.ToString();
        if (response.Content.Headers.ContentDisposition is { } disposition)
            http.Response.Headers.ContentDisposition = disposition.ToString();
        if (response.Headers.CacheControl is { } cache)
            http.Response.Headers.CacheControl = cache.ToString();
        await response.Content.CopyToAsync(http.Response.Body, http.RequestAborted);
        return Results.Empty;
    }
}
