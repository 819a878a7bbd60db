using FashionWallet.Catalog;
using Npgsql;

namespace FashionWallet.Tests.Catalog;

/// <summary>Writes, versions and restore against a real database; what is stored is what was sent, safely.</summary>
public sealed class CatalogStoreTests(CatalogDatabase database) : IClassFixture<CatalogDatabase>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;
    private CatalogStore Store => database.Store;

    [Fact]
    public async Task Every_change_is_a_version_and_restoring_creates_a_new_one()
    {
        var admin = Guid.NewGuid();
        var created = await Store.CreateAsync(CatalogTestItems.FabricInput("VER-1", price: 10), admin, Cancel);
        var id = created.Item!.Id;
        var updated = await Store.UpdateAsync(id, CatalogTestItems.FabricInput("VER-1", name: "Renamed Twill", price: 14), 1, admin, Cancel);
        var published = await Store.PublishAsync(id, admin, Cancel);
        var restored = await Store.RestoreAsync(id, 1, admin, Cancel);

        Assert.Equal([CatalogWriteOutcome.Created, CatalogWriteOutcome.Updated, CatalogWriteOutcome.Updated, CatalogWriteOutcome.Updated],
            new[] { created, updated, published, restored }.Select(r => r.Outcome));
        Assert.Equal(4, restored.Item!.Version);
        Assert.Equal("Test Twill", restored.Item.Name);
        Assert.Equal(10m, restored.Item.Price);
        Assert.Equal(CatalogStatus.Draft, restored.Item.Status);
        Assert.NotNull(restored.Item.PublishedAt);

        var versions = await Store.GetVersionsAsync(id, Cancel);
        Assert.Equal([4, 3, 2, 1], versions.Select(v => v.Version));
        Assert.Equal(["restored", "published", "updated", "created"], versions.Select(v => v.Change));
        Assert.Equal(1, versions[0].RestoredFrom);
        Assert.Equal("Renamed Twill", (await Store.GetVersionAsync(id, 2, Cancel))!.Content.Name);
        Assert.All(versions, v => Assert.Equal(admin, v.ChangedBy));
        Assert.Equal(versions[3].ContentHash, versions[0].ContentHash);
    }

    [Fact]
    public async Task Saving_the_same_content_again_changes_nothing()
    {
        var created = await Store.CreateAsync(CatalogTestItems.FabricInput("SAME-1"), null, Cancel);

        var again = await Store.UpdateAsync(created.Item!.Id, CatalogTestItems.FabricInput("same-1 "), null, null, Cancel);

        Assert.Equal(CatalogWriteOutcome.Unchanged, again.Outcome);
        Assert.Single(await Store.GetVersionsAsync(created.Item.Id, Cancel));
    }

    [Fact]
    public async Task Stale_versions_duplicate_skus_sku_changes_and_unknown_items_are_refused()
    {
        var created = await Store.CreateAsync(CatalogTestItems.FabricInput("CONF-1"), null, Cancel);
        await Store.UpdateAsync(created.Item!.Id, CatalogTestItems.FabricInput("CONF-1", price: 20), 1, null, Cancel);

        var stale = await Store.UpdateAsync(created.Item.Id, CatalogTestItems.FabricInput("CONF-1", price: 30), 1, null, Cancel);
        var duplicate = await Store.CreateAsync(CatalogTestItems.FabricInput("conf-1"), null, Cancel);
        var renamedSku = await Store.UpdateAsync(created.Item.Id, CatalogTestItems.FabricInput("CONF-2"), null, null, Cancel);
        var missing = await Store.PublishAsync(Guid.NewGuid(), null, Cancel);
        var noSuchVersion = await Store.RestoreAsync(created.Item.Id, 9, null, Cancel);

        Assert.Equal((CatalogWriteOutcome.Conflict, "version"), (stale.Outcome, stale.Errors.Single().Field));
        Assert.Equal((CatalogWriteOutcome.Conflict, "sku"), (duplicate.Outcome, duplicate.Errors.Single().Field));
        Assert.Equal((CatalogWriteOutcome.Invalid, "sku"), (renamedSku.Outcome, renamedSku.Errors.Single().Field));
        Assert.Equal(CatalogWriteOutcome.NotFound, missing.Outcome);
        Assert.Equal(CatalogWriteOutcome.NotFound, noSuchVersion.Outcome);
        Assert.Equal(20m, (await Store.GetAsync(created.Item.Id, Cancel))!.Price);
    }

    [Fact]
    public async Task Invalid_input_writes_nothing_and_says_why()
    {
        var result = await Store.CreateAsync(CatalogTestItems.FabricInput("NEG-1", price: -5) with { Kind = "hat" }, null, Cancel);

        Assert.Equal(CatalogWriteOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Errors, e => e.Field == "kind");
        Assert.Null(await Store.GetBySkuAsync("NEG-1", Cancel));
    }

    [Fact]
    public async Task Quotes_sql_markup_and_emoji_are_stored_verbatim_and_highlighted_safely()
    {
        const string name = "<script>alert('x')</script> Robert'); DROP TABLE catalog_items;-- \"Tweed\" 🧵";
        var created = await Store.CreateAsync(CatalogTestItems.FabricInput("SAFE-1", name: name, status: CatalogStatus.Published), null, Cancel);

        var stored = await Store.GetAsync(created.Item!.Id, Cancel);
        var hit = (await database.Search.SearchAsync(new CatalogQuery { Text = "tweed" }, Cancel)).Items.Single();

        Assert.Equal(name, stored!.Name);
        Assert.StartsWith("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", hit.NameHtml);
        Assert.EndsWith("TABLE catalog_items;-- &quot;<mark>Tweed</mark>&quot; &#x1F9F5;", hit.NameHtml);
        Assert.DoesNotContain("<script", hit.NameHtml + hit.SnippetHtml);
    }

    [Fact]
    public async Task Drafts_and_archived_items_are_found_only_by_admin_searches()
    {
        var draft = await Store.CreateAsync(CatalogTestItems.FabricInput("VIS-1", name: "Zanzibar Draft Twill"), null, Cancel);
        var archived = await Store.CreateAsync(CatalogTestItems.FabricInput("VIS-2", name: "Zanzibar Old Twill", status: CatalogStatus.Published), null, Cancel);
        await Store.ArchiveAsync(archived.Item!.Id, null, Cancel);
        var search = database.Search;

        var visitor = await search.SearchAsync(new CatalogQuery { Text = "zanzibar" }, Cancel);
        var admin = await search.SearchAsync(new CatalogQuery { Text = "zanzibar", IncludeUnpublished = true }, Cancel);

        Assert.Empty(visitor.Items);
        Assert.Equal(new[] { draft.Item!.Id, archived.Item.Id }.Order(), admin.Items.Select(i => i.Id).Order());
    }

    [Fact]
    public async Task Versions_cannot_be_rewritten()
    {
        var created = await Store.CreateAsync(CatalogTestItems.FabricInput("IMM-1"), null, Cancel);

        var error = await Assert.ThrowsAsync<PostgresException>(() =>
            database.ScalarAsync("update catalog_item_versions set name = 'forged' where item_id = @id", ("id", created.Item!.Id)));

        Assert.Contains("immutable", error.MessageText);
    }

    [Fact]
    public async Task Artwork_is_drawn_for_every_kind()
    {
        foreach (var input in new[] { CatalogTestItems.FabricInput("ART-1"), CatalogTestItems.Silhouette("ART-2"), CatalogTestItems.Print("ART-3"), CatalogTestItems.Element("ART-4") })
        {
            var created = await Store.CreateAsync(input, null, Cancel);
            var artwork = await Store.GetArtworkAsync(created.Item!.Id, Cancel);

            Assert.StartsWith("<svg", artwork!.ThumbnailSvg);
            Assert.Equal(input.Kind is CatalogKind.Fabric or CatalogKind.Print, artwork.TextureSvg is not null);
            Assert.NotEmpty(artwork.Palette);
        }
        Assert.Null(await Store.GetArtworkAsync(Guid.NewGuid(), Cancel));
    }
}
