using System.Text;
using FashionWallet.Catalog;

namespace FashionWallet.Tests.Catalog;

/// <summary>Bulk import: all or nothing, errors by line and field, idempotent by SKU; export round-trips.</summary>
public sealed class CatalogImportTests(CatalogDatabase database) : IClassFixture<CatalogDatabase>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private const string Header = "sku,kind,name,description,category,tags,status,attributes\n";

    private static string Attributes(decimal price = 9.5m) =>
        "\"{\"\"composition\"\":[{\"\"fibre\"\":\"\"linen\"\",\"\"percent\"\":100}],\"\"weightGsm\"\":185,\"\"weave\"\":\"\"plain\"\",\"\"stretch\"\":\"\"none\"\"," +
        "\"\"drape\"\":\"\"medium\"\",\"\"opacity\"\":\"\"opaque\"\",\"\"widthCm\"\":140,\"\"pricePerMetre\"\":" + price.ToString(System.Globalization.CultureInfo.InvariantCulture) +
        ",\"\"care\"\":[\"\"machine-wash-40\"\"],\"\"colourways\"\":[{\"\"name\"\":\"\"Flax\"\",\"\"hex\"\":\"\"#C8B89A\"\"}]}\"";

    private Task<CatalogImportReport> ImportAsync(string content, CatalogFileFormat format = CatalogFileFormat.Csv) =>
        database.Store.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(content)), format, null, Cancel);

    [Fact]
    public async Task A_file_with_errors_reports_each_by_line_and_field_and_imports_nothing()
    {
        var csv = Header +
            $"IMP-A1,fabric,Washed Linen,\"A soft,\nwashed linen\",dress-weight,linen|summer,published,{Attributes()}\n" +
            $"IMP-A2,fabric,Negative Linen,,dress-weight,,published,{Attributes(-2)}\n" +
            $"IMP-A3,hat,Linen Hat,,dress-weight,,published,{Attributes()}\n" +
            "IMP-A4,fabric,Broken,,dress-weight,,published,{not json\n" +
            $"IMP-A1,fabric,Twice,,dress-weight,,published,{Attributes()}\n";

        var report = await ImportAsync(csv);

        Assert.False(report.Succeeded);
        Assert.Equal(
            [(4, "attributes.pricePerMetre"), (5, "kind"), (6, "attributes"), (7, "sku")],
            report.Errors.Select(e => (e.Line, e.Field)));
        Assert.Contains("line 2 already has IMP-A1", report.Errors[^1].Reason);
        Assert.Equal(0L, await database.ScalarAsync("select count(*) from catalog_items where sku like 'IMP-A%'"));
    }

    [Fact]
    public async Task Importing_the_same_file_twice_changes_nothing_and_a_changed_row_makes_one_new_version()
    {
        var first = Header + $"IMP-B1,fabric,Flax Linen,,dress-weight,linen,published,{Attributes()}\n" + $"IMP-B2,fabric,Oat Linen,,dress-weight,linen,,{Attributes()}\n";
        var changed = Header + $"IMP-B1,fabric,Flax Linen,,dress-weight,linen,published,{Attributes(11)}\n" + $"IMP-B2,fabric,Oat Linen,,dress-weight,linen,,{Attributes()}\n";

        var created = await ImportAsync(first);
        var again = await ImportAsync(first);
        var updated = await ImportAsync(changed);

        Assert.Equal((2, 0, 0), (created.Created, created.Updated, created.Unchanged));
        Assert.Equal((0, 0, 2), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal((0, 1, 1), (updated.Created, updated.Updated, updated.Unchanged));
        Assert.Equal(11m, (await database.Store.GetBySkuAsync("IMP-B1", Cancel))!.Price);
        Assert.Equal(CatalogStatus.Draft, (await database.Store.GetBySkuAsync("IMP-B2", Cancel))!.Status);
        Assert.Equal(3L, await database.ScalarAsync("select count(*) from catalog_item_versions v join catalog_items i on i.id = v.item_id where i.sku like 'IMP-B%'"));
    }

    [Fact]
    public async Task Json_errors_carry_the_line_the_item_starts_on()
    {
        var json = """
            [
              {"sku": "IMP-C1", "kind": "print", "name": "Ok Stripe", "category": "stripe", "tags": ["stripe"],
               "attributes": {"repeatWidthCm": 2, "repeatHeightCm": 2, "repeatType": "block", "technique": "screen",
                              "colours": [{"name": "Navy", "hex": "#1F2A44"}], "pricePerMetre": 5}},
              {"sku": "IMP-C2", "kind": "print", "name": "Bad Stripe", "category": "plaid", "tags": "stripe",
               "attributes": {}},
              {"sku": "IMP-C3", "colour": "red"}
            ]
            """;

        var report = await ImportAsync(json, CatalogFileFormat.Json);

        Assert.Equal([(5, "tags"), (7, "colour")], report.Errors.Select(e => (e.Line, e.Field)));
        Assert.Equal(0L, await database.ScalarAsync("select count(*) from catalog_items where sku like 'IMP-C%'"));
    }

    [Theory]
    [InlineData("sku,name\nX,Y\n", 1, "header")]
    [InlineData("", 1, "header")]
    [InlineData("[{\"sku\": ", 1, "file")]
    [InlineData("{\"sku\": \"X\"}", 1, "file")]
    public async Task Broken_files_are_refused_with_a_reason(string content, int line, string field)
    {
        var report = await ImportAsync(content, content.StartsWith('[') || content.StartsWith('{') ? CatalogFileFormat.Json : CatalogFileFormat.Csv);

        var error = Assert.Single(report.Errors);
        Assert.Equal((line, field), (error.Line, error.Field));
    }

    [Theory]
    [InlineData(CatalogFileFormat.Csv)]
    [InlineData(CatalogFileFormat.Json)]
    public async Task An_export_imports_back_unchanged(CatalogFileFormat format)
    {
        await database.Store.CreateAsync(CatalogTestItems.Silhouette($"EXP-{format}-1") with { Description = "Quotes \"here\", commas, and\na line break" }, null, Cancel);
        await database.Store.CreateAsync(CatalogTestItems.Element($"EXP-{format}-2"), null, Cancel);
        using var exported = new MemoryStream();

        var count = await database.Store.ExportAsync(exported, format, cancellationToken: Cancel);
        exported.Position = 0;
        var report = await database.Store.ImportAsync(exported, format, null, Cancel);

        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        Assert.Equal((count, 0, 0, count), (report.Rows, report.Created, report.Updated, report.Unchanged));
    }
}
