using System.Text.Json;
using FashionWallet.Api.Security;
using FashionWallet.Avatars;
using FashionWallet.Database;
using FashionWallet.Imaging;
using FashionWallet.Jobs;
using FashionWallet.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Api.Avatars;

/// <summary>
/// Starts a processing run from submitted photos, for a new avatar or an existing one. The photos are stored first
/// (without metadata, and upright), then the avatar, run and job are recorded in one transaction; the answer comes
/// at once, with where to follow the run.
/// </summary>
internal sealed class AvatarRuns(FashionWalletDbContext db, Idempotency idempotency, IBlobStore blobs)
{
    public async Task<Results<Accepted<AvatarAccepted>, NotFound, ValidationProblem, ProblemHttpResult>> StartAsync(
        Guid ownerId, Guid? existingAvatarId, AvatarPhotoSubmission submission, string? idempotencyKey, HttpContext http, CancellationToken cancellationToken)
    {
        if (await idempotency.FindAsync<AvatarAccepted>(ownerId, idempotencyKey, submission.RequestHash, cancellationToken) is { } earlier)
            return Replayed(http, earlier);

        var now = DateTimeOffset.UtcNow;
        var avatarId = existingAvatarId ?? Guid.CreateVersion7();
        var run = new AvatarRun { Id = Guid.CreateVersion7(), AvatarId = avatarId, Stage = AvatarStage.Queued, CreatedAt = now };
        var stored = new List<string>();
        try
        {
            var photos = new[]
            {
                await StoreAsync(stored, ownerId, run, "front", submission.Front, cancellationToken),
                await StoreAsync(stored, ownerId, run, "side", submission.Side, cancellationToken),
            };
            Results<Accepted<AvatarAccepted>, NotFound, ValidationProblem, ProblemHttpResult>? result = null;
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                // One person's runs start one at a time: the avatar limit, the single default and a key sent twice at once stay exact.
                await db.Database.ExecuteSqlAsync($"select pg_advisory_xact_lock(hashtextextended({ownerId.ToString()}, 5))", ct);
                if (await idempotency.FindAsync<AvatarAccepted>(ownerId, idempotencyKey, submission.RequestHash, ct) is { } raced)
                {
                    result = Replayed(http, raced);
                    return;
                }
                var (avatar, refusal) = existingAvatarId is null
                    ? await NewAvatarAsync(ownerId, avatarId, submission, now, ct)
                    : await ExistingAvatarAsync(ownerId, avatarId, submission, now, ct);
                if (refusal is not null)
                {
                    result = refusal;
                    return;
                }
                db.AvatarRuns.Add(run);
                db.AvatarPhotos.AddRange(photos);
                await db.SaveChangesAsync(ct);
                run.JobId = await JobQueue.EnqueueAsync(db, new JobRequest(AvatarProcessingJob.Type, new AvatarProcessingJob(run.Id)) { OwnerId = ownerId, Priority = 6, MaxAttempts = 3 }, ct);
                var accepted = new AvatarAccepted(AvatarResponse.From(avatar!, run), run.JobId.Value, $"/api/avatars/{avatarId}",
                    [Notice("front", submission.Front), Notice("side", submission.Side)]);
                idempotency.Remember(ownerId, idempotencyKey, submission.RequestHash, StatusCodes.Status202Accepted, accepted);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                result = TypedResults.Accepted(accepted.StatusUrl, accepted);
            }, cancellationToken);
            if (result!.Result is not Accepted<AvatarAccepted> { Value.Avatar.Progress.RunId: var startedRun } || startedRun != run.Id)
                await DeleteAsync(stored);
            return result;
        }
        catch
        {
            await DeleteAsync(stored);
            throw;
        }
    }

    private async Task<(Avatar?, Results<Accepted<AvatarAccepted>, NotFound, ValidationProblem, ProblemHttpResult>?)> NewAvatarAsync(
        Guid ownerId, Guid avatarId, AvatarPhotoSubmission submission, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await db.Avatars.CountAsync(a => a.OwnerId == ownerId, cancellationToken);
        if (existing >= Avatar.MaxPerPerson)
            return (null, TypedResults.Problem($"You have {existing} avatars, the most an account can keep. Delete one to make another.",
                statusCode: StatusCodes.Status409Conflict, title: "Too many avatars"));
        var avatar = new Avatar
        {
            Id = avatarId, OwnerId = ownerId, Name = submission.Name ?? "My avatar", IsDefault = existing == 0, Status = AvatarStatus.Processing,
            CreatedAt = now, UpdatedAt = now,
        };
        submission.Body.ApplyTo(avatar);
        db.Avatars.Add(avatar);
        return (avatar, null);
    }

    private async Task<(Avatar?, Results<Accepted<AvatarAccepted>, NotFound, ValidationProblem, ProblemHttpResult>?)> ExistingAvatarAsync(
        Guid ownerId, Guid avatarId, AvatarPhotoSubmission submission, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var avatar = await db.Avatars.AsTracking().FirstOrDefaultAsync(a => a.Id == avatarId && a.OwnerId == ownerId, cancellationToken);
        if (avatar is null)
            return (null, TypedResults.NotFound());
        var running = await db.AvatarRuns.Where(r => r.AvatarId == avatarId && r.FinishedAt == null)
            .Join(db.Jobs, r => r.JobId, j => j.Id, (r, j) => j.Status)
            .AnyAsync(status => status == JobStatus.Queued || status == JobStatus.Processing, cancellationToken);
        if (running)
            return (null, TypedResults.Problem("This avatar is still reading its last photos. Wait for it to finish, or cancel it, before sending new ones.",
                statusCode: StatusCodes.Status409Conflict, title: "Already processing"));
        submission.Body.ApplyTo(avatar);
        if (submission.Name is not null)
            avatar.Name = submission.Name;
        avatar.Status = avatar.CurrentVersion > 0 ? AvatarStatus.Ready : AvatarStatus.Processing;
        avatar.UpdatedAt = now;
        return (avatar, null);
    }

    private static Results<Accepted<AvatarAccepted>, NotFound, ValidationProblem, ProblemHttpResult> Replayed(HttpContext http, Replay<AvatarAccepted> earlier)
    {
        if (earlier.Conflict is { } conflict)
            return conflict;
        http.Response.Headers["Idempotent-Replayed"] = "true";
        return TypedResults.Accepted(earlier.Response!.StatusUrl, earlier.Response);
    }

    private async Task<AvatarPhoto> StoreAsync(List<string> stored, Guid ownerId, AvatarRun run, string view, AcceptedPhoto photo, CancellationToken cancellationToken)
    {
        var extension = photo.Header.Format == ImageFormat.Jpeg ? "jpg" : "png";
        var original = AvatarBlobs.Original(ownerId, run.AvatarId, run.Id, view, extension);
        var normalized = AvatarBlobs.Normalized(ownerId, run.AvatarId, run.Id, view);
        await blobs.PutAsync(original, photo.StrippedOriginal, cancellationToken);
        stored.Add(original);
        await blobs.PutAsync(normalized, JpegCodec.Encode(photo.Image, quality: 92), cancellationToken);
        stored.Add(normalized);
        return new AvatarPhoto
        {
            Id = Guid.CreateVersion7(), RunId = run.Id, View = view, OriginalKey = original, NormalizedKey = normalized,
            ContentType = BlobKeys.ContentType(original), SizeBytes = photo.StrippedOriginal.Length, Width = photo.Image.Width, Height = photo.Image.Height,
            RemovedMetadata = JsonSerializer.Serialize(photo.Removed, JsonSerializerOptions.Web), UploadedAt = DateTimeOffset.UtcNow,
        };
    }

    private static PhotoNotice Notice(string view, AcceptedPhoto photo) =>
        new(view, photo.Image.Width, photo.Image.Height, photo.Removed.Location, photo.Removed.Camera, photo.Removed.DateTaken);

    private async Task DeleteAsync(IEnumerable<string> keys)
    {
        foreach (var key in keys)
            await blobs.DeleteAsync(key, CancellationToken.None);
    }
}
