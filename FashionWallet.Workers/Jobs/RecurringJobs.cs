using FashionWallet.Jobs;
using Npgsql;

namespace FashionWallet.Workers.Jobs;

/// <summary>A job type that runs on a schedule: when it should next run, given now.</summary>
public sealed record RecurringJob(string JobType, Func<DateTimeOffset, DateTimeOffset> NextRun);

public static class Schedules
{
    public static Func<DateTimeOffset, DateTimeOffset> Every(TimeSpan interval) =>
        now => new DateTimeOffset(now.UtcTicks - now.UtcTicks % interval.Ticks, TimeSpan.Zero) + interval;

    public static Func<DateTimeOffset, DateTimeOffset> DailyAt(int hourUtc) => now =>
    {
        var today = new DateTimeOffset(now.UtcDateTime.Date.AddHours(hourUtc), TimeSpan.Zero);
        return today > now ? today : today.AddDays(1);
    };
}

/// <summary>
/// Keeps one pending job of each recurring type queued for its next run. The type is the dedupe key, so every worker
/// can run this and still only one job waits; a run that is late (workers were down) happens as soon as one is up.
/// </summary>
internal sealed class RecurringJobScheduler(IEnumerable<RecurringJob> recurring, JobQueue queue, ILogger<RecurringJobScheduler> logger) : BackgroundService
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(CheckEvery);
        do
        {
            foreach (var job in recurring)
            {
                try
                {
                    await queue.EnqueueAsync(new JobRequest(job.JobType) { DedupeKey = job.JobType, RunAt = job.NextRun(DateTimeOffset.UtcNow), Priority = 1 }, stoppingToken);
                }
                catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
                {
                    logger.LogWarning("Could not schedule {JobType}: {Error}", job.JobType, ex.Message);
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
