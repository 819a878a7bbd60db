using System.Net.Http.Headers;
using System.Net.Http.Json;
using FashionWallet.Imaging;
using FashionWallet.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FashionWallet.Tests.Designs;

/// <summary>The studio in a real browser against the distributed app: every edit goes to the API and survives a reload.</summary>
[Collection(AppCollection.Name)]
public sealed class StudioBrowserTests(DistributedAppFixture app, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_design_from_a_template_takes_a_fabric_a_reorder_undo_and_redo_and_reloads_the_same()
    {
        var (page, web, email, _) = await app.SignedInPageAsync(browser, "Sam Studio");

        await page.GotoAsync(new Uri(web, "/designs").ToString());
        await BrowserFixture.ScreenshotAsync(page, "studio-list");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start from T-shirt" }).ClickAsync();
        var studio = page.Locator("[data-studio]");
        await Assertions.Expect(studio).ToHaveAttributeAsync("data-ready", "true");
        await Assertions.Expect(page.Locator("[data-viewer]")).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 60_000 });
        Assert.Equal(["fabric", "silhouette"], await LayerIdsAsync(page));

        // A fabric from the catalog panel goes to the chosen panel (the front) as a new layer on top.
        await page.Locator("[data-catalog-search] select[name=kind]").SelectOptionAsync("fabric");
        await page.Locator("[data-catalog-search] input[name=q]").FillAsync("denim");
        var denim = page.Locator("[data-catalog-results] li[data-kind=fabric]").Filter(new() { HasText = "Denim" }).First;
        var denimName = await denim.GetAttributeAsync("data-name");
        await denim.Locator("[data-apply]").ClickAsync();
        await SavedAtAsync(page, 2);
        await Assertions.Expect(page.Locator("[data-panel-fabric=front]")).ToHaveTextAsync(denimName!);
        var added = (await LayerIdsAsync(page))[0];
        Assert.Equal([added, "fabric", "silhouette"], await LayerIdsAsync(page));

        // Drag the bottom layer to the top of the stack.
        await page.Locator("[data-layer-id=silhouette]").DragToAsync(page.Locator($"[data-layer-id={added}]"), new() { TargetPosition = new() { X = 20, Y = 3 } });
        await SavedAtAsync(page, 3);
        Assert.Equal(["silhouette", added, "fabric"], await LayerIdsAsync(page));

        await page.Locator("h1").ClickAsync();
        await page.Keyboard.PressAsync("Control+z");
        await SavedAtAsync(page, 4);
        Assert.Equal([added, "fabric", "silhouette"], await LayerIdsAsync(page));
        await page.Locator("[data-redo]").ClickAsync();
        await SavedAtAsync(page, 5);
        Assert.Equal(["silhouette", added, "fabric"], await LayerIdsAsync(page));

        await page.ReloadAsync();
        await Assertions.Expect(studio).ToHaveAttributeAsync("data-ready", "true");
        Assert.Equal(["silhouette", added, "fabric"], await LayerIdsAsync(page));
        await Assertions.Expect(page.Locator("[data-panel-fabric=front]")).ToHaveTextAsync(denimName!);
        await Assertions.Expect(studio).ToHaveAttributeAsync("data-version", "5");
        var viewer = page.Locator("[data-viewer]");
        await Assertions.Expect(viewer).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 60_000 });
        await page.Locator("[data-view='three-quarter']").ClickAsync();
        await page.WaitForTimeoutAsync(500);
        var canvas = PngCodec.Decode(await viewer.Locator("canvas").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "studio-canvas.png") }));
        Assert.InRange(ShareUnlikeBackground(canvas), 0.04, 0.9);
        await BrowserFixture.ScreenshotAsync(page, "studio");

        // Without JavaScript the same page shows the design, read-only.
        await using var plain = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = new() { Width = 1280, Height = 900 } });
        var readOnly = await plain.NewPageAsync();
        await BrowserFixture.SignInAsync(readOnly, web, email, DistributedAppFixture.Password);
        await readOnly.GotoAsync(page.Url);
        Assert.Equal(["silhouette", added, "fabric"], await LayerIdsAsync(readOnly));
        var frontColour = await page.Locator("[data-panel-colour=front]").InputValueAsync();
        Assert.NotEqual("#efe8d8", frontColour);
        Assert.Equal(frontColour, await readOnly.Locator("[data-panel-row=front] input[type=color]").InputValueAsync());
        Assert.True(await readOnly.Locator("img[data-flat]").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        await Assertions.Expect(readOnly.Locator("[data-apply]").First).ToBeDisabledAsync();
        await BrowserFixture.ScreenshotAsync(readOnly, "studio-without-script");
    }

    [Fact]
    public async Task An_edit_made_elsewhere_is_a_visible_conflict_that_reloads_and_Delete_removes_the_selected_layer_with_its_fabric()
    {
        var (page, web, _, tokens) = await app.SignedInPageAsync(browser, "Cleo Conflict");
        await page.GotoAsync(new Uri(web, "/designs").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Start from T-shirt" }).ClickAsync();
        var studio = page.Locator("[data-studio]");
        await Assertions.Expect(studio).ToHaveAttributeAsync("data-ready", "true");
        var designId = await studio.GetAttributeAsync("data-design");

        using var api = app.CreateHttpClient("api");
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
        async Task EditElsewhereAsync(int baseVersion, object operation) =>
            (await api.PostAsJsonAsync($"/api/designs/{designId}/operations", new { baseVersion, operations = new[] { operation } }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        await EditElsewhereAsync(1, new { type = "setGarment", property = "colour", panel = "collar", value = "#123456" });
        await page.Locator("[data-layer-id=fabric] [data-toggle=visible]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-save-state]")).ToHaveTextAsync("Conflict — reloaded");
        await Assertions.Expect(studio).ToHaveAttributeAsync("data-version", "2");
        await Assertions.Expect(page.Locator("[data-panel-colour=collar]")).ToHaveValueAsync("#123456");
        await BrowserFixture.ScreenshotAsync(page, "studio-conflict");

        await page.Locator("[data-layer-id=fabric] .layer-name").ClickAsync();
        await page.Keyboard.PressAsync("Delete");
        await SavedAtAsync(page, 3);
        Assert.Equal(["silhouette"], await LayerIdsAsync(page));
        await Assertions.Expect(page.Locator("[data-panel-fabric=back]")).ToHaveTextAsync("no fabric");

        // A print dragged from the catalog onto the 3D view is placed, with its layer on top.
        await page.Locator("[data-catalog-search] select[name=kind]").SelectOptionAsync("print");
        var print = page.Locator("[data-catalog-results] li[data-kind=print]").First;
        await print.DragToAsync(page.Locator(".studio-3d[data-drop-target]"));
        await SavedAtAsync(page, 4);
        await Assertions.Expect(page.Locator("[data-layers] li").First).ToHaveAttributeAsync("data-kind", "print");

        // A layer's name is data, never markup, in the state the page carries for its script.
        const string markup = "</script><script>document.body.dataset.injected = 'yes'</script>";
        await EditElsewhereAsync(4, new { type = "updateLayer", layerId = "silhouette", name = markup });
        await page.ReloadAsync();
        await Assertions.Expect(studio).ToHaveAttributeAsync("data-ready", "true");
        await Assertions.Expect(page.Locator("[data-layer-id=silhouette] .layer-name")).ToHaveTextAsync(markup);
        Assert.Null(await page.Locator("body").GetAttributeAsync("data-injected"));
    }

    [Fact]
    public async Task A_colourway_a_named_version_a_duplicate_and_the_trash_each_bring_a_design_back_as_it_was()
    {
        var (page, web, email, _) = await app.SignedInPageAsync(browser, "Cora Colourway");
        await page.GotoAsync(new Uri(web, "/designs").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Start from T-shirt" }).ClickAsync();
        var studio = page.Locator("[data-studio]");
        await Assertions.Expect(studio).ToHaveAttributeAsync("data-ready", "true");
        var front = page.Locator("[data-panel-colour=front]");
        var collar = page.Locator("[data-panel-colour=collar]");
        var originalFront = await front.InputValueAsync();
        var originalCollar = await collar.InputValueAsync();

        // Save the colours as a colourway, change one, apply the colourway: the colour is back, and Undo takes the apply back.
        await page.Locator("[data-colourway-save] input[name=name]").FillAsync("Original");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save current colours as a colourway" }).ClickAsync();
        await SavedAtAsync(page, 2);
        await PickColourAsync(front, "#c81e1e");
        await SavedAtAsync(page, 3);
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply colourway Original" }).ClickAsync();
        await SavedAtAsync(page, 4);
        await Assertions.Expect(front).ToHaveValueAsync(originalFront);
        await Assertions.Expect(page.Locator("[data-colourways] li[aria-current=true]")).ToContainTextAsync("active");
        await page.Locator("[data-undo]").ClickAsync();
        await SavedAtAsync(page, 5);
        await Assertions.Expect(front).ToHaveValueAsync("#c81e1e");

        // A named version, a change, then the version restored (after confirming): the change is gone, and the version is still listed after a reload.
        await page.Locator(".studio-versions input[name=name]").FillAsync("Red front");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save version" }).ClickAsync();
        // Saving reloads the page: first the new page (it lists the version), then its script ready (the old page was ready too).
        var version = page.Locator("[data-versions] li").Filter(new() { HasText = "Red front" });
        await Assertions.Expect(version).ToHaveCountAsync(1);
        await Assertions.Expect(studio).ToHaveAttributeAsync("data-ready", "true");
        await PickColourAsync(collar, "#123456");
        await SavedAtAsync(page, 6);
        await version.Locator("summary").ClickAsync();
        await version.Locator("input[name=confirm]").CheckAsync();
        await version.GetByRole(AriaRole.Button, new() { Name = "Restore", Exact = true }).ClickAsync();
        await Assertions.Expect(studio).ToHaveAttributeAsync("data-version", "7");
        await Assertions.Expect(studio).ToHaveAttributeAsync("data-ready", "true");
        await Assertions.Expect(collar).ToHaveValueAsync(originalCollar);
        await Assertions.Expect(front).ToHaveValueAsync("#c81e1e");
        await Assertions.Expect(page.Locator("[data-undo]")).ToBeEnabledAsync();
        await Assertions.Expect(page.Locator("[data-colourways] li")).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(page, "studio-colourways-versions");

        // Duplicate, tag the copy, trash it, and restore it from the Trash view.
        await page.GetByRole(AriaRole.Button, new() { Name = "Duplicate" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Copy of "));
        await Assertions.Expect(studio).ToHaveAttributeAsync("data-ready", "true");
        await Assertions.Expect(front).ToHaveValueAsync("#c81e1e");
        var copyName = await page.Locator("h1").TextContentAsync();
        await page.Locator("input[name=tags]").FillAsync("summer, red");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save tags" }).ClickAsync();
        await Assertions.Expect(page.Locator("input[name=tags]")).ToHaveValueAsync("summer, red");
        await page.GetByRole(AriaRole.Button, new() { Name = "Move to trash" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("is in the trash");
        await Assertions.Expect(page.Locator(".design-list h2").Filter(new() { HasText = copyName! })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Link, new() { Name = "Trash", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-trash]")).ToContainTextAsync("30 days");
        var trashed = page.Locator("[data-trashed-design]").Filter(new() { HasText = copyName! });
        await Assertions.Expect(trashed).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(page, "designs-trash");
        await trashed.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("is back from the trash");
        var restored = page.Locator(".design-list li").Filter(new() { HasText = copyName! });
        await Assertions.Expect(restored.Locator(".tag-list li")).ToHaveTextAsync(["summer", "red"]);
        await BrowserFixture.ScreenshotAsync(page, "designs-after-restore");

        await restored.Locator("h2 a").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as template" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved as a template");
        await Assertions.Expect(page.Locator($"[data-template='{copyName}']")).ToHaveCountAsync(1);
    }

    /// <summary>Sets a colour input as the picker would, which fires change.</summary>
    private static Task PickColourAsync(ILocator input, string hex) =>
        input.EvaluateAsync("(input, hex) => { input.value = hex; input.dispatchEvent(new Event('change', { bubbles: true })); }", hex);

    private static async Task SavedAtAsync(IPage page, int version)
    {
        await Assertions.Expect(page.Locator("[data-studio]")).ToHaveAttributeAsync("data-version", version.ToString(), new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("[data-save-state]")).ToHaveTextAsync("Saved");
    }

    private static async Task<string[]> LayerIdsAsync(IPage page) =>
        [.. await page.Locator("[data-layers] li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.layerId)")];

    /// <summary>The share of pixels that differ clearly from the most common colour (the viewer's backdrop).</summary>
    private static double ShareUnlikeBackground(RgbImage image)
    {
        var pixels = Enumerable.Range(0, image.Width * image.Height)
            .Select(i => (R: image.Pixels[3 * i], G: image.Pixels[3 * i + 1], B: image.Pixels[3 * i + 2])).ToArray();
        var backdrop = pixels.CountBy(p => p).MaxBy(c => c.Value).Key;
        return pixels.Count(p => Math.Abs(p.R - backdrop.R) + Math.Abs(p.G - backdrop.G) + Math.Abs(p.B - backdrop.B) > 30) / (double)pixels.Length;
    }
}
