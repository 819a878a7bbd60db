using FashionWallet.Api.Security;
using FashionWallet.Designs;

namespace FashionWallet.Api.Designs;

public static class DesignsApi
{
    public static IHostApplicationBuilder AddDesigns(this IHostApplicationBuilder builder)
    {
        // Operations carry their type tag; a client (or jsonb, which reorders keys) may put it anywhere in the object.
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.AllowOutOfOrderMetadataProperties = true);
        builder.Services.AddSingleton<DesignStepStore>();
        builder.Services.AddSingleton<RecentDesigns>();
        return builder;
    }

    public static IEndpointRouteBuilder MapDesignsApi(this IEndpointRouteBuilder app)
    {
        var designs = app.MapGroup("/api/designs").WithTags("Designs");

        designs.MapPost("", DesignEndpoints.Create).WithAccess(Access.SignedIn).WithName("CreateDesign")
            .WithSummary("A new design: blank, or from a template (templateId: your own template or a published one)");
        designs.MapGet("", DesignEndpoints.List).WithAccess(Access.SignedIn).WithName("ListDesigns")
            .WithSummary("Your designs: ?q= (name, description, tags), ?tag= (repeat for all of several), ?folderId=, ?status=, ?category=, ?sort=updated|created|name, ?desc=, ?page=, ?pageSize=");
        designs.MapGet("/trash", DesignEndpoints.Trash).WithAccess(Access.SignedIn).WithName("ListDesignTrash")
            .WithSummary($"Your deleted designs that can still be restored ({Design.TrashRetention.Days} days)");
        designs.MapGet("/templates", DesignTemplateEndpoints.List).WithAccess(Access.SignedIn).WithName("ListDesignTemplates")
            .WithSummary("Templates to start from: your own and the published ones");
        designs.MapGet("/{id:guid}", DesignEndpoints.Get).WithAccess(Access.Owner).WithName("GetDesign").WithSummary("A design with its document");
        designs.MapPatch("/{id:guid}", DesignEndpoints.Update).WithAccess(Access.Owner).WithName("UpdateDesign")
            .WithSummary("Change name, description, category, status, tags, folder or avatar (not the document: use operations)");
        designs.MapDelete("/{id:guid}", DesignEndpoints.Delete).WithAccess(Access.Owner).WithName("DeleteDesign")
            .WithSummary($"Send a design to the trash (restorable for {Design.TrashRetention.Days} days)");
        designs.MapPost("/{id:guid}/restore", DesignEndpoints.RestoreFromTrash).WithAccess(Access.Owner).WithName("RestoreDesignFromTrash")
            .WithSummary("Bring a design back from the trash");
        designs.MapPost("/{id:guid}/duplicate", DesignEndpoints.Duplicate).WithAccess(Access.Owner).WithName("DuplicateDesign")
            .WithSummary("A copy of a design, with its document but not its history");
        designs.MapPost("/{id:guid}/template", DesignTemplateEndpoints.SaveAsTemplate).WithAccess(Access.Owner).WithName("SaveDesignAsTemplate")
            .WithSummary("Save a copy as a template (admins may publish it to everyone)");

        designs.MapPost("/{id:guid}/operations", DesignEditEndpoints.Apply).WithAccess(Access.Owner).WithName("ApplyDesignOperations")
            .WithSummary("Apply operations as one undoable step on top of baseVersion: 409 with currentVersion when stale, 400 naming operations[i].field when invalid; nothing changes on an error");
        designs.MapPost("/{id:guid}/undo", DesignEditEndpoints.Undo).WithAccess(Access.Owner).WithName("UndoDesignStep").WithSummary("Undo the latest applied step");
        designs.MapPost("/{id:guid}/redo", DesignEditEndpoints.Redo).WithAccess(Access.Owner).WithName("RedoDesignStep").WithSummary("Redo the latest undone step");
        designs.MapGet("/{id:guid}/history", DesignEditEndpoints.History).WithAccess(Access.Owner).WithName("GetDesignHistory")
            .WithSummary("Applied and undone steps, newest first (?page=, ?pageSize=)");

        designs.MapGet("/{id:guid}/preview.glb", DesignPreviewEndpoints.Glb).WithAccess(Access.Owner).WithName("GetDesignPreview")
            .WithSummary("The design on its avatar (or your default avatar, else a typical body) as GLB, revalidated by an ETag naming the version, the body and the catalog items it wears");
        designs.MapGet("/{id:guid}/flat.svg", DesignPreviewEndpoints.Flat).WithAccess(Access.Owner).WithName("GetDesignFlat")
            .WithSummary("The garment's technical flat, front and back, in its colours and print (SVG)");

        designs.MapGet("/{id:guid}/versions", DesignVersionEndpoints.List).WithAccess(Access.Owner).WithName("ListDesignVersions").WithSummary("Named versions, newest first");
        designs.MapPost("/{id:guid}/versions", DesignVersionEndpoints.Create).WithAccess(Access.Owner).WithName("CreateDesignVersion")
            .WithSummary($"Save the current document as a named version (the newest {DesignVersion.MaxKept} are kept)");
        designs.MapGet("/{id:guid}/versions/{number:int}", DesignVersionEndpoints.Get).WithAccess(Access.Owner).WithName("GetDesignVersion").WithSummary("A named version's document");
        designs.MapPost("/{id:guid}/versions/{number:int}/restore", DesignVersionEndpoints.Restore).WithAccess(Access.Owner).WithName("RestoreDesignVersion")
            .WithSummary("Make a named version's document current, as an undoable step on top of baseVersion");

        var folders = designs.MapGroup("/folders");
        folders.MapGet("", DesignFolderEndpoints.List).WithAccess(Access.SignedIn).WithName("ListDesignFolders").WithSummary("Your folders (flat, each with its parent)");
        folders.MapPost("", DesignFolderEndpoints.Create).WithAccess(Access.SignedIn).WithName("CreateDesignFolder").WithSummary("A new folder, at the top or inside another");
        folders.MapPatch("/{id:guid}", DesignFolderEndpoints.Update).WithAccess(Access.Owner).WithName("UpdateDesignFolder")
            .WithSummary("Rename or move a folder (never inside itself)");
        folders.MapDelete("/{id:guid}", DesignFolderEndpoints.Delete).WithAccess(Access.Owner).WithName("DeleteDesignFolder")
            .WithSummary("Delete a folder and its subfolders; their designs stay, outside any folder");
        return app;
    }
}
