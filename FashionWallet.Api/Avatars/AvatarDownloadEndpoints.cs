using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using FashionWallet.Avatars;
using FashionWallet.Avatars.Bodies;
using FashionWallet.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Api.Avatars;

/// <summary>An avatar version as files: the 3D model (GLB, or OBJ with its MTL in a zip) and the measurements (CSV, JSON).</summary>
internal static class AvatarDownloadEndpoints
{
    public static Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> Glb(
        Guid id, int? version, string? lod, FashionWalletDbContext db, AvatarModels models, HttpContext http, CancellationToken cancellationToken) =>
        ModelAsync(id, version, lod, ModelFormat.Glb, db, models, http, cancellationToken);

    public static Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> ObjZip(
        Guid id, int? version, string? lod, FashionWalletDbContext db, AvatarModels models, HttpContext http, CancellationToken cancellationToken) =>
        ModelAsync(id, version, lod, ModelFormat.ObjZip, db, models, http, cancellationToken);

    public static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> Measurements(
        Guid id, string format, int? version, string? units, FashionWalletDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        if (units is not (null or "metric" or "imperial"))
            return Api.Security.FieldErrors.One("units", "Units are metric (centimetres) or imperial (inches).");
        var (avatar, found) = await FindAsync(db, http.User, id, version, cancellationToken);
        if (avatar is null || found is null)
            return TypedResults.NotFound();
        var response = AvatarVersionResponse.From(found);
        var inches = units == "imperial";
        var unit = inches ? "in" : "cm";
        double Convert(double cm) => Math.Round(inches ? cm / AvatarVersionEndpoints.CentimetresPerInch : cm, 1);
        var name = $"{Slug(avatar.Name)}-v{found.Version}-measurements";
        if (format == "json")
        {
            var document = new
            {
                avatar = avatar.Name, version = found.Version, units = unit, bodyType = found.BodyType, skinTone = found.SkinTone,
                measurements = response.Measurements.ToDictionary(m => m.Name, m => new { value = Convert(m.Cm), m.Confidence, m.Source }),
                response.Warnings,
            };
            return TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(document, JsonSerializerOptions.Web), "application/json", $"{name}.json");
        }
        var csv = new StringBuilder($"measurement,label,value,unit,confidence,source\r\n");
        foreach (var m in response.Measurements)
            csv.Append(CultureInfo.InvariantCulture, $"{m.Name},{m.Label.Replace(",", "", StringComparison.Ordinal)},{Convert(m.Cm)},{unit},{m.Confidence},{m.Source}\r\n");
        return TypedResults.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv", $"{name}.csv");
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> ModelAsync(
        Guid id, int? version, string? lod, ModelFormat format, FashionWalletDbContext db, AvatarModels models, HttpContext http, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<BodyLevelOfDetail>(lod ?? "medium", ignoreCase: true, out var levelOfDetail) || !Enum.IsDefined(levelOfDetail) || int.TryParse(lod, out _))
            return Api.Security.FieldErrors.One("lod", "A level of detail is low (about 5,000 triangles), medium (20,000) or high (70,000).");
        var (avatar, found) = await FindAsync(db, http.User, id, version, cancellationToken);
        if (avatar is null || found is null)
            return TypedResults.NotFound();
        var bytes = await models.GetAsync(avatar, found, levelOfDetail, format, cancellationToken);
        // A version never changes, so neither does its model.
        if (version is not null)
            http.Response.Headers.CacheControl = "private, max-age=31536000, immutable";
        var extension = format == ModelFormat.Glb ? "glb" : "zip";
        return TypedResults.File(bytes, format == ModelFormat.Glb ? "model/gltf-binary" : "application/zip",
            $"{Slug(avatar.Name)}-v{found.Version}-{levelOfDetail.ToString().ToLowerInvariant()}.{extension}",
            entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{avatar.Id:N}-{found.Version}-{levelOfDetail}-{extension}\""));
    }

    /// <summary>The avatar and the asked-for version (the current one when none is given).</summary>
    private static async Task<(Avatar?, AvatarVersion?)> FindAsync(FashionWalletDbContext db, ClaimsPrincipal user, Guid id, int? version, CancellationToken cancellationToken)
    {
        var avatar = await db.Avatars.VisibleTo(user).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (avatar is null)
            return (null, null);
        var number = version ?? avatar.CurrentVersion;
        return (avatar, await db.AvatarVersions.FirstOrDefaultAsync(v => v.AvatarId == id && v.Version == number, cancellationToken));
    }

    private static string Slug(string name)
    {
        var slug = new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        return slug.Length == 0 ? "avatar" : slug[..Math.Min(slug.Length, 40)];
    }
}
