using System.Diagnostics;
using FashionWallet.Platform;
using FashionWallet.Workers.Jobs;

namespace FashionWallet.Workers.Platform;

/// <summary>Walks through the canary's steps, reporting progress at each one.</summary>
internal sealed class CanaryJobHandler : IJobHandler
{
    public async Task HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        var canary = context.GetPayload<CanaryJob>();
        var started = Stopwatch.GetTimestamp();
        for (var step = 1; step <= canary.Steps; step++)
        {
            await Task.Delay(canary.StepDelayMs, cancellationToken);
            await context.ReportProgressAsync(step * 100 / canary.Steps, $"Step {step} of {canary.Steps}", cancellationToken);
        }
        context.Result = new CanaryResult(context.WorkerId, canary.Steps, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}

public static class PlatformJobsExtensions
{
    public static IHostApplicationBuilder AddPlatformJobs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddJobHandler<CanaryJobHandler>(CanaryJob.Type);
        return builder;
    }
}
