using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FashionWallet.Catalog;
using FashionWallet.Tests.Accounts;
using FashionWallet.Tests.Infrastructure;

namespace FashionWallet.Tests.Catalog;

/// <summary>The catalog over HTTP: what everyone may read, what only admins may write, and how bad input is answered.</summary>
public sealed class CatalogApiTests(CatalogApiTests.Factory api) : IClassFixture<CatalogApiTests.Factory>
{
    public sealed class Factory(PostgresFixture postgres) : ApiFactory(postgres);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_seeded_catalog_is_searchable_with_typos_facets_and_highlights()
    {
        using var client = api.Client();

        var typo = await client.GetFromJsonAsync<CatalogSearchResult>("/api/catalog/search?q=chifon", Cancel);
        var filtered = await client.GetFromJsonAsync<CatalogSearchResult>("/api/catalog/search?q=cotton&kind=fabric&stretch=none&sort=price", Cancel);

        Assert.Equal("chiffon", typo!.DidYouMean);
        Assert.Contains(typo.Items, i => i.NameHtml.Contains("<mark>Chiffon</mark>", StringComparison.Ordinal));
        Assert.All(filtered!.Items, i => Assert.Equal("fabric", i.Kind));
        Assert.Equal(filtered.Items.Select(i => i.Price).Order(), filtered.Items.Select(i => i.Price));
        var kinds = Assert.Single(filtered.Facets, f => f.Name == "kind");
        Assert.Contains(kinds.Values, v => v.Value == "fabric" && v.Selected && v.Count == filtered.Total);
    }

    [Theory]
    [InlineData("\"cotton")]
    [InlineData("cotton' OR 1=1; DROP TABLE catalog_items; --")]
    [InlineData("!!! ||| &&& <script>alert(1)</script>")]
    [InlineData("👗🧵 silk")]
    [InlineData("-")]
    public async Task Hostile_search_text_gets_a_safe_answer_never_an_error(string text)
    {
        using var client = api.Client();

        var response = await client.GetAsync($"/api/catalog/search?q={Uri.EscapeDataString(text)}", Cancel);
        var result = await response.Content.ReadFromJsonAsync<CatalogSearchResult>(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(result!.Items, i => Assert.DoesNotContain("<script>", i.NameHtml + i.SnippetHtml));
    }

    [Fact]
    public async Task A_ten_kilobyte_query_is_answered()
    {
        using var client = api.Client();

        var response = await client.GetAsync($"/api/catalog/search?q={new string('a', 10_000)}", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_facets_negative_prices_bad_sorts_and_forged_cursors_name_the_field()
    {
        using var client = api.Client();

        Assert.Contains("colour", await Errors(client, "/api/catalog/search?colour=ultraviolet"));
        Assert.Contains("minPrice", await Errors(client, "/api/catalog/search?minPrice=-5"));
        Assert.Contains("sort", await Errors(client, "/api/catalog/search?sort=random"));
        Assert.Contains("cursor", await Errors(client, "/api/catalog/search?cursor=eyJub3QiOiJvdXJzIn0"));
        Assert.Contains("pageSize", await Errors(client, "/api/catalog/search?pageSize=5000"));
    }

    [Fact]
    public async Task An_unchanged_catalog_answers_a_repeated_read_with_304_and_a_write_invalidates_it()
    {
        using var client = api.Client();
        var first = await client.GetAsync("/api/catalog/search?q=wool", Cancel);
        var etag = first.Headers.ETag!;

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/api/catalog/search?q=wool");
        conditional.Headers.IfNoneMatch.Add(etag);
        var notModified = await client.SendAsync(conditional, Cancel);
        await CreateAsync(Sku("ETAG"), published: true);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/catalog/search?q=wool");
        again.Headers.IfNoneMatch.Add(etag);
        var changed = await client.SendAsync(again, Cancel);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    [Fact]
    public async Task Drafts_are_invisible_to_the_public_and_visible_to_admins_until_published()
    {
        var draft = await CreateAsync(Sku("DRAFT"), published: false);
        using var anonymous = api.Client();
        using var admin = api.Client(await AdminTokenAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/catalog/items/{draft.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/catalog/items/{draft.Id}/thumbnail.svg", Cancel)).StatusCode);
        Assert.DoesNotContain((await anonymous.GetFromJsonAsync<CatalogSearchResult>($"/api/catalog/search?q={draft.Sku}&includeUnpublished=true", Cancel))!.Items, i => i.Id == draft.Id);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/catalog/items/{draft.Id}", Cancel)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/catalog/items/{draft.Id}/publish", null, Cancel)).StatusCode);
        var published = await anonymous.GetAsync($"/api/catalog/items/{draft.Id}/thumbnail.svg", Cancel);
        Assert.Equal("image/svg+xml", published.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'none'", published.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Writes_are_validated_versioned_guarded_against_lost_updates_and_restorable()
    {
        using var admin = api.Client(await AdminTokenAsync());
        var item = await CreateAsync(Sku("VERSIONED"), published: true);
        var request = Request(item.Sku, "Renamed Poplin");

        var invalid = await admin.PostAsJsonAsync("/api/catalog/items", new { sku = "bad sku!", kind = "fabric", name = "", attributes = new { weightGsm = -3 } }, Cancel);
        var updated = await admin.PutAsJsonAsync($"/api/catalog/items/{item.Id}?expectedVersion={item.Version}", request, Cancel);
        var stale = await admin.PutAsJsonAsync($"/api/catalog/items/{item.Id}?expectedVersion={item.Version}", Request(item.Sku, "Lost Update"), Cancel);
        var versions = await admin.GetFromJsonAsync<CatalogVersionSummary[]>($"/api/catalog/items/{item.Id}/versions", Cancel);
        var restored = await (await admin.PostAsync($"/api/catalog/items/{item.Id}/versions/{item.Version}/restore", null, Cancel)).Content.ReadFromJsonAsync<CatalogItemResponse>(Cancel);

        var errors = await AccountFlowTests.Errors(invalid);
        Assert.Contains("sku", errors.Keys);
        Assert.Contains("name", errors.Keys);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal([2, 1], versions!.Select(v => v.Version));
        Assert.Equal((item.Name, 3), (restored!.Name, restored.Version));
    }

    [Fact]
    public async Task A_file_with_bad_rows_imports_nothing_and_says_which_line_and_field()
    {
        using var admin = api.Client(await AdminTokenAsync());
        var good = Sku("IMPORT-OK");
        var template = JsonSerializer.Serialize(CatalogSeed.Generate().First(i => i.Kind == CatalogKind.Fabric).Attributes);
        var csv = $"sku,kind,name,description,category,tags,status,attributes\n" +
                  $"{good},fabric,Imported Poplin,A good row,shirting,poplin|cotton,published,\"{template.Replace("\"", "\"\"")}\"\n" +
                  $"{Sku("IMPORT-BAD")},fabric,,Missing name,nowhere,,published,\"{{}}\"\n";

        var refused = await admin.PostAsync("/api/catalog/import?format=csv", new StringContent(csv, Encoding.UTF8, "text/csv"), Cancel);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var accepted = await admin.PostAsync("/api/catalog/import?format=csv", new StringContent(string.Join('\n', csv.Split('\n').Take(2)), Encoding.UTF8, "text/csv"), Cancel);
        var again = await admin.PostAsync("/api/catalog/import?format=csv", new StringContent(string.Join('\n', csv.Split('\n').Take(2)), Encoding.UTF8, "text/csv"), Cancel);
        var export = await admin.GetStringAsync("/api/catalog/export?format=csv", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(problem.GetProperty("importErrors").EnumerateArray(), e => e.GetProperty("line").GetInt32() == 3 && e.GetProperty("field").GetString() == "name");
        Assert.Equal(1, (await accepted.Content.ReadFromJsonAsync<CatalogImportReport>(Cancel))!.Created);
        Assert.Equal(1, (await again.Content.ReadFromJsonAsync<CatalogImportReport>(Cancel))!.Unchanged);
        Assert.Contains(good, export);
        Assert.Contains(FieldErrorsFor(await admin.PostAsync("/api/catalog/import?format=xml", new StringContent("<x/>", Encoding.UTF8, "application/json"), Cancel)), f => f == "format");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await admin.PostAsync("/api/catalog/import?format=csv", new StringContent("x", Encoding.UTF8, "image/png"), Cancel)).StatusCode);
    }

    private string? _adminToken;

    private async Task<string> AdminTokenAsync() => _adminToken ??= (await api.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Users, u => u.Email == ApiFactory.AdminEmail, Cancel))
        ? await api.SignInAsync(ApiFactory.AdminEmail)
        : await api.SignUpAsync(ApiFactory.AdminEmail, "Ada Admin")).AccessToken;

    private async Task<CatalogItemResponse> CreateAsync(string sku, bool published)
    {
        using var admin = api.Client(await AdminTokenAsync());
        var response = await admin.PostAsJsonAsync("/api/catalog/items", Request(sku, "Test Poplin", published ? "published" : "draft"), Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CatalogItemResponse>(Cancel))!;
    }

    private static CatalogItemRequest Request(string sku, string name, string status = "published")
    {
        var template = CatalogSeed.Generate().First(i => i.Kind == CatalogKind.Fabric);
        return new CatalogItemRequest(sku, template.Kind, name, "A test fabric.", template.Category, ["test"], status, template.Attributes);
    }

    private static string Sku(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..30].ToUpperInvariant();

    private static async Task<IReadOnlyCollection<string>> Errors(HttpClient client, string url) =>
        FieldErrorsFor(await client.GetAsync(url, Cancel));

    private static IReadOnlyCollection<string> FieldErrorsFor(HttpResponseMessage response) =>
        AccountFlowTests.Errors(response).GetAwaiter().GetResult().Keys;
}
