using System.Security.Claims;
using FashionWallet.Api.Security;
using FashionWallet.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FashionWallet.Api.Catalog;

/// <summary>What admins do: write items (every change is a version), publish, archive, restore, import and export.</summary>
internal static class CatalogAdminEndpoints
{
    public static async Task<Results<Created<CatalogItemResponse>, ValidationProblem, ProblemHttpResult>> Create(
        CatalogItemRequest request, CatalogStore store, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await store.CreateAsync(request.ToInput(), user.UserId(), cancellationToken);
        return result.Outcome switch
        {
            CatalogWriteOutcome.Created => TypedResults.Created($"/api/catalog/items/{result.Item!.Id}", await ResponseAsync(store, result.Item, cancellationToken)),
            CatalogWriteOutcome.Conflict => Conflict(result),
            _ => CatalogReadEndpoints.FromCatalog(result.Errors),
        };
    }

    /// <summary>With <c>expectedVersion</c>, the update is refused (409) when someone else changed the item since.</summary>
    public static async Task<Results<Ok<CatalogItemResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Update(
        Guid id, int? expectedVersion, CatalogItemRequest request, CatalogStore store, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await Written(store, await store.UpdateAsync(id, request.ToInput(), expectedVersion, user.UserId(), cancellationToken), cancellationToken);

    public static async Task<Results<Ok<CatalogItemResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Publish(
        Guid id, CatalogStore store, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await Written(store, await store.PublishAsync(id, user.UserId(), cancellationToken), cancellationToken);

    public static async Task<Results<Ok<CatalogItemResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Archive(
        Guid id, CatalogStore store, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await Written(store, await store.ArchiveAsync(id, user.UserId(), cancellationToken), cancellationToken);

    public static async Task<Results<Ok<CatalogItemResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Restore(
        Guid id, int version, CatalogStore store, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await Written(store, await store.RestoreAsync(id, version, user.UserId(), cancellationToken), cancellationToken);

    public static async Task<Results<Ok<CatalogVersionSummary[]>, NotFound>> Versions(Guid id, CatalogStore store, CancellationToken cancellationToken)
    {
        var versions = await store.GetVersionsAsync(id, cancellationToken);
        return versions.Count == 0
            ? TypedResults.NotFound()
            : TypedResults.Ok(versions.Select(v => new CatalogVersionSummary(v.Version, v.Change, v.RestoredFrom, v.ChangedBy, v.ChangedAt)).ToArray());
    }

    public static async Task<Results<Ok<CatalogItemVersion>, NotFound>> Version(Guid id, int version, CatalogStore store, CancellationToken cancellationToken) =>
        await store.GetVersionAsync(id, version, cancellationToken) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();

    /// <summary>The file is the request body; all rows are checked before any is written, and nothing is written unless every row is valid.</summary>
    public static async Task<Results<Ok<CatalogImportReport>, ValidationProblem, ProblemHttpResult>> Import(
        string? format, HttpRequest request, CatalogStore store, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (ParseFormat(format) is not { } fileFormat)
            return FieldErrors.One("format", "Choose csv or json.");
        var report = await store.ImportAsync(request.Body, fileFormat, user.UserId(), cancellationToken);
        if (report.Succeeded)
            return TypedResults.Ok(report);
        return TypedResults.Problem(
            $"Nothing was imported: {report.Errors.Count} problem{(report.Errors.Count == 1 ? "" : "s")} in {report.Rows} row{(report.Rows == 1 ? "" : "s")}. Fix them and import the file again.",
            statusCode: StatusCodes.Status400BadRequest, title: "The file was not imported",
            extensions: new Dictionary<string, object?> { ["rows"] = report.Rows, ["importErrors"] = report.Errors });
    }

    public static async Task<Results<EmptyHttpResult, ValidationProblem>> Export(
        string? format, bool? includeArchived, HttpResponse response, CatalogStore store, CancellationToken cancellationToken)
    {
        if (ParseFormat(format) is not { } fileFormat)
            return FieldErrors.One("format", "Choose csv or json.");
        response.ContentType = fileFormat == CatalogFileFormat.Csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"catalog-{DateTime.UtcNow:yyyyMMdd}.{format}\"";
        await store.ExportAsync(response.Body, fileFormat, includeArchived ?? true, cancellationToken);
        return TypedResults.Empty;
    }

    private static CatalogFileFormat? ParseFormat(string? format) => format switch
    {
        "csv" => CatalogFileFormat.Csv,
        "json" => CatalogFileFormat.Json,
        _ => null,
    };

    private static async Task<Results<Ok<CatalogItemResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Written(
        CatalogStore store, CatalogWriteResult result, CancellationToken cancellationToken) => result.Outcome switch
    {
        CatalogWriteOutcome.Created or CatalogWriteOutcome.Updated or CatalogWriteOutcome.Unchanged =>
            TypedResults.Ok(await ResponseAsync(store, result.Item!, cancellationToken)),
        CatalogWriteOutcome.NotFound => TypedResults.NotFound(),
        CatalogWriteOutcome.Conflict => Conflict(result),
        _ => CatalogReadEndpoints.FromCatalog(result.Errors),
    };

    private static ProblemHttpResult Conflict(CatalogWriteResult result) =>
        TypedResults.Problem(string.Join(" ", result.Errors.Select(e => $"{e.Field}: {e.Reason}")), statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    private static async Task<CatalogItemResponse> ResponseAsync(CatalogStore store, CatalogItem item, CancellationToken cancellationToken) =>
        CatalogItemResponse.From(item, (await store.GetArtworkAsync(item.Id, cancellationToken))?.TextureSvg is not null);
}
