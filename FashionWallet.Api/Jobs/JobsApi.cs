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
        jobs.MapGet("/{id:guid}", GetJob).WithName("GetJob").WithSummary("A background job's status and progress");
        jobs.MapPost("/{id:guid}/cancel", CancelJob).WithName("CancelJob").WithSummary("Cancel a queued or running job");
        return app;
    }

    internal static async Task<Results<Ok<JobResponse>, NotFound>> GetJob(Guid id, FashionWalletDbContext db, CancellationToken cancellationToken)
    {
        var job = await db.Jobs.FirstOrDefaultAsync(j => j.Id == id, cancellationToken);
        return job is null ? TypedResults.NotFound() : TypedResults.Ok(JobResponse.From(job));
    }

    /// <summary>A queued job is cancelled at once; a running one is asked to stop at its next lease renewal.</summary>
    internal static async Task<Results<Accepted<JobResponse>, NotFound, ProblemHttpResult>> CancelJob(
        Guid id, FashionWalletDbContext db, CancellationToken cancellationToken)
    {
        await db.Jobs.Where(j => j.Id == id && j.Status == JobStatus.Queued)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, JobStatus.Cancelled)
                .SetProperty(j => j.FinishedAt, DateTimeOffset.UtcNow)
                .SetProperty(j => j.UpdatedAt, DateTimeOffset.UtcNow), cancellationToken);
        await db.Jobs.Where(j => j.Id == id && j.Status == JobStatus.Processing)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.CancelRequested, true), cancellationToken);

        var job = await db.Jobs.FirstOrDefaultAsync(j => j.Id == id, cancellationToken);
        if (job is null)
            return TypedResults.NotFound();
        if (job.Status is JobStatus.Completed or JobStatus.Failed)
            return TypedResults.Problem($"The job is {job.Status} and can no longer be cancelled.", statusCode: StatusCodes.Status409Conflict, title: "Job already finished");
        return TypedResults.Accepted($"/api/jobs/{id}", JobResponse.From(job));
    }
}
