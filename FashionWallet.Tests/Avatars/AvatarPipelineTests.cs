using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using FashionWallet.Avatars;
using FashionWallet.Avatars.Bodies;
using FashionWallet.Avatars.Measurements;
using FashionWallet.Avatars.Photos;
using FashionWallet.Imaging;
using FashionWallet.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FashionWallet.Tests.Avatars;

/// <summary>
/// The whole avatar pipeline in the distributed app: photographs of a known body (rendered by three.js in Chromium)
/// uploaded over HTTP, read by the real worker with MediaPipe in its own Chromium, and shown in the web app.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AvatarPipelineTests(DistributedAppFixture app, ChromiumHostFixture chromium, BrowserFixture browser)
    : IClassFixture<ChromiumHostFixture>, IClassFixture<BrowserFixture>
{
    private static readonly TimeSpan ProcessingDeadline = TimeSpan.FromMinutes(3);
    private static readonly BodyMeasurements Body = BodyMeasurements.Typical(172, Sex.Female);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Photos_of_a_known_body_become_a_ready_avatar_with_live_progress_and_a_model()
    {
        using var api = await SignedInApiAsync("pipeline");
        var (front, side) = await chromium.Photos.RenderPairAsync(Body, cancellationToken: Cancel);

        var accepted = await UploadAsync(api, front, side, Body.Height);
        var (avatar, seen) = await FollowAsync(api, accepted.StatusUrl);

        Assert.Equal(AvatarStage.Ready, avatar.Progress!.Stage);
        Assert.Equal(100, avatar.Progress.Percent);
        Assert.Equal(AvatarStatus.Ready, avatar.Status);
        Assert.Contains(seen, s => s.Stage is not (AvatarStage.Queued or AvatarStage.Ready));
        Assert.Equal(seen.Select(s => s.Percent).Order(), seen.Select(s => s.Percent));
        var current = Assert.IsType<AvatarVersionResponse>(avatar.Current);
        Assert.Equal(1, current.Version);
        Assert.Equal(AvatarVersionSources.Photos, current.Source);
        var model = ParametricBody.Generate(Body);
        var truth = BodyTape.Measure(model.Mesh, model.Skeleton);
        Assert.InRange(Cm(current, "height"), truth.Height - 1.5, truth.Height + 1.5);
        foreach (var girth in new[] { "chest", "waist", "hip" })
            Assert.InRange(Cm(current, girth), truth[Enum.Parse<Measurement>(girth, true)] - 6, truth[Enum.Parse<Measurement>(girth, true)] + 6);
        Assert.All(current.Measurements, m => Assert.InRange(m.Confidence, 0, 1));

        var glb = await api.GetByteArrayAsync($"/api/avatars/{avatar.Id}/model.glb?version=1", Cancel);
        Assert.Equal("glTF"u8.ToArray(), glb[..4]);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/avatars/{avatar.Id}/photos/front", Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_photo_without_a_person_fails_with_a_reason_and_keeps_no_photos()
    {
        using var api = await SignedInApiAsync("empty");
        var wall = new RgbImage(1080, 1920);
        Array.Fill(wall.Pixels, (byte)190);
        var jpeg = JpegCodec.Encode(wall);

        var accepted = await UploadAsync(api, jpeg, jpeg, 170);
        var (avatar, _) = await FollowAsync(api, accepted.StatusUrl);

        Assert.Equal(AvatarStage.Failed, avatar.Progress!.Stage);
        Assert.Equal(PhotoRejections.NoPerson, avatar.Progress.FailureCode);
        Assert.Contains("stand fully in the frame", avatar.Progress.FailureMessage);
        Assert.Null(avatar.Current);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/avatars/{avatar.Id}/photos/front", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/avatars/{avatar.Id}/model.glb", Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_person_uploads_in_the_browser_follows_progress_turns_the_3d_body_and_edits_a_measurement()
    {
        var (page, web, email, _) = await app.SignedInPageAsync(browser, "Bea Browser");
        var (front, side) = await chromium.Photos.RenderPairAsync(Body, cancellationToken: Cancel);

        await page.GotoAsync(new Uri(web, "/avatars/new").ToString());
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Studio twin");
        await page.GetByLabel("Front photo").SetInputFilesAsync(new FilePayload { Name = "front.jpg", MimeType = "image/jpeg", Buffer = front });
        await page.GetByLabel("Side photo").SetInputFilesAsync(new FilePayload { Name = "side.jpg", MimeType = "image/jpeg", Buffer = side });
        await page.GetByLabel("Your height (cm)").FillAsync("172");
        await page.GetByRole(AriaRole.Button, new() { Name = "Make my avatar" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-avatar-progress] progress")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "avatar-progress");
        var viewer = page.Locator("[data-viewer]");
        await Assertions.Expect(viewer).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = (float)ProcessingDeadline.TotalMilliseconds });
        await page.Locator("[data-view='three-quarter']").ClickAsync();
        await page.WaitForTimeoutAsync(500);
        var canvas = PngCodec.Decode(await viewer.Locator("canvas").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "avatar-canvas.png") }));
        Assert.InRange(ShareUnlikeBackground(canvas), 0.04, 0.9);
        await BrowserFixture.ScreenshotAsync(page, "avatar-result");

        var waist = page.Locator("[data-measurement='waist'] input");
        await waist.FillAsync("81.5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as a new version" }).ClickAsync();

        await Assertions.Expect(page.Locator("tr[data-version]")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("tr[data-version='2']")).ToContainTextAsync("(current)");
        await Assertions.Expect(page.Locator("[data-measurement='waist'] input")).ToHaveValueAsync("81.5");
        await Assertions.Expect(viewer).ToHaveAttributeAsync("data-models", new System.Text.RegularExpressions.Regex("version=2"));
        await Assertions.Expect(viewer).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 60_000 });
        await BrowserFixture.ScreenshotAsync(page, "avatar-edited");
    }

    /// <summary>The share of pixels that differ clearly from the most common colour (the viewer's backdrop).</summary>
    private static double ShareUnlikeBackground(RgbImage image)
    {
        var pixels = Enumerable.Range(0, image.Width * image.Height)
            .Select(i => (R: image.Pixels[3 * i], G: image.Pixels[3 * i + 1], B: image.Pixels[3 * i + 2])).ToArray();
        var backdrop = pixels.CountBy(p => p).MaxBy(c => c.Value).Key;
        return pixels.Count(p => Math.Abs(p.R - backdrop.R) + Math.Abs(p.G - backdrop.G) + Math.Abs(p.B - backdrop.B) > 30) / (double)pixels.Length;
    }

    private async Task<HttpClient> SignedInApiAsync(string name)
    {
        var tokens = await app.SignUpAsync($"{name}.{Guid.NewGuid():N}@example.com", name);
        var api = app.CreateHttpClient("api");
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
        return api;
    }

    private static async Task<AvatarAccepted> UploadAsync(HttpClient api, byte[] front, byte[] side, double heightCm)
    {
        using var form = AvatarTestData.Upload(front, side, heightCm.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
        var response = await api.PostAsync("/api/avatars", form, Cancel);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AvatarAccepted>(Cancel))!;
    }

    /// <summary>Polls the avatar until its run finishes; returns it and every (stage, percent) seen on the way.</summary>
    private static async Task<(AvatarResponse Avatar, List<(string Stage, int Percent)> Seen)> FollowAsync(HttpClient api, string statusUrl)
    {
        var seen = new List<(string, int)>();
        var deadline = DateTime.UtcNow + ProcessingDeadline;
        while (true)
        {
            var avatar = (await api.GetFromJsonAsync<AvatarResponse>(statusUrl, Cancel))!;
            if (avatar.Progress is { } progress && (seen.Count == 0 || seen[^1] != (progress.Stage, progress.Percent)))
                seen.Add((progress.Stage, progress.Percent));
            if (avatar.Progress is { FinishedAt: not null } or { Stage: AvatarStage.Failed })
                return (avatar, seen);
            Assert.True(DateTime.UtcNow < deadline, $"still {avatar.Progress?.Stage} after {ProcessingDeadline}");
            await Task.Delay(100, Cancel);
        }
    }

    private static double Cm(AvatarVersionResponse version, string name) => version.Measurements.Single(m => m.Name == name).Cm;
}
