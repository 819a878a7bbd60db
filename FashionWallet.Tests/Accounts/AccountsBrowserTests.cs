using FashionWallet.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FashionWallet.Tests.Accounts;

/// <summary>What a person does and sees in Chromium: sign up, confirm through the dev mailbox, sign in, edit the profile, sign out.</summary>
[Collection(AppCollection.Name)]
public sealed class AccountsBrowserTests(DistributedAppFixture app, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_person_signs_up_confirms_through_the_dev_mailbox_signs_in_and_out()
    {
        var web = app.App.GetEndpoint("web");
        var email = ApiFactory.UniqueEmail("coco");
        var page = await browser.NewPageAsync();

        await page.GotoAsync(web.ToString());
        await page.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "Create account" }).ClickAsync();
        await page.GetByLabel("Name others will see").FillAsync("Coco Chanel");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("password");
        await page.GetByLabel("I accept the terms").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.Locator(".validation-message").Filter(new() { HasText = "most common passwords" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Email")).ToHaveValueAsync(email);
        await BrowserFixture.ScreenshotAsync(page, "accounts-sign-up-errors");

        await page.GetByLabel("Password").FillAsync("Little-Black-Dress#1926");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Check your inbox");

        await page.GotoAsync(new Uri(web, $"/dev/mailbox?to={Uri.EscapeDataString(email)}").ToString());
        await Assertions.Expect(page.Locator(".message h2")).ToHaveTextAsync("Confirm your email address for Fashion Wallet");
        await BrowserFixture.ScreenshotAsync(page, "accounts-dev-mailbox");
        await page.Locator(".message-body a").First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm my email" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Your address is confirmed");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).Last.ClickAsync();
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("Wrong-Password#1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator(".form-error")).ToContainTextAsync("email or password is incorrect");
        await page.GetByLabel("Password").FillAsync("Little-Black-Dress#1926");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("nav .nav-user")).ToHaveTextAsync("Coco Chanel");

        await page.Locator("nav .nav-user").ClickAsync();
        await Assertions.Expect(page.Locator("#profile-heading")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Name others will see")).ToHaveValueAsync("Coco Chanel");
        await page.GetByLabel("Name others will see").FillAsync("Gabrielle Chanel");
        await page.GetByLabel("Measurements in").SelectOptionAsync("imperial");
        await page.Locator("form").Filter(new() { Has = page.GetByLabel("Measurements in") }).GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".form-success").First).ToHaveTextAsync("Saved.");
        await Assertions.Expect(page.GetByLabel("Measurements in")).ToHaveValueAsync("imperial");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("nav .nav-user")).ToHaveTextAsync("Gabrielle Chanel");
        await Assertions.Expect(page.Locator(".sessions li")).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(page, "accounts-profile");

        var cookie = (await page.Context.CookiesAsync()).Single(c => c.Name == "fw.session");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Lax, cookie.SameSite);

        await page.Locator("nav").GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.GotoAsync(new Uri(web, "/account/profile").ToString());
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in\\?ReturnUrl=%2Faccount%2Fprofile"));
    }

    [Fact]
    public async Task Pages_carry_security_headers()
    {
        var page = await browser.NewPageAsync();
        var response = await page.GotoAsync(app.App.GetEndpoint("web").ToString());
        var headers = await response!.AllHeadersAsync();

        Assert.Contains("frame-ancestors 'none'", headers["content-security-policy"]);
        Assert.DoesNotContain("unsafe-inline", headers["content-security-policy"]);
        Assert.Equal("nosniff", headers["x-content-type-options"]);
    }
}
