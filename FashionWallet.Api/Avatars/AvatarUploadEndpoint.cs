using FashionWallet.Api.Security;
using FashionWallet.Avatars;
using FashionWallet.Database;
using FashionWallet.Imaging;
using FashionWallet.Jobs;
using FashionWallet.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Api.Avatars;

/// <summary>
/// A new avatar from a front and a side photo and the person's height. The photos are checked by their content,
/// stored without any metadata (and upright), and a run is queued; the answer comes at once, with where to follow it.
/// </summary>
internal static class AvatarUploadEndpoint
{
    public const int MaxAvatarsPerPerson = 10;
    public const long MaxRequestBytes = 2 * 15 * 1024 * 1024 + 1024 * 1024;

    public static async Task<Results<Accepted<AvatarAccepted>, ValidationProblem, ProblemHttpResult>> Upload(
        IFormFile? front, IFormFile? side, [FromForm] string? heightCm, [FromForm] string? weightKg, [FromForm] string? age, [FromForm] string? sex, [FromForm] string? name,
        [FromHeader(Name = Idempotency.Header)] string? idempotencyKey,
        FashionWalletDbContext db, Idempotency idempotency, IBlobStore blobs, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors().Add("idempotencyKey", Idempotency.Problem(idempotencyKey));
        var body = AvatarBody.Parse(heightCm, weightKg, age, sex, errors);
        var avatarName = string.IsNullOrWhiteSpace(name) ? "My avatar" : name.Trim();
        if (avatarName.Length > 80)
            errors.Add("name", "A name has at most 80 characters.");
        var frontBytes = await ReadAsync(front, "front", errors, cancellationToken);
        var sideBytes = await ReadAsync(side, "side", errors, cancellationToken);
        if (errors.Any)
            return errors.ToResult();

        var ownerId = http.User.UserId();
        var requestHash = Idempotency.Hash(frontBytes, sideBytes, System.Text.Encoding.UTF8.GetBytes($"{body}|{avatarName}"));
        if (await idempotency.FindAsync<AvatarAccepted>(ownerId, idempotencyKey, requestHash, cancellationToken) is { } earlier)
            return Replayed(http, earlier);

        var frontPhoto = Accept(frontBytes, "front", errors);
        var sidePhoto = Accept(sideBytes, "side", errors);
        if (errors.Any)
            return errors.ToResult();
        var now = DateTimeOffset.UtcNow;
        var avatar = new Avatar
        {
            Id = Guid.CreateVersion7(), OwnerId = ownerId, Name = avatarName, Status = AvatarStatus.Processing,
            HeightCm = body.HeightCm, WeightKg = body.WeightKg, Age = body.Age, Sex = body.Sex, CreatedAt = now, UpdatedAt = now,
        };
        var run = new AvatarRun { Id = Guid.CreateVersion7(), AvatarId = avatar.Id, Stage = AvatarStage.Queued, CreatedAt = now };
        var stored = new List<string>();
        try
        {
            var photos = new[]
            {
                await StoreAsync(blobs, stored, avatar, run, "front", frontPhoto!, cancellationToken),
                await StoreAsync(blobs, stored, avatar, run, "side", sidePhoto!, cancellationToken),
            };
            Results<Accepted<AvatarAccepted>, ValidationProblem, ProblemHttpResult>? result = null;
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                // One person's uploads one at a time: the avatar limit, the single default and a key sent twice at once stay exact.
                await db.Database.ExecuteSqlAsync($"select pg_advisory_xact_lock(hashtextextended({ownerId.ToString()}, 5))", ct);
                if (await idempotency.FindAsync<AvatarAccepted>(ownerId, idempotencyKey, requestHash, ct) is { } raced)
                {
                    result = Replayed(http, raced);
                    return;
                }
                var existing = await db.Avatars.CountAsync(a => a.OwnerId == ownerId && a.ArchivedAt == null, ct);
                if (existing >= MaxAvatarsPerPerson)
                {
                    result = TypedResults.Problem($"You have {existing} avatars, the most an account can keep. Delete one to make another.",
                        statusCode: StatusCodes.Status409Conflict, title: "Too many avatars");
                    return;
                }
                avatar.IsDefault = existing == 0;
                db.Avatars.Add(avatar);
                db.AvatarRuns.Add(run);
                db.AvatarPhotos.AddRange(photos);
                await db.SaveChangesAsync(ct);
                run.JobId = await JobQueue.EnqueueAsync(db, new JobRequest(AvatarProcessingJob.Type, new AvatarProcessingJob(run.Id)) { OwnerId = ownerId, Priority = 6, MaxAttempts = 3 }, ct);
                var accepted = new AvatarAccepted(AvatarResponse.From(avatar, run), run.JobId.Value, $"/api/avatars/{avatar.Id}",
                    [Notice("front", frontPhoto!), Notice("side", sidePhoto!)]);
                idempotency.Remember(ownerId, idempotencyKey, requestHash, StatusCodes.Status202Accepted, accepted);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                result = TypedResults.Accepted(accepted.StatusUrl, accepted);
            }, cancellationToken);
            if (result!.Result is not Accepted<AvatarAccepted> { Value: { } done } || done.Avatar.Id != avatar.Id)
                await DeleteAsync(blobs, stored);
            return result;
        }
        catch
        {
            await DeleteAsync(blobs, stored);
            throw;
        }
    }

    private static Results<Accepted<AvatarAccepted>, ValidationProblem, ProblemHttpResult> Replayed(HttpContext http, Replay<AvatarAccepted> earlier)
    {
        if (earlier.Conflict is { } conflict)
            return conflict;
        http.Response.Headers["Idempotent-Replayed"] = "true";
        return TypedResults.Accepted(earlier.Response!.StatusUrl, earlier.Response);
    }

    private static async Task<byte[]> ReadAsync(IFormFile? file, string field, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            errors.Add(field, $"Add a {field} photo.");
            return [];
        }
        if (file.Length > PhotoLimitsFor.Upload.MaxBytes)
        {
            errors.Add(field, $"This photo is {file.Length / 1024 / 1024.0:0.#} MB; the limit is {PhotoLimitsFor.Upload.MaxBytes / 1024 / 1024} MB.");
            return [];
        }
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private static AcceptedPhoto? Accept(byte[] bytes, string field, FieldErrors errors)
    {
        try
        {
            return PhotoIntake.Accept(bytes, PhotoLimitsFor.Upload);
        }
        catch (ImageRejectedException ex)
        {
            errors.Add(field, ex.Message);
            return null;
        }
    }

    private static async Task<AvatarPhoto> StoreAsync(IBlobStore blobs, List<string> stored, Avatar avatar, AvatarRun run, string view, AcceptedPhoto photo, CancellationToken cancellationToken)
    {
        var extension = photo.Header.Format == ImageFormat.Jpeg ? "jpg" : "png";
        var original = AvatarBlobs.Original(avatar.OwnerId, avatar.Id, run.Id, view, extension);
        var normalized = AvatarBlobs.Normalized(avatar.OwnerId, avatar.Id, run.Id, view);
        await blobs.PutAsync(original, photo.StrippedOriginal, cancellationToken);
        stored.Add(original);
        await blobs.PutAsync(normalized, JpegCodec.Encode(photo.Image, quality: 92), cancellationToken);
        stored.Add(normalized);
        return new AvatarPhoto
        {
            Id = Guid.CreateVersion7(), RunId = run.Id, View = view, OriginalKey = original, NormalizedKey = normalized,
            ContentType = BlobKeys.ContentType(original), SizeBytes = photo.StrippedOriginal.Length, Width = photo.Image.Width, Height = photo.Image.Height,
            RemovedMetadata = AvatarJson.Serialize(photo.Removed), UploadedAt = DateTimeOffset.UtcNow,
        };
    }

    private static PhotoNotice Notice(string view, AcceptedPhoto photo) =>
        new(view, photo.Image.Width, photo.Image.Height, photo.Removed.Location, photo.Removed.Camera, photo.Removed.DateTaken);

    private static async Task DeleteAsync(IBlobStore blobs, IEnumerable<string> keys)
    {
        foreach (var key in keys)
            await blobs.DeleteAsync(key, CancellationToken.None);
    }
}

public static class PhotoLimitsFor
{
    public static PhotoLimits Upload { get; } = new();
}
