using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using FashionWallet.Api.Avatars;
using FashionWallet.Avatars;
using FashionWallet.Database;
using FashionWallet.Imaging;
using FashionWallet.Jobs;
using FashionWallet.Storage;
using FashionWallet.Tests.Imaging;
using FashionWallet.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Tests.Avatars;

/// <summary>Avatars over HTTP, on a real database and blob store: uploads, versions, edits, downloads and bad input.</summary>
public sealed class AvatarApiTests(AvatarApiTests.Factory api) : IClassFixture<AvatarApiTests.Factory>, IClassFixture<NativeImagingFixture>
{
    public sealed class Factory(PostgresFixture postgres) : ApiFactory(postgres);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_upload_without_photos_or_height_names_each_missing_field()
    {
        using var client = await SignedInAsync();

        var response = await client.PostAsync("/api/avatars", AvatarTestData.Upload(null, null, heightCm: null, name: "No photos yet"), Cancel);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem!.Errors.Count == 3, string.Join("; ", problem.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        Assert.Equal(["front", "heightCm", "side"], problem!.Errors.Keys.Order());
    }

    [Theory]
    [InlineData("text", "not a JPEG or PNG")]
    [InlineData("truncated", "incomplete")]
    [InlineData("bomb", "megapixels")]
    [InlineData("tiny", "use at least")]
    public async Task A_file_that_is_not_a_usable_photo_is_refused_by_its_content_and_nothing_is_kept(string kind, string expected)
    {
        using var client = await SignedInAsync();
        var valid = AvatarTestData.PortraitJpeg();
        var front = kind switch
        {
            "text" => "name,height\nAda,168\n"u8.ToArray(),
            "truncated" => valid[..(valid.Length / 2)],
            "bomb" => TestImages.Png(50_000, 50_000, 8, 2, []),
            _ => JpegCodec.Encode(TestImages.Gradient(64, 64)),
        };
        var avatarsBefore = await api.WithDbAsync(db => db.Avatars.CountAsync(Cancel));
        var blobsBefore = BlobCount();

        var response = await client.PostAsync("/api/avatars", AvatarTestData.Upload(front, valid), Cancel);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = Assert.Single(problem!.Errors["front"]);
        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.Equal(avatarsBefore, await api.WithDbAsync(db => db.Avatars.CountAsync(Cancel)));
        Assert.Equal(blobsBefore, BlobCount());
    }

    [Fact]
    public async Task An_accepted_upload_keeps_photos_without_metadata_queues_a_run_and_answers_a_retry_with_the_first_answer()
    {
        var (client, userId) = await SignedInWithIdAsync();
        using var _ = client;
        var front = TestImages.JpegWithExif(TestImages.Gradient(720, 1280), orientation: 1);
        var side = AvatarTestData.PortraitJpeg(seed: 3);

        var first = await PostAsync(client, AvatarTestData.Upload(front, side, name: "Everyday"), "upload-1");
        var accepted = await first.Content.ReadFromJsonAsync<AvatarAccepted>(Cancel);
        var again = await PostAsync(client, AvatarTestData.Upload(front, side, name: "Everyday"), "upload-1");
        var replayed = await again.Content.ReadFromJsonAsync<AvatarAccepted>(Cancel);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal($"/api/avatars/{accepted!.Avatar.Id}", first.Headers.Location!.OriginalString);
        Assert.Equal((AvatarStatus.Processing, AvatarStage.Queued, true), (accepted.Avatar.Status, accepted.Avatar.Progress!.Stage, accepted.Avatar.IsDefault));
        Assert.True(accepted.Photos.Single(p => p.View == "front") is { LocationRemoved: true, CameraDetailsRemoved: true });
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(accepted.Avatar.Id, replayed!.Avatar.Id);

        var (avatars, job, photos) = await api.WithDbAsync(async db => (
            await db.Avatars.CountAsync(a => a.OwnerId == userId, Cancel),
            await db.Jobs.SingleAsync(j => j.Id == accepted.JobId, Cancel),
            await db.AvatarPhotos.Where(p => db.AvatarRuns.Any(r => r.Id == p.RunId && r.AvatarId == accepted.Avatar.Id)).ToListAsync(Cancel)));
        Assert.Equal(1, avatars);
        Assert.Equal((AvatarProcessingJob.Type, JobStatus.Queued, userId), (job.Type, job.Status, job.OwnerId!.Value));
        Assert.Equal(["front", "side"], photos.Select(p => p.View).Order());
        var storedFront = await File.ReadAllBytesAsync(Path.Combine(api.BlobRoot, photos.Single(p => p.View == "front").OriginalKey), Cancel);
        Assert.False(System.Text.Encoding.Latin1.GetString(storedFront).Contains("Exif", StringComparison.Ordinal), "The stored original still carries its EXIF block.");
        Assert.True(File.Exists(Path.Combine(api.BlobRoot, photos.Single(p => p.View == "side").NormalizedKey)));

        using var photo = await client.GetAsync($"/api/avatars/{accepted.Avatar.Id}/photos/front", Cancel);
        Assert.Equal("image/jpeg", photo.Content.Headers.ContentType!.MediaType);
        Assert.Equal(720, JpegCodec.Decode(await photo.Content.ReadAsByteArrayAsync(Cancel)).Width);
    }

    [Fact]
    public async Task The_same_idempotency_key_with_other_photos_is_refused()
    {
        using var client = await SignedInAsync();

        var first = await PostAsync(client, AvatarTestData.Upload(AvatarTestData.PortraitJpeg(1), AvatarTestData.PortraitJpeg(2)), "key-reused");
        var second = await PostAsync(client, AvatarTestData.Upload(AvatarTestData.PortraitJpeg(5), AvatarTestData.PortraitJpeg(2)), "key-reused");

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Contains("different request", (await second.Content.ReadFromJsonAsync<ProblemDetails>(Cancel))!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_keeps_at_most_ten_avatars()
    {
        var (client, userId) = await SignedInWithIdAsync();
        using var _ = client;
        await api.WithDbAsync(async db =>
        {
            for (var i = 0; i < Avatar.MaxPerPerson; i++)
                await AvatarTestData.ReadyAvatarAsync(db, userId, $"Avatar {i}", isDefault: i == 0);
            return 0;
        });

        var response = await client.PostAsync("/api/avatars", AvatarTestData.Upload(AvatarTestData.PortraitJpeg(), AvatarTestData.PortraitJpeg(1)), Cancel);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(Avatar.MaxPerPerson, await api.WithDbAsync(db => db.Avatars.CountAsync(a => a.OwnerId == userId, Cancel)));
    }

    [Fact]
    public async Task An_edit_makes_a_new_version_that_can_be_compared_and_undone_by_a_restore()
    {
        var (client, userId) = await SignedInWithIdAsync();
        using var _ = client;
        var avatar = await api.WithDbAsync(db => AvatarTestData.ReadyAvatarAsync(db, userId));

        var edit = await client.PostAsJsonAsync($"/api/avatars/{avatar.Id}/versions",
            new { baseVersion = 1, measurements = new Dictionary<string, double> { ["waist"] = 92, ["hip"] = 106.4 } }, Cancel);
        var edited = await edit.Content.ReadFromJsonAsync<AvatarVersionResponse>(Cancel);
        var comparison = await client.GetFromJsonAsync<AvatarComparison>($"/api/avatars/{avatar.Id}/versions/compare?from=1&to=2", Cancel);
        var restore = await client.PostAsJsonAsync($"/api/avatars/{avatar.Id}/versions/1/restore", new { baseVersion = 2 }, Cancel);
        var restored = await restore.Content.ReadFromJsonAsync<AvatarVersionResponse>(Cancel);
        var versions = await client.GetFromJsonAsync<AvatarVersionResponse[]>($"/api/avatars/{avatar.Id}/versions", Cancel);
        var current = await client.GetFromJsonAsync<AvatarResponse>($"/api/avatars/{avatar.Id}", Cancel);

        Assert.Equal(HttpStatusCode.Created, edit.StatusCode);
        Assert.Equal((2, "manual"), (edited!.Version, edited.Source));
        Assert.Equal((92, 1.0, "manual"), edited.Measurements.Single(m => m.Name == "waist") is var w ? (w.Cm, w.Confidence, w.Source) : default);
        var waist = comparison!.Measurements.Single(m => m.Name == "waist");
        Assert.Equal(Math.Round(92 - waist.FromCm, 1), waist.DifferenceCm);
        Assert.Equal(0, comparison.Measurements.Single(m => m.Name == "height").DifferenceCm);
        Assert.Equal(HttpStatusCode.Created, restore.StatusCode);
        Assert.Equal((3, "restored", 1), (restored!.Version, restored.Source, restored.RestoredFrom!.Value));
        Assert.Equal(waist.FromCm, restored.Measurements.Single(m => m.Name == "waist").Cm);
        Assert.Equal([3, 2, 1], versions!.Select(v => v.Version));
        Assert.Equal(3, current!.Current!.Version);
    }

    [Fact]
    public async Task An_edit_on_a_stale_version_is_a_conflict_and_changes_nothing()
    {
        var (client, userId) = await SignedInWithIdAsync();
        using var _ = client;
        var avatar = await api.WithDbAsync(db => AvatarTestData.ReadyAvatarAsync(db, userId));
        (await client.PostAsJsonAsync($"/api/avatars/{avatar.Id}/versions", new { baseVersion = 1, measurements = new { waist = 80 } }, Cancel)).EnsureSuccessStatusCode();

        var stale = await client.PostAsJsonAsync($"/api/avatars/{avatar.Id}/versions", new { baseVersion = 1, measurements = new { hip = 110 } }, Cancel);
        var problem = await stale.Content.ReadFromJsonAsync<ProblemDetails>(Cancel);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(2, ((System.Text.Json.JsonElement)problem!.Extensions["currentVersion"]!).GetInt32());
        Assert.Equal(2, await api.WithDbAsync(db => db.AvatarVersions.CountAsync(v => v.AvatarId == avatar.Id, Cancel)));
    }

    [Fact]
    public async Task Impossible_or_unknown_measurements_are_refused_by_name_and_unusual_ones_are_kept_with_a_warning()
    {
        var (client, userId) = await SignedInWithIdAsync();
        using var _ = client;
        var avatar = await api.WithDbAsync(db => AvatarTestData.ReadyAvatarAsync(db, userId));

        var outOfRange = await client.PostAsJsonAsync($"/api/avatars/{avatar.Id}/versions", new { baseVersion = 1, measurements = new { waist = -5, shoeSize = 40 } }, Cancel);
        var impossible = await client.PostAsJsonAsync($"/api/avatars/{avatar.Id}/versions", new { baseVersion = 1, measurements = new { wrist = 25, upperArm = 20 } }, Cancel);
        var unusual = await client.PostAsJsonAsync($"/api/avatars/{avatar.Id}/versions", new { baseVersion = 1, measurements = new { hip = 150 } }, Cancel);
        var inches = await client.PostAsJsonAsync($"/api/avatars/{avatar.Id}/versions", new { baseVersion = 2, units = "imperial", measurements = new { waist = 32 } }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);
        Assert.Equal(["measurements.shoeSize", "measurements.waist"], (await outOfRange.Content.ReadFromJsonAsync<ValidationProblemDetails>(Cancel))!.Errors.Keys.Order());
        Assert.Equal(HttpStatusCode.BadRequest, impossible.StatusCode);
        Assert.Contains("measurements.wrist", (await impossible.Content.ReadFromJsonAsync<ValidationProblemDetails>(Cancel))!.Errors.Keys);
        Assert.Equal(HttpStatusCode.Created, unusual.StatusCode);
        Assert.Contains((await unusual.Content.ReadFromJsonAsync<AvatarVersionResponse>(Cancel))!.Warnings, w => w.Contains("Hip to waist", StringComparison.Ordinal));
        Assert.Equal(81.3, (await inches.Content.ReadFromJsonAsync<AvatarVersionResponse>(Cancel))!.Measurements.Single(m => m.Name == "waist").Cm);
    }

    [Fact]
    public async Task Downloads_give_a_valid_glb_an_obj_with_its_material_and_the_measurements_in_the_persons_units()
    {
        var (client, userId) = await SignedInWithIdAsync();
        using var _ = client;
        var avatar = await api.WithDbAsync(db => AvatarTestData.ReadyAvatarAsync(db, userId, name: "Tailor's fit"));

        var glb = await client.GetAsync($"/api/avatars/{avatar.Id}/model.glb?lod=low", Cancel);
        var zip = await client.GetAsync($"/api/avatars/{avatar.Id}/model.zip?version=1", Cancel);
        var csv = await client.GetStringAsync($"/api/avatars/{avatar.Id}/measurements.csv?units=imperial", Cancel);
        var json = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/avatars/{avatar.Id}/measurements.json", Cancel);
        var badLevel = await client.GetAsync($"/api/avatars/{avatar.Id}/model.glb?lod=ultra", Cancel);

        Assert.Equal("model/gltf-binary", glb.Content.Headers.ContentType!.MediaType);
        Assert.Equal("tailor-s-fit-v1-low.glb", glb.Content.Headers.ContentDisposition!.FileNameStar);
        await GltfValidator.AssertValidAsync(await glb.Content.ReadAsByteArrayAsync(Cancel), "avatar-api-low");
        Assert.Contains("immutable", zip.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        using (var archive = new ZipArchive(await zip.Content.ReadAsStreamAsync(Cancel)))
        {
            Assert.Equal(["avatar.mtl", "avatar.obj"], archive.Entries.Select(e => e.Name).Order());
            using var obj = new StreamReader(archive.GetEntry("avatar.obj")!.Open());
            Assert.True((await obj.ReadToEndAsync(Cancel)).Split('\n').Count(l => l.StartsWith("f ", StringComparison.Ordinal)) > 15_000);
        }
        var height = csv.Split("\r\n").Single(l => l.StartsWith("height,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(("66.1", "in"), (height[2], height[3]));
        Assert.Equal(168, json.GetProperty("measurements").GetProperty("height").GetProperty("value").GetDouble());
        Assert.Equal(HttpStatusCode.BadRequest, badLevel.StatusCode);
        Assert.True(File.Exists(Path.Combine(api.BlobRoot, AvatarBlobs.Model(userId, avatar.Id, 1, FashionWallet.Avatars.Bodies.BodyLevelOfDetail.Low, ModelFormat.Glb))));
    }

    [Fact]
    public async Task The_default_moves_when_asked_and_when_the_default_is_deleted_and_deleting_queues_the_files_removal()
    {
        var (client, userId) = await SignedInWithIdAsync();
        using var _ = client;
        var (first, second) = await api.WithDbAsync(async db =>
            (await AvatarTestData.ReadyAvatarAsync(db, userId, "First"), await AvatarTestData.ReadyAvatarAsync(db, userId, "Second", isDefault: false)));

        var made = await client.PatchAsJsonAsync($"/api/avatars/{second.Id}", new { isDefault = true, name = "Second, renamed" }, Cancel);
        var afterSwitch = await client.GetFromJsonAsync<AvatarResponse[]>("/api/avatars", Cancel);
        var deleted = await client.DeleteAsync($"/api/avatars/{second.Id}", Cancel);
        var afterDelete = await client.GetFromJsonAsync<AvatarResponse[]>("/api/avatars", Cancel);
        var cleanup = await api.WithDbAsync(db => db.Jobs.Where(j => j.Type == DeleteBlobsJob.Type).Select(j => j.Payload).ToListAsync(Cancel));

        Assert.True(made.StatusCode == HttpStatusCode.OK, await made.Content.ReadAsStringAsync(Cancel));
        Assert.Equal([("Second, renamed", true), ("First", false)], afterSwitch!.Select(a => (a.Name, a.IsDefault)));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal([(first.Id, true)], afterDelete!.Select(a => (a.Id, a.IsDefault)));
        Assert.Contains(cleanup, payload => payload.Contains(AvatarBlobs.Avatar(userId, second.Id), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_thousand_mutated_uploads_are_each_accepted_or_refused_with_a_problem_never_a_server_error()
    {
        using var client = await SignedInAsync();
        var seeds = new[] { AvatarTestData.PortraitJpeg(), PngCodec.Encode(TestImages.Gradient(720, 1280)) };
        var side = AvatarTestData.PortraitJpeg(9);
        var random = new Random(5_000_000);
        var outcomes = new Dictionary<HttpStatusCode, int>();

        for (var i = 0; i < 1000; i++)
        {
            var file = seeds[i % seeds.Length].ToArray();
            for (var m = random.Next(1, 8); m > 0; m--)
                file[random.Next(file.Length)] = (byte)random.Next(256);
            if (random.Next(4) == 0)
                file = file[..random.Next(1, file.Length)];
            using var response = await client.PostAsync("/api/avatars", AvatarTestData.Upload(file, side), Cancel);
            outcomes[response.StatusCode] = outcomes.GetValueOrDefault(response.StatusCode) + 1;
            if (response.StatusCode == HttpStatusCode.BadRequest)
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }

        var summary = string.Join(", ", outcomes.Select(o => $"{o.Key}: {o.Value}"));
        Assert.True(outcomes.Keys.All(s => s is HttpStatusCode.Accepted or HttpStatusCode.BadRequest or HttpStatusCode.Conflict), summary);
        Assert.True(outcomes.GetValueOrDefault(HttpStatusCode.BadRequest) > 0 && outcomes.GetValueOrDefault(HttpStatusCode.Accepted) > 0, summary);
    }

    private async Task<HttpResponseMessage> PostAsync(HttpClient client, MultipartFormDataContent form, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/avatars") { Content = form };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request, Cancel);
    }

    private int BlobCount() => Directory.Exists(api.BlobRoot) ? Directory.EnumerateFiles(api.BlobRoot, "*", SearchOption.AllDirectories).Count() : 0;

    private async Task<HttpClient> SignedInAsync() => (await SignedInWithIdAsync()).Client;

    private async Task<(HttpClient Client, Guid UserId)> SignedInWithIdAsync()
    {
        var email = ApiFactory.UniqueEmail("avatar");
        var tokens = await api.SignUpAsync(email);
        var userId = await api.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Cancel));
        return (api.Client(tokens.AccessToken), userId);
    }
}
