using System.Security.Claims;
using FashionWallet.Api.Security;
using FashionWallet.Database;
using FashionWallet.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Api.Jobs;

public static class JobsApi
{
    public static IEndpointRouteBuilder MapJobsApi(this IEndpointRouteBuilder app)
    {
        var jobs = app.MapGroup("/api/jobs").WithTags("Jobs");
        jobs.MapGet("/{id:guid}", GetJob).WithName("GetJob").WithAccess(Access.Owner).WithSummary("A background job's status and progress");
        jobs.MapPost("/{id:guid}/cancel", CancelJob).WithName("CancelJob").WithAccess(Access.Owner).WithSummary("Cancel a queued or running job");
        return app;
    }

    internal static async Task<Results<Ok<JobResponse>, NotFound>> GetJob(Guid id, FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var job = await Visible(db, user).FirstOrDefaultAsync(j => j.Id == id, cancellationToken);
        return job is null ? TypedResults.NotFound() : TypedResults.Ok(JobResponse.From(job));
    }

    /// <summary>A person sees their own jobs; admins see all. Anyone else's job is simply not found.</summary>
    private static IQueryable<JobRecord> Visible(FashionWalletDbContext db, ClaimsPrincipal user)
    {
        if (user.IsAdmin())
            return db.Jobs;
        var userId = user.UserId();
        return db.Jobs.Where(j => j.OwnerId == userId);
    }

    /// <summary>A queued job is cancelled at once; a running one is asked to stop at its next lease renewal.</summary>
    internal static async Task<Results<Accepted<JobResponse>, NotFound, ProblemHttpResult>> CancelJob(
        Guid id, FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await Visible(db, user).AnyAsync(j => j.Id == id, cancellationToken))
            return TypedResults.NotFound();
        await db.Jobs.Where(j => j.Id == id && j.Status == JobStatus.Queued)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, JobStatus.Cancelled)
                .SetProperty(j => j.FinishedAt, DateTimeOffset.UtcNow)
                .SetProperty(j => j.UpdatedAt, DateTimeOffset.UtcNow), cancellationToken);
        await db.Jobs.Where(j => j.Id == id && j.Status == JobStatus.Processing)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.CancelRequested, true), cancellationToken);

        var job = await db.Jobs.FirstAsync(j => j.Id == id, cancellationToken);
        if (job.Status is JobStatus.Completed or JobStatus.Failed)
            return TypedResults.Problem($"The job is {job.Status} and can no longer be cancelled.", statusCode: StatusCodes.Status409Conflict, title: "Job already finished");
        return TypedResults.Accepted($"/api/jobs/{id}", JobResponse.From(job));
    }
}
