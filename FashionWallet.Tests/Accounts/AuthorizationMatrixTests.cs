using System.Net;
using System.Net.Http.Json;
using FashionWallet.Accounts;
using FashionWallet.Api.Accounts;
using FashionWallet.Api.Security;
using FashionWallet.Avatars;
using FashionWallet.Catalog;
using FashionWallet.Designs;
using FashionWallet.Storage;
using FashionWallet.Tests.Avatars;
using FashionWallet.Jobs;
using FashionWallet.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FashionWallet.Tests.Accounts;

/// <summary>
/// Every API endpoint, found in the running API's endpoint data source, called as anonymous, another person, the
/// owner and an admin, and checked against the access it declares. An endpoint added without a declared access
/// stops the API at start-up; one added without a request here fails this test.
/// </summary>
public sealed class AuthorizationMatrixTests(AuthorizationMatrixTests.Factory api) : IClassFixture<AuthorizationMatrixTests.Factory>
{
    public sealed class Factory(PostgresFixture postgres) : ApiFactory(postgres);

    public enum Caller
    {
        Anonymous,
        Other,
        Owner,
        Admin,
    }

    /// <summary>What a test needs to call an endpoint on behalf of the owner: their ids and a resource they own.</summary>
    public sealed record Scenario(Person Owner, Person Other, Person Admin, Guid OwnedJobId, Guid OwnerOtherSessionId, string OwnerRefreshToken, Guid CatalogItemId, Guid AvatarId, Guid DesignId, Guid DesignFolderId);

    public sealed record Person(User User, Guid SessionId, string AccessToken);

    private static readonly Dictionary<string, Func<Scenario, HttpRequestMessage>> Requests = new()
    {
        ["POST /api/accounts/register"] = _ => Post("/api/accounts/register", new { email = ApiFactory.UniqueEmail("m"), password = ApiFactory.Password, displayName = "M", acceptTerms = true }),
        ["POST /api/accounts/verify-email"] = _ => Post("/api/accounts/verify-email", new { token = SecureToken.Create().Token }),
        ["POST /api/accounts/verify-email/resend"] = _ => Post("/api/accounts/verify-email/resend", new { email = ApiFactory.UniqueEmail("m") }),
        ["POST /api/accounts/sign-in"] = s => Post("/api/accounts/sign-in", new { email = s.Owner.User.Email, password = ApiFactory.Password }),
        ["POST /api/accounts/token/refresh"] = s => Post("/api/accounts/token/refresh", new { refreshToken = s.OwnerRefreshToken }),
        ["POST /api/accounts/sign-out"] = _ => Post("/api/accounts/sign-out", new { }),
        ["POST /api/accounts/password/forgot"] = s => Post("/api/accounts/password/forgot", new { email = s.Owner.User.Email }),
        ["POST /api/accounts/password/reset"] = _ => Post("/api/accounts/password/reset", new { token = SecureToken.Create().Token, newPassword = "Matrix-Reset#99" }),
        ["POST /api/accounts/email/confirm"] = _ => Post("/api/accounts/email/confirm", new { token = SecureToken.Create().Token }),
        ["GET /api/accounts/me/"] = _ => new HttpRequestMessage(HttpMethod.Get, "/api/accounts/me"),
        ["PATCH /api/accounts/me/"] = _ => new HttpRequestMessage(HttpMethod.Patch, "/api/accounts/me") { Content = JsonContent.Create(new { preferredUnits = "imperial" }) },
        ["POST /api/accounts/me/password"] = _ => Post("/api/accounts/me/password", new { currentPassword = ApiFactory.Password, newPassword = "Matrix-New#2026" }),
        ["POST /api/accounts/me/email"] = _ => Post("/api/accounts/me/email", new { newEmail = ApiFactory.UniqueEmail("moved"), password = ApiFactory.Password }),
        ["POST /api/accounts/me/delete"] = _ => Post("/api/accounts/me/delete", new { password = ApiFactory.Password }),
        ["GET /api/accounts/me/sessions"] = _ => new HttpRequestMessage(HttpMethod.Get, "/api/accounts/me/sessions"),
        ["DELETE /api/accounts/me/sessions/{id:guid}"] = s => new HttpRequestMessage(HttpMethod.Delete, $"/api/accounts/me/sessions/{s.OwnerOtherSessionId}"),
        ["GET /api/admin/users"] = _ => new HttpRequestMessage(HttpMethod.Get, "/api/admin/users"),
        ["PUT /api/admin/users/{id:guid}/role"] = s => new HttpRequestMessage(HttpMethod.Put, $"/api/admin/users/{s.Owner.User.Id}/role") { Content = JsonContent.Create(new { role = "designer" }) },
        ["POST /api/admin/users/{id:guid}/unlock"] = s => Post($"/api/admin/users/{s.Owner.User.Id}/unlock", new { }),
        ["GET /api/admin/audit"] = _ => new HttpRequestMessage(HttpMethod.Get, "/api/admin/audit"),
        ["GET /api/dev/mailbox"] = _ => new HttpRequestMessage(HttpMethod.Get, "/api/dev/mailbox"),
        ["GET /api/jobs/{id:guid}"] = s => new HttpRequestMessage(HttpMethod.Get, $"/api/jobs/{s.OwnedJobId}"),
        ["POST /api/jobs/{id:guid}/cancel"] = s => Post($"/api/jobs/{s.OwnedJobId}/cancel", new { }),
        ["GET /api/platform/status"] = _ => new HttpRequestMessage(HttpMethod.Get, "/api/platform/status"),
        ["POST /api/platform/canary"] = _ => Post("/api/platform/canary", new { steps = 1, stepDelayMs = 0 }),
        ["GET /api/catalog/search"] = _ => new HttpRequestMessage(HttpMethod.Get, "/api/catalog/search?q=cotton"),
        ["GET /api/catalog/suggest"] = _ => new HttpRequestMessage(HttpMethod.Get, "/api/catalog/suggest?q=cot"),
        ["GET /api/catalog/items/{id:guid}"] = s => new HttpRequestMessage(HttpMethod.Get, $"/api/catalog/items/{s.CatalogItemId}"),
        ["GET /api/catalog/items/{id:guid}/similar"] = s => new HttpRequestMessage(HttpMethod.Get, $"/api/catalog/items/{s.CatalogItemId}/similar"),
        ["GET /api/catalog/items/{id:guid}/thumbnail.svg"] = s => new HttpRequestMessage(HttpMethod.Get, $"/api/catalog/items/{s.CatalogItemId}/thumbnail.svg"),
        ["GET /api/catalog/items/{id:guid}/texture.svg"] = s => new HttpRequestMessage(HttpMethod.Get, $"/api/catalog/items/{s.CatalogItemId}/texture.svg"),
        ["POST /api/catalog/items"] = s => Post("/api/catalog/items", new { sku = $"MATRIX-{Guid.NewGuid():N}"[..30].ToUpperInvariant() }),
        ["PUT /api/catalog/items/{id:guid}"] = s => new HttpRequestMessage(HttpMethod.Put, $"/api/catalog/items/{s.CatalogItemId}") { Content = JsonContent.Create(new { name = "Renamed" }) },
        ["POST /api/catalog/items/{id:guid}/publish"] = s => Post($"/api/catalog/items/{s.CatalogItemId}/publish", new { }),
        ["POST /api/catalog/items/{id:guid}/archive"] = s => Post($"/api/catalog/items/{s.CatalogItemId}/archive", new { }),
        ["GET /api/catalog/items/{id:guid}/versions"] = s => new HttpRequestMessage(HttpMethod.Get, $"/api/catalog/items/{s.CatalogItemId}/versions"),
        ["GET /api/catalog/items/{id:guid}/versions/{version:int}"] = s => new HttpRequestMessage(HttpMethod.Get, $"/api/catalog/items/{s.CatalogItemId}/versions/1"),
        ["POST /api/catalog/items/{id:guid}/versions/{version:int}/restore"] = s => Post($"/api/catalog/items/{s.CatalogItemId}/versions/1/restore", new { }),
        ["POST /api/catalog/import"] = _ => new HttpRequestMessage(HttpMethod.Post, "/api/catalog/import?format=json") { Content = new StringContent("[]", System.Text.Encoding.UTF8, "application/json") },
        ["GET /api/catalog/export"] = _ => new HttpRequestMessage(HttpMethod.Get, "/api/catalog/export?format=csv"),
        ["POST /api/avatars/"] = _ => new HttpRequestMessage(HttpMethod.Post, "/api/avatars") { Content = new MultipartFormDataContent() },
        ["GET /api/avatars/"] = _ => new HttpRequestMessage(HttpMethod.Get, "/api/avatars"),
        ["GET /api/avatars/{id:guid}"] = s => new HttpRequestMessage(HttpMethod.Get, $"/api/avatars/{s.AvatarId}"),
        ["PATCH /api/avatars/{id:guid}"] = s => new HttpRequestMessage(HttpMethod.Patch, $"/api/avatars/{s.AvatarId}") { Content = JsonContent.Create(new { name = "Renamed" }) },
        ["DELETE /api/avatars/{id:guid}"] = s => new HttpRequestMessage(HttpMethod.Delete, $"/api/avatars/{s.AvatarId}"),
        ["POST /api/avatars/{id:guid}/runs"] = s => new HttpRequestMessage(HttpMethod.Post, $"/api/avatars/{s.AvatarId}/runs") { Content = new MultipartFormDataContent() },
        ["GET /api/avatars/{id:guid}/photos/{view:regex(^(front|side)$)}"] = s => new HttpRequestMessage(HttpMethod.Get, $"/api/avatars/{s.AvatarId}/photos/front"),
        ["GET /api/avatars/{id:guid}/versions"] = s => new HttpRequestMessage(HttpMethod.Get, $"/api/avatars/{s.AvatarId}/versions"),
        ["GET /api/avatars/{id:guid}/versions/{version:int}"] = s => new HttpRequestMessage(HttpMethod.Get, $"/api/avatars/{s.AvatarId}/versions/1"),
        ["GET /api/avatars/{id:guid}/versions/compare"] = s => new HttpRequestMessage(HttpMethod.Get, $"/api/avatars/{s.AvatarId}/versions/compare?from=1&to=1"),
        ["POST /api/avatars/{id:guid}/versions"] = s => Post($"/api/avatars/{s.AvatarId}/versions", new { baseVersion = 1, measurements = new { waist = 80 } }),
        ["POST /api/avatars/{id:guid}/versions/{version:int}/restore"] = s => Post($"/api/avatars/{s.AvatarId}/versions/1/restore", new { baseVersion = 1 }),
        ["GET /api/avatars/{id:guid}/model.glb"] = s => new HttpRequestMessage(HttpMethod.Get, $"/api/avatars/{s.AvatarId}/model.glb?lod=low"),
        ["GET /api/avatars/{id:guid}/model.zip"] = s => new HttpRequestMessage(HttpMethod.Get, $"/api/avatars/{s.AvatarId}/model.zip?lod=low"),
        ["GET /api/avatars/{id:guid}/measurements.{format:regex(^(csv|json)$)}"] = s => new HttpRequestMessage(HttpMethod.Get, $"/api/avatars/{s.AvatarId}/measurements.csv"),
        ["POST /api/designs/"] = _ => Post("/api/designs", new { name = "Matrix design" }),
        ["GET /api/designs/"] = _ => new HttpRequestMessage(HttpMethod.Get, "/api/designs?q=matrix"),
        ["GET /api/designs/trash"] = _ => new HttpRequestMessage(HttpMethod.Get, "/api/designs/trash"),
        ["GET /api/designs/templates"] = _ => new HttpRequestMessage(HttpMethod.Get, "/api/designs/templates"),
        ["GET /api/designs/{id:guid}"] = s => new HttpRequestMessage(HttpMethod.Get, $"/api/designs/{s.DesignId}"),
        ["PATCH /api/designs/{id:guid}"] = s => new HttpRequestMessage(HttpMethod.Patch, $"/api/designs/{s.DesignId}") { Content = JsonContent.Create(new { name = "Renamed" }) },
        ["DELETE /api/designs/{id:guid}"] = s => new HttpRequestMessage(HttpMethod.Delete, $"/api/designs/{s.DesignId}"),
        ["POST /api/designs/{id:guid}/restore"] = s => Post($"/api/designs/{s.DesignId}/restore", new { }),
        ["POST /api/designs/{id:guid}/duplicate"] = s => Post($"/api/designs/{s.DesignId}/duplicate", new { }),
        ["POST /api/designs/{id:guid}/template"] = s => Post($"/api/designs/{s.DesignId}/template", new { name = "Matrix template" }),
        ["POST /api/designs/{id:guid}/operations"] = s => Post($"/api/designs/{s.DesignId}/operations",
            new { baseVersion = 1, operations = new object[] { new { type = "setGarment", property = "colour", panel = "front", value = "#112233" } } }),
        ["POST /api/designs/{id:guid}/undo"] = s => Post($"/api/designs/{s.DesignId}/undo", new { baseVersion = 1 }),
        ["POST /api/designs/{id:guid}/redo"] = s => Post($"/api/designs/{s.DesignId}/redo", new { baseVersion = 1 }),
        ["GET /api/designs/{id:guid}/history"] = s => new HttpRequestMessage(HttpMethod.Get, $"/api/designs/{s.DesignId}/history"),
        ["GET /api/designs/{id:guid}/preview.glb"] = s => new HttpRequestMessage(HttpMethod.Get, $"/api/designs/{s.DesignId}/preview.glb"),
        ["GET /api/designs/{id:guid}/flat.svg"] = s => new HttpRequestMessage(HttpMethod.Get, $"/api/designs/{s.DesignId}/flat.svg"),
        ["GET /api/designs/{id:guid}/versions"] = s => new HttpRequestMessage(HttpMethod.Get, $"/api/designs/{s.DesignId}/versions"),
        ["POST /api/designs/{id:guid}/versions"] = s => Post($"/api/designs/{s.DesignId}/versions", new { name = "Checkpoint" }),
        ["GET /api/designs/{id:guid}/versions/{number:int}"] = s => new HttpRequestMessage(HttpMethod.Get, $"/api/designs/{s.DesignId}/versions/1"),
        ["POST /api/designs/{id:guid}/versions/{number:int}/restore"] = s => Post($"/api/designs/{s.DesignId}/versions/1/restore", new { baseVersion = 1 }),
        ["GET /api/designs/folders/"] = _ => new HttpRequestMessage(HttpMethod.Get, "/api/designs/folders"),
        ["POST /api/designs/folders/"] = _ => Post("/api/designs/folders", new { name = "Matrix folder" }),
        ["PATCH /api/designs/folders/{id:guid}"] = s => new HttpRequestMessage(HttpMethod.Patch, $"/api/designs/folders/{s.DesignFolderId}") { Content = JsonContent.Create(new { name = "Renamed" }) },
        ["DELETE /api/designs/folders/{id:guid}"] = s => new HttpRequestMessage(HttpMethod.Delete, $"/api/designs/folders/{s.DesignFolderId}"),
    };

    [Fact]
    public async Task Every_endpoint_answers_each_kind_of_caller_as_its_declared_access_says()
    {
        var endpoints = api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(method => (Key: $"{method} {e.RoutePattern.RawText}", Access: e.Metadata.GetRequiredMetadata<AccessMetadata>().Access)))
            .ToArray();
        var missing = endpoints.Select(e => e.Key).Except(Requests.Keys).ToArray();
        Assert.True(missing.Length == 0, $"Add an authorisation request for: {string.Join(", ", missing)}");
        Assert.True(endpoints.Length >= 25, "The endpoint data source looks incomplete.");

        var failures = new List<string>();
        foreach (var (key, access) in endpoints)
        {
            foreach (var caller in Enum.GetValues<Caller>())
            {
                var status = await CallAsync(key, caller);
                if (Violation(access, caller, status) is { } violation)
                    failures.Add($"{key} ({access}) as {caller}: {(int)status} {violation}");
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static string? Violation(Access access, Caller caller, HttpStatusCode status)
    {
        var refused = status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
        return (access, caller) switch
        {
            (Access.Public or Access.AdminOutsideDevelopment, _) => refused ? "refused a public endpoint" : null,
            (_, Caller.Anonymous) => status == HttpStatusCode.Unauthorized ? null : "expected 401",
            (Access.SignedIn, _) => refused ? "refused a signed-in person" : null,
            (Access.Owner, Caller.Other) => status == HttpStatusCode.NotFound ? null : "expected 404 for someone else's resource",
            (Access.Owner, _) => refused || status == HttpStatusCode.NotFound ? "refused the owner or an admin" : null,
            (Access.Admin, Caller.Admin) => refused ? "refused an admin" : null,
            (Access.Admin, _) => status == HttpStatusCode.Forbidden ? null : "expected 403 for a designer",
            _ => "unknown access",
        };
    }

    /// <summary>Each call gets fresh people and resources, so state-changing endpoints cannot spoil the next call.</summary>
    private async Task<HttpStatusCode> CallAsync(string key, Caller caller)
    {
        var scenario = await CreateScenarioAsync();
        var token = caller switch
        {
            Caller.Owner => scenario.Owner.AccessToken,
            Caller.Other => scenario.Other.AccessToken,
            Caller.Admin => scenario.Admin.AccessToken,
            _ => null,
        };
        using var client = api.Client(token);
        using var request = Requests[key](scenario);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    /// <summary>Verified people with open sessions and an owned job, made directly in one transaction (signing up 300
    /// people through the API would take minutes of deliberately slow password hashing).</summary>
    private async Task<Scenario> CreateScenarioAsync()
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FashionWallet.Database.FashionWalletDbContext>();
        var tokens = scope.ServiceProvider.GetRequiredService<AccessTokens>();
        var now = DateTimeOffset.UtcNow;

        Person Add(string role)
        {
            var user = new User
            {
                Id = Guid.CreateVersion7(), Email = ApiFactory.UniqueEmail("matrix"), DisplayName = "Matrix", Role = role,
                EmailVerifiedAt = now, CreatedAt = now, UpdatedAt = now,
            };
            user.PasswordHash = _passwordHash ??= scope.ServiceProvider.GetRequiredService<Passwords>().Hash(user, ApiFactory.Password);
            db.Users.Add(user);
            return Open(user);
        }

        Person Open(User user)
        {
            var session = new Session { Id = Guid.CreateVersion7(), UserId = user.Id, CreatedAt = now, LastSeenAt = now, ExpiresAt = now.AddDays(1) };
            db.Sessions.Add(session);
            return new Person(user, session.Id, tokens.Create(user, session.Id, now));
        }

        var owner = Add(Roles.Designer);
        var other = Add(Roles.Designer);
        var admin = Add(Roles.Admin);
        var ownerElsewhere = Open(owner.User);
        var (refreshToken, hash) = SecureToken.Create();
        db.RefreshTokens.Add(new RefreshToken { Id = Guid.CreateVersion7(), SessionId = owner.SessionId, TokenHash = hash, CreatedAt = now, ExpiresAt = now.AddDays(1) });
        await db.SaveChangesAsync();
        var jobId = await JobQueue.EnqueueAsync(db, new JobRequest("test.matrix") { OwnerId = owner.User.Id, RunAt = now.AddDays(1) });
        var template = _catalogTemplate ??= CatalogSeed.Generate().First(i => i.Kind == CatalogKind.Fabric);
        var item = await scope.ServiceProvider.GetRequiredService<CatalogStore>()
            .CreateAsync(template with { Sku = $"MX-{Guid.NewGuid():N}"[..20].ToUpperInvariant(), Status = CatalogStatus.Published });
        var avatarId = await AvatarWithPhotoAsync(db, scope.ServiceProvider.GetRequiredService<IBlobStore>(), owner.User.Id);
        var (designId, folderId) = await DesignWithFolderAsync(db, owner.User.Id, now);
        return new Scenario(owner, other, admin, jobId, ownerElsewhere.SessionId, refreshToken, item.Item!.Id, avatarId, designId, folderId);
    }

    private static async Task<(Guid DesignId, Guid FolderId)> DesignWithFolderAsync(FashionWallet.Database.FashionWalletDbContext db, Guid ownerId, DateTimeOffset now)
    {
        var folder = new DesignFolder { Id = Guid.CreateVersion7(), OwnerId = ownerId, Name = "Matrix", CreatedAt = now, UpdatedAt = now };
        var document = DesignJson.Serialize(DesignDocument.Blank);
        var design = new Design { Id = Guid.CreateVersion7(), OwnerId = ownerId, Name = "Matrix", FolderId = folder.Id, Document = document, CreatedAt = now, UpdatedAt = now };
        db.DesignFolders.Add(folder);
        db.Designs.Add(design);
        db.DesignVersions.Add(new DesignVersion { DesignId = design.Id, Number = 1, Name = "First version", Document = document, DesignVersionNumber = 1, CreatedAt = now });
        await db.SaveChangesAsync();
        return (design.Id, folder.Id);
    }

    private static async Task<Guid> AvatarWithPhotoAsync(FashionWallet.Database.FashionWalletDbContext db, IBlobStore blobs, Guid ownerId)
    {
        var avatar = await AvatarTestData.ReadyAvatarAsync(db, ownerId);
        var run = new AvatarRun { Id = Guid.CreateVersion7(), AvatarId = avatar.Id, Stage = AvatarStage.Ready, Percent = 100, CreatedAt = avatar.CreatedAt, FinishedAt = avatar.CreatedAt };
        var key = AvatarBlobs.Normalized(ownerId, avatar.Id, run.Id, "front");
        // The photo endpoint serves stored bytes as they are; access, not decoding, is what this test checks.
        await blobs.PutAsync(key, "not decoded here"u8.ToArray(), CancellationToken.None);
        db.AvatarRuns.Add(run);
        db.AvatarPhotos.Add(new AvatarPhoto
        {
            Id = Guid.CreateVersion7(), RunId = run.Id, View = "front", OriginalKey = key, NormalizedKey = key, ContentType = "image/jpeg",
            SizeBytes = 16, Width = 720, Height = 1280, RemovedMetadata = "{}", UploadedAt = avatar.CreatedAt,
        });
        await db.SaveChangesAsync();
        return avatar.Id;
    }

    private CatalogItemInput? _catalogTemplate;

    // Hashing is deliberately slow; one (salted, peppered) hash serves every matrix person, as it verifies for any user.
    private string? _passwordHash;

    private static HttpRequestMessage Post(string path, object body) => new(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
}
