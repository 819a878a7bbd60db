using System.Security.Claims;
using System.Text;
using FashionWallet.Catalog;
using FashionWallet.Database;
using FashionWallet.Designs;
using FashionWallet.Designs.Garments;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace FashionWallet.Api.Designs;

/// <summary>A design as the studio shows it: the 3D preview on its wearer (GLB) and the technical flat (SVG).</summary>
internal static class DesignPreviewEndpoints
{
    public static async Task<Results<FileContentHttpResult, NotFound>> Glb(
        Guid id, FashionWalletDbContext db, DesignPreviews previews, CatalogStore catalog, HttpContext http, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, http.User, id, cancellationToken) is not { } design)
            return TypedResults.NotFound();
        var wearer = await DesignWearer.FindAsync(db, design, cancellationToken);
        var look = await DesignLook.ResolveAsync(DesignJson.Deserialize(design.Document), catalog, cancellationToken);
        var glb = await previews.GetAsync(design, wearer, look, cancellationToken);
        // Not immutable even at a version: the same version is shown on a new body once its wearer's avatar changes, and
        // in new colours once a fabric it wears is edited in the catalog. The ETag names both, so an unchanged preview costs a 304.
        http.Response.Headers.CacheControl = "private, no-cache";
        return TypedResults.File(glb, "model/gltf-binary", $"design-v{design.Version}.glb",
            entityTag: new EntityTagHeaderValue($"\"{design.Id:N}-{DesignPreviews.Name(design, wearer, look)}\""));
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> Flat(
        Guid id, FashionWalletDbContext db, CatalogStore catalog, HttpContext http, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, http.User, id, cancellationToken) is not { } design)
            return TypedResults.NotFound();
        var look = await DesignLook.ResolveAsync(DesignJson.Deserialize(design.Document), catalog, cancellationToken);
        var svg = look.Spec is { } spec
            ? FlatFrame.AroundGarment(FlatSketch.Render(spec, new FlatStyle(look.PanelColours) { PrintTileSvg = look.PrintTileSvg, PrintScale = look.PrintScale }))
            : ChooseASilhouette;
        // Not immutable even at a version, like the preview: a catalog edit redraws it.
        http.Response.Headers.CacheControl = "private, no-cache";
        // Print tiles are inlined (made safe by FlatSketch); the policy still forbids scripts and fetching anything.
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        return TypedResults.File(Encoding.UTF8.GetBytes(svg), "image/svg+xml; charset=utf-8", $"design-v{design.Version}-flat.svg",
            entityTag: new EntityTagHeaderValue($"\"{design.Id:N}-v{design.Version}-{look.CatalogKey}-flat\""));
    }

    private static Task<Design?> FindAsync(FashionWalletDbContext db, ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        db.Designs.VisibleTo(user).NotDeleted().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);

    private const string ChooseASilhouette =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 500 320\" width=\"500\" height=\"320\" role=\"img\" aria-label=\"No garment yet\">" +
        "<rect width=\"500\" height=\"320\" fill=\"#faf8fb\" stroke=\"#d8d2dc\" stroke-dasharray=\"6 4\"/>" +
        "<text x=\"250\" y=\"150\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"20\" fill=\"#4a4550\">Choose a silhouette</text>" +
        "<text x=\"250\" y=\"180\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"14\" fill=\"#7a7482\">from the catalog to start the garment</text></svg>";
}
