using System.Security.Claims;
using FashionWallet.Api.Security;
using FashionWallet.Database;
using FashionWallet.Jobs;
using FashionWallet.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Api.Platform;

public static class PlatformApi
{
    /// <summary>A worker that has not renewed its heartbeat for this long is shown as gone.</summary>
    private static readonly TimeSpan WorkerSilenceLimit = TimeSpan.FromSeconds(60);

    public static IEndpointRouteBuilder MapPlatformApi(this IEndpointRouteBuilder app)
    {
        var platform = app.MapGroup("/api/platform").WithTags("Platform");
        platform.MapGet("/status", GetStatus).WithName("GetPlatformStatus").WithAccess(Access.Admin).WithSummary("Queue depth and live workers");
        platform.MapPost("/canary", StartCanary).WithName("StartCanary").WithAccess(Access.Admin)
            .WithSummary("Run a canary job through the queue; follow it at the returned job's URL");
        return app;
    }

    internal static async Task<Ok<PlatformStatus>> GetStatus(FashionWalletDbContext db, CancellationToken cancellationToken)
    {
        var counts = await db.Jobs.GroupBy(j => j.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var oldestQueued = await db.Jobs.Where(j => j.Status == JobStatus.Queued && j.RunAt <= DateTimeOffset.UtcNow)
            .MinAsync(j => (DateTimeOffset?)j.RunAt, cancellationToken);
        var since = DateTimeOffset.UtcNow - WorkerSilenceLimit;
        var workers = await db.WorkerHeartbeats.Where(w => w.LastSeen >= since).OrderBy(w => w.StartedAt).ToListAsync(cancellationToken);

        var byStatus = counts.ToDictionary(c => c.Status, c => c.Count);
        return TypedResults.Ok(new PlatformStatus(
            new QueueStatus(
                byStatus.GetValueOrDefault(JobStatus.Queued), byStatus.GetValueOrDefault(JobStatus.Processing),
                byStatus.GetValueOrDefault(JobStatus.Completed), byStatus.GetValueOrDefault(JobStatus.Failed),
                byStatus.GetValueOrDefault(JobStatus.Cancelled),
                oldestQueued is { } t ? Math.Max(0, (DateTimeOffset.UtcNow - t).TotalSeconds) : 0),
            workers.Select(w => new WorkerStatus(w.WorkerId, w.Host, w.Pid, w.JobTypes, w.StartedAt, w.LastSeen)).ToArray()));
    }

    internal static async Task<Accepted<JobResponse>> StartCanary(
        CanaryJob canary, JobQueue queue, FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var id = await queue.EnqueueAsync(new JobRequest(CanaryJob.Type, canary) { MaxAttempts = 3, OwnerId = user.UserId() }, cancellationToken);
        var job = await db.Jobs.FirstAsync(j => j.Id == id, cancellationToken);
        return TypedResults.Accepted($"/api/jobs/{id}", JobResponse.From(job));
    }
}
