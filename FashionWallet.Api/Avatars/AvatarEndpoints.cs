using System.Security.Claims;
using FashionWallet.Api.Security;
using FashionWallet.Avatars;
using FashionWallet.Database;
using FashionWallet.Jobs;
using FashionWallet.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Api.Avatars;

internal static class AvatarEndpoints
{
    public static async Task<Results<Accepted<AvatarAccepted>, NotFound, ValidationProblem, ProblemHttpResult>> Create(
        [FromHeader(Name = Idempotency.Header)] string? idempotencyKey, AvatarRuns runs, HttpContext http, CancellationToken cancellationToken)
    {
        var (submission, problems) = await AvatarPhotoSubmission.ReadAsync(http.Request, idempotencyKey, null, cancellationToken);
        if (submission is null)
            return problems.ToResult();
        return await runs.StartAsync(http.User.UserId(), null, submission, idempotencyKey, http, cancellationToken);
    }

    /// <summary>New photos for an avatar (after a failure, or to measure again); stated values left out keep theirs.</summary>
    public static async Task<Results<Accepted<AvatarAccepted>, NotFound, ValidationProblem, ProblemHttpResult>> Retry(
        Guid id, [FromHeader(Name = Idempotency.Header)] string? idempotencyKey,
        FashionWalletDbContext db, AvatarRuns runs, HttpContext http, CancellationToken cancellationToken)
    {
        var avatar = await db.Avatars.VisibleTo(http.User).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (avatar is null)
            return TypedResults.NotFound();
        var (submission, problems) = await AvatarPhotoSubmission.ReadAsync(http.Request, idempotencyKey, avatar, cancellationToken);
        if (submission is null)
            return problems.ToResult();
        return await runs.StartAsync(avatar.OwnerId, id, submission, idempotencyKey, http, cancellationToken);
    }

    public static async Task<Ok<AvatarResponse[]>> List(FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        var avatars = await db.Avatars.Where(a => a.OwnerId == userId).OrderByDescending(a => a.IsDefault).ThenBy(a => a.CreatedAt).ToListAsync(cancellationToken);
        var responses = new List<AvatarResponse>();
        foreach (var avatar in avatars)
            responses.Add(await DescribeAsync(db, avatar, cancellationToken));
        return TypedResults.Ok(responses.ToArray());
    }

    public static async Task<Results<Ok<AvatarResponse>, NotFound>> Get(Guid id, FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var avatar = await db.Avatars.VisibleTo(user).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return avatar is null ? TypedResults.NotFound() : TypedResults.Ok(await DescribeAsync(db, avatar, cancellationToken));
    }

    public static async Task<AvatarResponse> DescribeAsync(FashionWalletDbContext db, Avatar avatar, CancellationToken cancellationToken)
    {
        var run = await db.AvatarRuns.Where(r => r.AvatarId == avatar.Id).OrderByDescending(r => r.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        var job = run?.JobId is { } jobId ? await db.Jobs.FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken) : null;
        var current = avatar.CurrentVersion == 0 ? null
            : await db.AvatarVersions.FirstAsync(v => v.AvatarId == avatar.Id && v.Version == avatar.CurrentVersion, cancellationToken);
        return AvatarResponse.From(avatar, run, job, current);
    }

    public static async Task<Results<Ok<AvatarResponse>, NotFound, ValidationProblem>> Update(
        Guid id, UpdateAvatarRequest request, FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var avatar = await db.Avatars.VisibleTo(user).AsTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (avatar is null)
            return TypedResults.NotFound();
        var errors = new FieldErrors();
        var name = request.Name?.Trim();
        if (request.Name is not null && name!.Length is 0 or > 80)
            errors.Add("name", "A name has 1 to 80 characters.");
        if (request.IsDefault == false)
            errors.Add("isDefault", "Make another avatar the default instead: one avatar is always the default.");
        if (errors.Any)
            return errors.ToResult();

        await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (request.IsDefault == true && !avatar.IsDefault)
            {
                await db.Avatars.Where(a => a.OwnerId == avatar.OwnerId && a.IsDefault).ExecuteUpdateAsync(s => s.SetProperty(a => a.IsDefault, false), ct);
                avatar.IsDefault = true;
            }
            avatar.Name = name ?? avatar.Name;
            avatar.UpdatedAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
        return TypedResults.Ok(await DescribeAsync(db, avatar, cancellationToken));
    }

    /// <summary>Deletes the avatar with its photos, versions and models; the next oldest becomes the default.</summary>
    public static async Task<Results<NoContent, NotFound>> Delete(Guid id, FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var avatar = await db.Avatars.VisibleTo(user).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (avatar is null)
            return TypedResults.NotFound();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.Avatars.Remove(avatar);
            await db.SaveChangesAsync(ct);
            if (avatar.IsDefault)
            {
                var next = await db.Avatars.Where(a => a.OwnerId == avatar.OwnerId).OrderBy(a => a.CreatedAt).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
                if (next is not null)
                    await db.Avatars.Where(a => a.Id == next).ExecuteUpdateAsync(s => s.SetProperty(a => a.IsDefault, true), ct);
            }
            await JobQueue.EnqueueAsync(db, new JobRequest(DeleteBlobsJob.Type, new DeleteBlobsJob(AvatarBlobs.Avatar(avatar.OwnerId, avatar.Id))), ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The latest run's photo as stored: upright, re-encoded, without metadata.</summary>
    public static async Task<Results<FileStreamHttpResult, NotFound>> Photo(
        Guid id, string view, FashionWalletDbContext db, IBlobStore blobs, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var key = await db.Avatars.VisibleTo(user).Where(a => a.Id == id)
            .SelectMany(a => db.AvatarRuns.Where(r => r.AvatarId == a.Id).OrderByDescending(r => r.CreatedAt).Take(1))
            .SelectMany(r => db.AvatarPhotos.Where(p => p.RunId == r.Id && p.View == view))
            .Select(p => p.NormalizedKey).FirstOrDefaultAsync(cancellationToken);
        if (key is null || await blobs.OpenAsync(key, cancellationToken) is not { } blob)
            return TypedResults.NotFound();
        return TypedResults.Stream(blob.Content, blob.ContentType, $"{view}.jpg");
    }

    /// <summary>A person's own avatars; an admin's view of anyone's (for support).</summary>
    public static IQueryable<Avatar> VisibleTo(this DbSet<Avatar> avatars, ClaimsPrincipal user)
    {
        if (user.IsAdmin())
            return avatars;
        var userId = user.UserId();
        return avatars.Where(a => a.OwnerId == userId);
    }
}
