using FashionWallet.Accounts;
using FashionWallet.Catalog;
using FashionWallet.Database;
using FashionWallet.Designs;
using FashionWallet.Designs.Operations;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Api.Designs;

/// <summary>
/// A new installation gets a few published templates made from seeded silhouettes and fabrics, so a new person can
/// start from a garment rather than an empty page. Runs after the catalog seed (hosted services start in order) and
/// only while no published template exists; items missing from the catalog are skipped.
/// </summary>
internal sealed class StarterTemplates(IServiceScopeFactory scopes, CatalogStore catalog, ILogger<StarterTemplates> logger) : IHostedService
{
    /// <summary>Templates need an owner; this account has no password and an address that cannot receive mail, so nobody signs in as it.</summary>
    public const string OwnerEmail = "starter-templates@fashionwallet.invalid";

    private sealed record Starter(string Name, string Category, string SilhouetteSku, string FabricSku, string Colour, string[] Panels);

    private static readonly Starter[] Starters =
    [
        new("T-shirt", "top", "SIL-CLASSIC-CREW-NECK-T-SHIRT", "FAB-COTTON-JERSEY", "#2f5d8a", ["front", "back", "left-sleeve", "right-sleeve"]),
        new("Oxford shirt", "top", "SIL-BUTTON-DOWN-OXFORD-SHIRT", "FAB-OXFORD-CLOTH", "#dfe8f2", ["front", "back", "left-sleeve", "right-sleeve", "collar"]),
        new("A-line dress", "dress", "SIL-SKATER-DRESS", "FAB-COTTON-LAWN", "#b8475a", ["front", "back"]),
        new("A-line skirt", "bottom", "SIL-A-LINE-MIDI-SKIRT", "FAB-VISCOSE-CHALLIS", "#3f6b4f", ["front", "back"]),
        new("Trousers", "bottom", "SIL-PLEATED-CHINOS", "FAB-COTTON-DRILL", "#c2a878", ["front", "back"]),
        new("Blazer", "outerwear", "SIL-SINGLE-BREASTED-BLAZER", "FAB-WOOL-FLANNEL", "#3a3d4a", ["front", "back", "left-sleeve", "right-sleeve", "collar"]),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FashionWalletDbContext>();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // API instances starting together make the templates once: the second waits here, then finds them.
            await db.Database.ExecuteSqlAsync($"select pg_advisory_xact_lock(hashtextextended('fashionwallet.starter-templates', 0))", ct);
            if (await db.Designs.AnyAsync(d => d.IsTemplate && d.Status == DesignStatuses.Published && d.DeletedAt == null, ct))
                return;
            await MakeAsync(db, ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
    }

    private async Task MakeAsync(FashionWalletDbContext db, CancellationToken cancellationToken)
    {
        var owner = await OwnerAsync(db, cancellationToken);
        var made = 0;
        foreach (var starter in Starters)
        {
            if (await catalog.GetBySkuAsync(starter.SilhouetteSku, cancellationToken) is not { } silhouette)
                continue;
            var fabric = await catalog.GetBySkuAsync(starter.FabricSku, cancellationToken);
            var result = DesignEditor.Apply(DesignDocument.Blank, Operations(starter, silhouette, fabric).ToArray());
            if (!result.Succeeded)
            {
                logger.LogWarning("Starter template {Name} is invalid: {Errors}", starter.Name, string.Join("; ", result.Errors.Select(e => e.Message)));
                continue;
            }
            await DesignEndpoints.AddAsync(db, new Design
            {
                Id = Guid.CreateVersion7(), OwnerId = owner, Name = starter.Name, Category = starter.Category, IsTemplate = true,
                Status = DesignStatuses.Published, Tags = ["starter"], Description = $"{starter.Name} in {fabric?.Name.ToLowerInvariant() ?? "calico"}.",
                Document = DesignJson.Serialize(result.Document!),
            }, owner, cancellationToken);
            made++;
        }
        logger.LogInformation("Made {Count} starter templates", made);
    }

    private static IEnumerable<DesignOperation> Operations(Starter starter, CatalogItem silhouette, CatalogItem? fabric)
    {
        yield return new SetGarment(GarmentProperties.Silhouette, null, silhouette.Id.ToString());
        yield return new AddLayer(new NewLayer("silhouette", silhouette.Name, LayerKinds.Silhouette,
            Properties: new Dictionary<string, string> { [StudioLayerProperties.Item] = silhouette.Id.ToString() }));
        foreach (var panel in starter.Panels)
        {
            if (fabric is not null)
                yield return new SetGarment(GarmentProperties.Fabric, panel, fabric.Id.ToString());
            yield return new SetGarment(GarmentProperties.Colour, panel, starter.Colour);
        }
        if (fabric is not null)
        {
            yield return new AddLayer(new NewLayer("fabric", fabric.Name, LayerKinds.Fabric, Properties: new Dictionary<string, string>
            {
                [StudioLayerProperties.Item] = fabric.Id.ToString(), [StudioLayerProperties.Panel] = string.Join(',', starter.Panels),
            }));
        }
    }

    private static async Task<Guid> OwnerAsync(FashionWalletDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Users.FirstOrDefaultAsync(u => u.Email == OwnerEmail, cancellationToken) is { } existing)
            return existing.Id;
        var now = DateTimeOffset.UtcNow;
        var user = new User
        {
            Id = Guid.CreateVersion7(), Email = OwnerEmail, DisplayName = "Fashion Wallet", PasswordHash = "", LockedUntil = DateTimeOffset.MaxValue,
            CreatedAt = now, UpdatedAt = now,
        };
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return user.Id;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
