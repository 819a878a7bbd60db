using FashionWallet.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FashionWallet.Tests.Catalog;

/// <summary>The catalog as a person uses it in Chromium, and as an admin edits it.</summary>
[Collection(AppCollection.Name)]
public sealed class CatalogBrowserTests(DistributedAppFixture app, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_search_with_a_typo_finds_chiffon_a_facet_narrows_it_and_an_item_shows_similar_items()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(app.App.GetEndpoint("web"), "/catalog").ToString());

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Search the catalog" }).FillAsync("chifon");
        await Assertions.Expect(page.Locator("#suggestions li").First).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page.Locator(".did-you-mean")).ToContainTextAsync("chiffon");
        await Assertions.Expect(page.Locator(".item-card mark").First).ToHaveTextAsync("Chiffon");
        var before = await page.Locator(".item-card").CountAsync();

        var silk = page.Locator("fieldset", new() { HasText = "Material" }).GetByRole(AriaRole.Checkbox, new() { Name = "silk" });
        await silk.CheckAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("material=silk"));
        await Assertions.Expect(page.Locator("fieldset", new() { HasText = "Material" }).GetByRole(AriaRole.Checkbox, new() { Name = "silk" })).ToBeCheckedAsync();
        Assert.True(await page.Locator(".item-card").CountAsync() <= before);
        await BrowserFixture.ScreenshotAsync(page, "catalog-search");

        await page.Locator(".item-card a").First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Chiffon");
        await Assertions.Expect(page.Locator(".attributes")).ToContainTextAsync("silk");
        await Assertions.Expect(page.Locator("[data-similar] .item-card").First).ToBeVisibleAsync();
        Assert.True(await page.Locator("[data-similar] .item-card").CountAsync() >= 3);
        Assert.True(await page.Locator(".item-art img").First.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        await BrowserFixture.ScreenshotAsync(page, "catalog-item");
    }

    [Fact]
    public async Task An_admin_edits_an_item_sees_a_field_error_and_restores_the_earlier_version()
    {
        await app.AdminAccessTokenAsync();
        var web = app.App.GetEndpoint("web");
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, web, DistributedAppFixture.AdminEmail, DistributedAppFixture.Password);

        await page.GotoAsync(new Uri(web, "/admin/catalog?q=washed+cotton+poplin").ToString());
        await page.Locator(".admin-items a", new() { HasText = "Washed Cotton Poplin" }).First.ClickAsync();
        var name = page.GetByLabel("Name", new() { Exact = true });
        var original = await name.InputValueAsync();

        var attributes = page.GetByLabel("Attributes (JSON)");
        var json = await attributes.InputValueAsync();
        await attributes.FillAsync(System.Text.RegularExpressions.Regex.Replace(json, "\"weightGsm\": \\d+", "\"weightGsm\": -4"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".validation-message")).ToContainTextAsync("weightGsm");

        await attributes.FillAsync(json);
        await name.FillAsync("Washed Cotton Poplin (Spring)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".form-success")).ToHaveTextAsync("Saved as a new version.");
        await Assertions.Expect(page.Locator(".versions li")).ToHaveCountAsync(2);
        await BrowserFixture.ScreenshotAsync(page, "catalog-admin-editor");

        await page.Locator(".versions li", new() { HasText = "v1" }).GetByRole(AriaRole.Button, new() { Name = "Restore" }).ClickAsync();
        await Assertions.Expect(name).ToHaveValueAsync(original);
        await Assertions.Expect(page.Locator(".versions li").First).ToContainTextAsync("restored from v1");
    }
}
