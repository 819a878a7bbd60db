using FashionWallet.ServiceDefaults.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FashionWallet.Workers.Jobs;

public static class JobsExtensions
{
    /// <summary>The job worker, its options (section <c>Jobs</c>), its health check and queue housekeeping.</summary>
    public static IHostApplicationBuilder AddJobs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddStrictOptions<JobOptions>(JobOptions.Section);
        builder.Services.TryAddSingleton<JobStore>();
        builder.Services.AddSingleton<JobWorker>();
        builder.Services.AddHostedService(services => services.GetRequiredService<JobWorker>());
        builder.Services.AddHealthChecks().AddCheck<JobWorkerHealthCheck>("job-worker", tags: ["ready"]);

        builder.Services.AddJobHandler<PurgeFinishedJobsHandler>(PurgeFinishedJobsHandler.JobType, maxConcurrency: 1);
        builder.Services.AddRecurringJob(PurgeFinishedJobsHandler.JobType, Schedules.DailyAt(3));
        builder.Services.AddHostedService<RecurringJobScheduler>();
        return builder;
    }

    public static IServiceCollection AddRecurringJob(this IServiceCollection services, string jobType, Func<DateTimeOffset, DateTimeOffset> nextRun) =>
        services.AddSingleton(new RecurringJob(jobType, nextRun));

    public static IServiceCollection AddJobHandler<THandler>(this IServiceCollection services, string jobType, int? maxConcurrency = null)
        where THandler : class, IJobHandler
    {
        services.TryAddScoped<THandler>();
        services.AddSingleton(new JobHandlerRegistration(jobType, typeof(THandler), maxConcurrency));
        return services;
    }
}

internal sealed class JobWorkerHealthCheck(JobWorker worker) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(worker switch
        {
            { IsRunning: false } => HealthCheckResult.Unhealthy("The job worker is not running"),
            { IsListening: false } => HealthCheckResult.Degraded($"{worker.WorkerId} is polling: job notifications are not connected"),
            _ => HealthCheckResult.Healthy($"{worker.WorkerId} runs {string.Join(", ", worker.JobTypes)}"),
        });
}
