using FashionWallet.Api.Security;
using FashionWallet.Avatars;
using FashionWallet.Storage;
using Microsoft.AspNetCore.Mvc;

namespace FashionWallet.Api.Avatars;

public static class AvatarsApi
{
    public static IHostApplicationBuilder AddAvatars(this IHostApplicationBuilder builder)
    {
        builder.AddBlobStorage();
        builder.Services.AddScoped<Idempotency>();
        builder.Services.AddScoped<AvatarRuns>();
        builder.Services.AddSingleton<AvatarModels>();
        return builder;
    }

    public static IEndpointRouteBuilder MapAvatarsApi(this IEndpointRouteBuilder app)
    {
        var avatars = app.MapGroup("/api/avatars").WithTags("Avatars");
        var photoUpload = new RequestSizeLimitAttribute(AvatarPhotoSubmission.MaxRequestBytes);

        avatars.MapPost("", AvatarEndpoints.Create).WithAccess(Access.SignedIn).WithMetadata(photoUpload).DisableAntiforgery()
            .WithSummary("A new avatar from a front and a side photo (multipart: front, side, heightCm; optional weightKg, age, sex, name). Send an Idempotency-Key to retry safely.");
        avatars.MapGet("", AvatarEndpoints.List).WithAccess(Access.SignedIn).WithSummary("Your avatars, the default first");
        avatars.MapGet("/{id:guid}", AvatarEndpoints.Get).WithAccess(Access.Owner).WithSummary("An avatar with its latest run's progress and its current measurements");
        avatars.MapPatch("/{id:guid}", AvatarEndpoints.Update).WithAccess(Access.Owner).WithSummary("Rename an avatar, or make it the default");
        avatars.MapDelete("/{id:guid}", AvatarEndpoints.Delete).WithAccess(Access.Owner).WithSummary("Delete an avatar with its photos, versions and models");
        avatars.MapPost("/{id:guid}/runs", AvatarEndpoints.Retry).WithAccess(Access.Owner).WithMetadata(photoUpload).DisableAntiforgery()
            .WithSummary("New photos for an avatar: after a failure, or to measure again");
        avatars.MapGet("/{id:guid}/photos/{view:regex(^(front|side)$)}", AvatarEndpoints.Photo).WithAccess(Access.Owner)
            .WithSummary("The latest run's photo as stored (upright, without metadata)");

        avatars.MapGet("/{id:guid}/versions", AvatarVersionEndpoints.List).WithAccess(Access.Owner).WithSummary("Every version, newest first");
        avatars.MapGet("/{id:guid}/versions/{version:int}", AvatarVersionEndpoints.Get).WithAccess(Access.Owner).WithSummary("One version's measurements");
        avatars.MapGet("/{id:guid}/versions/compare", AvatarVersionEndpoints.Compare).WithAccess(Access.Owner).WithSummary("Two versions side by side (?from=1&to=3)");
        avatars.MapPost("/{id:guid}/versions", AvatarVersionEndpoints.Edit).WithAccess(Access.Owner)
            .WithSummary("Edit measurements: a new version on top of baseVersion (409 when the avatar changed since)");
        avatars.MapPost("/{id:guid}/versions/{version:int}/restore", AvatarVersionEndpoints.Restore).WithAccess(Access.Owner)
            .WithSummary("Bring back an earlier version's measurements as a new version");

        avatars.MapGet("/{id:guid}/model.glb", AvatarDownloadEndpoints.Glb).WithAccess(Access.Owner)
            .WithSummary("The 3D body as binary glTF (?version=, ?lod=low|medium|high)");
        avatars.MapGet("/{id:guid}/model.zip", AvatarDownloadEndpoints.ObjZip).WithAccess(Access.Owner)
            .WithSummary("The 3D body as OBJ with its MTL, zipped (?version=, ?lod=)");
        avatars.MapGet("/{id:guid}/measurements.{format:regex(^(csv|json)$)}", AvatarDownloadEndpoints.Measurements).WithAccess(Access.Owner)
            .WithSummary("The measurements as CSV or JSON (?version=, ?units=metric|imperial)");
        return app;
    }
}
