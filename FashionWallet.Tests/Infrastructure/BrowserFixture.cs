using FashionWallet.AppHost.Provisioning;
using Microsoft.Playwright;

namespace FashionWallet.Tests.Infrastructure;

/// <summary>Debian's Chromium (installed when missing, like the AppHost provisions PostgreSQL) driven by Playwright.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotDirectory { get; } = Path.Combine(Projects.Repository.Root, "TestResults", "screenshots");

    public async ValueTask InitializeAsync()
    {
        await AptProvisioner.EnsureInstalledAsync(["chromium", "fonts-liberation"], _ => { }, allowInstall: true, CancellationToken.None);
        // Pages here run three.js on SwiftShader beside a busy test run on two cores: five seconds (Playwright's default)
        // for a page to fetch and draw what it shows was too short on CI, though nothing was wrong.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                // WebGL2 on SwiftShader, for the 3D viewer (no GPU on these machines).
                "--no-sandbox", "--enable-unsafe-swiftshader", "--use-angle=swiftshader", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
            ],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the web app's form, as a person would.</summary>
    public static async Task SignInAsync(IPage page, Uri web, string email, string password)
    {
        await page.GotoAsync(new Uri(web, "/account/sign-in").ToString());
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("nav form button")).ToHaveTextAsync("Sign out");
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, $"{name}.png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
