namespace FashionWallet.Workers.Jobs;

/// <summary>
/// Runs one job type. Delivery is at least once (a worker may die after the work but before recording it),
/// so a handler must be safe to run again. Throw <see cref="FashionWallet.Jobs.JobPermanentFailureException"/>
/// when a retry cannot help; any other exception is retried with back-off.
/// </summary>
public interface IJobHandler
{
    Task HandleAsync(JobContext context, CancellationToken cancellationToken);
}

/// <summary>A handler type bound to a job type, with how many of its jobs one worker runs at once.</summary>
public sealed record JobHandlerRegistration(string JobType, Type HandlerType, int? MaxConcurrency);
