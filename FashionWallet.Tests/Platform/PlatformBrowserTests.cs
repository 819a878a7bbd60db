using FashionWallet.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FashionWallet.Tests.Platform;

/// <summary>What a person sees, in Chromium: the AppHost dashboard, the web app's home page and its status page.</summary>
[Collection(AppCollection.Name)]
public sealed class PlatformBrowserTests(DistributedAppFixture app, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_dashboard_lists_every_resource_healthy_and_streams_a_resources_console()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(app.App.DashboardUrl!.ToString());

        await Assertions.Expect(page.Locator("#summary")).ToContainTextAsync("5 of 5 resources healthy", new() { Timeout = 15_000 });
        var rows = page.Locator("#resources tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(5);
        foreach (var name in new[] { "postgres", "fashionwallet", "api", "workers", "web" })
            await Assertions.Expect(page.Locator($"tr[data-resource={name}] .state")).ToHaveTextAsync("healthy");
        await Assertions.Expect(page.Locator("tr[data-resource=web] a")).ToHaveAttributeAsync("href", app.App.GetEndpoint("web").ToString());

        await page.Locator("tr[data-resource=api]").ClickAsync();
        await Assertions.Expect(page.Locator("#console-title")).ToHaveTextAsync("Console output · api");
        await Assertions.Expect(page.Locator("#log")).ToContainTextAsync("Application started", new() { Timeout = 10_000 });
        await BrowserFixture.ScreenshotAsync(page, "dashboard");
    }

    [Fact]
    public async Task The_home_page_presents_the_product_and_navigation()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(app.App.GetEndpoint("web").ToString());

        await Assertions.Expect(page).ToHaveTitleAsync("Fashion Wallet");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Design clothes on a body that is really yours");
        await Assertions.Expect(page.Locator("nav a.active")).ToHaveTextAsync("Home");
        await Assertions.Expect(page.Locator(".card")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "web-home");

        await page.Locator("footer").GetByRole(AriaRole.Link, new() { Name = "System status" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/status$"));
        await Assertions.Expect(page.Locator("[data-state=api]")).ToHaveTextAsync("Healthy");
    }

    [Fact]
    public async Task The_status_page_runs_a_canary_and_shows_its_progress_live_until_it_completes()
    {
        await app.AdminAccessTokenAsync();
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, app.App.GetEndpoint("web"), DistributedAppFixture.AdminEmail, DistributedAppFixture.Password);
        await page.GotoAsync(new Uri(app.App.GetEndpoint("web"), "/status").ToString());

        await page.GetByLabel("Steps").FillAsync("8");
        await page.GetByLabel("Delay per step (ms)").FillAsync("250");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run canary" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/status\?job=[0-9a-f-]{36}$"));
        // The server-rendered page shows the job as it was; the live module then follows it without a reload.
        await Assertions.Expect(page.Locator("[data-field=job-message]")).ToContainTextAsync("of 8", new() { Timeout = 10_000 });
        await Assertions.Expect(page.Locator("[data-state=job]")).ToHaveTextAsync("completed", new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("[data-field=job-percent]")).ToHaveTextAsync("100%");
        Assert.Equal("100", await page.Locator("[data-field=job-progress]").EvaluateAsync<string>("bar => String(bar.value)"));
        await BrowserFixture.ScreenshotAsync(page, "web-status");
    }

    [Fact]
    public async Task The_status_page_refuses_a_canary_with_invalid_values_in_the_browser_and_on_the_server()
    {
        await app.AdminAccessTokenAsync();
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, app.App.GetEndpoint("web"), DistributedAppFixture.AdminEmail, DistributedAppFixture.Password);
        await page.GotoAsync(new Uri(app.App.GetEndpoint("web"), "/status").ToString());
        var steps = page.GetByLabel("Steps");

        await steps.FillAsync("500");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run canary" }).ClickAsync();
        Assert.Contains("100", await steps.EvaluateAsync<string>("input => input.validationMessage"));
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/status$"));

        // A client that skips the browser's checks meets the server's, next to the form.
        await steps.EvaluateAsync("input => { input.removeAttribute('max'); input.form.noValidate = true; }");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run canary" }).ClickAsync();
        await Assertions.Expect(page.Locator(".validation-errors")).ToContainTextAsync("must be between 1 and 100");
        await Assertions.Expect(page.Locator("[data-state=job]")).ToHaveCountAsync(0);
    }
}
