using System.Collections.Concurrent;
using System.Diagnostics;
using FashionWallet.Jobs;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FashionWallet.Workers.Jobs;

/// <summary>
/// Runs the registered job types. One dispatch loop per type claims due jobs up to the type's concurrency;
/// LISTEN/NOTIFY wakes it when work arrives and polling is the fallback. Each running job renews its lease
/// every third of the lease; a maintenance loop reclaims jobs whose worker died and records this worker's heartbeat.
/// </summary>
public sealed class JobWorker : BackgroundService
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly JobStore _store;
    private readonly IServiceScopeFactory _scopes;
    private readonly JobOptions _options;
    private readonly ILogger<JobWorker> _logger;
    private readonly IReadOnlyDictionary<string, Dispatcher> _dispatchers;
    private readonly ConcurrentDictionary<Guid, RunningJob> _running = new();

    public JobWorker(
        IEnumerable<JobHandlerRegistration> registrations, NpgsqlDataSource dataSource, JobStore store,
        IServiceScopeFactory scopes, IOptions<JobOptions> options, ILogger<JobWorker> logger)
    {
        _dataSource = dataSource;
        _store = store;
        _scopes = scopes;
        _options = options.Value;
        _logger = logger;
        WorkerId = string.IsNullOrWhiteSpace(_options.WorkerId)
            ? $"{Environment.MachineName}:{Environment.ProcessId}:{Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()[..3])}"
            : _options.WorkerId;

        var dispatchers = new Dictionary<string, Dispatcher>(StringComparer.Ordinal);
        foreach (var registration in registrations)
        {
            if (!dispatchers.TryAdd(registration.JobType, new Dispatcher(registration.JobType, registration.HandlerType, registration.MaxConcurrency ?? _options.DefaultConcurrency)))
                throw new InvalidOperationException($"Two handlers are registered for job type '{registration.JobType}'.");
        }
        _dispatchers = dispatchers;
    }

    public string WorkerId { get; }

    public IReadOnlyCollection<string> JobTypes => _dispatchers.Keys.ToArray();

    /// <summary>True while the LISTEN connection is up (without it, work is still found by polling).</summary>
    public bool IsListening { get; private set; }

    public bool IsRunning { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        IsRunning = true;
        _logger.LogInformation("Worker {WorkerId} runs {JobTypes}", WorkerId, string.Join(", ", _dispatchers.Keys));
        var loops = new List<Task> { ListenAsync(stoppingToken), MaintainAsync(DateTimeOffset.UtcNow, stoppingToken) };
        loops.AddRange(_dispatchers.Values.Select(dispatcher => DispatchAsync(dispatcher, stoppingToken)));
        await Task.WhenAll(loops);

        await DrainAsync();
        IsRunning = false;
        try
        {
            await _store.RemoveHeartbeatAsync(WorkerId, CancellationToken.None);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            _logger.LogDebug(ex, "Could not remove the heartbeat of {WorkerId}", WorkerId);
        }
    }

    private async Task DispatchAsync(Dispatcher dispatcher, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = _options.PollInterval;
            try
            {
                var free = dispatcher.MaxConcurrency - dispatcher.Running;
                if (free > 0)
                {
                    var claimed = await _store.ClaimAsync(dispatcher.JobType, free, WorkerId, _options.Lease, stoppingToken);
                    foreach (var job in claimed)
                        Start(dispatcher, job);
                    if (claimed.Count == free)
                        continue;
                    if (await _store.NextDueAsync(dispatcher.JobType, stoppingToken) is { } due)
                        wait = TimeSpan.FromTicks(Math.Clamp((due - DateTimeOffset.UtcNow).Ticks, TimeSpan.FromMilliseconds(50).Ticks, wait.Ticks));
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                _logger.LogWarning("Could not claim {JobType} jobs: {Error}", dispatcher.JobType, ex.Message);
                wait = TimeSpan.FromTicks(Math.Min(wait.Ticks, TimeSpan.FromSeconds(2).Ticks));
            }

            await dispatcher.Signal.WaitAsync(wait, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private void Start(Dispatcher dispatcher, ClaimedJob job)
    {
        Interlocked.Increment(ref dispatcher.Running);
        var cancellation = new CancellationTokenSource();
        var running = new RunningJob(cancellation);
        _running[job.Id] = running;
        running.Task = Task.Run(async () =>
        {
            try
            {
                await RunAsync(dispatcher, job, cancellation);
            }
            finally
            {
                _running.TryRemove(job.Id, out _);
                cancellation.Dispose();
                Interlocked.Decrement(ref dispatcher.Running);
                dispatcher.Signal.Set();
            }
        });
    }

    private async Task RunAsync(Dispatcher dispatcher, ClaimedJob job, CancellationTokenSource cancellation)
    {
        var lease = LeaseState.Held;
        void OnLeaseChange(LeaseState state)
        {
            lease = state;
            cancellation.Cancel();
        }

        using var activity = JobTelemetry.Source.StartActivity($"{job.Type} process", ActivityKind.Consumer);
        activity?.SetTag("fashionwallet.job.id", job.Id);
        activity?.SetTag("fashionwallet.job.type", job.Type);
        activity?.SetTag("fashionwallet.job.attempt", job.Attempt);
        var context = new JobContext(job, WorkerId, _store, _options.Lease, OnLeaseChange);
        var started = Stopwatch.GetTimestamp();

        using var renewal = new CancellationTokenSource();
        var renewing = RenewLeaseAsync(job, OnLeaseChange, renewal.Token);
        Exception? failure = null;
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var handler = (IJobHandler)scope.ServiceProvider.GetRequiredService(dispatcher.HandlerType);
            await handler.HandleAsync(context, cancellation.Token);
        }
        catch (Exception ex)
        {
            failure = ex;
        }
        finally
        {
            await renewal.CancelAsync();
            await renewing;
        }

        JobTelemetry.Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("job.type", job.Type));
        try
        {
            await RecordOutcomeAsync(job, context, failure, cancellation.IsCancellationRequested ? lease : null);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            // The lease runs out and another worker runs the job again: delivery is at least once.
            _logger.LogError(ex, "Could not record the outcome of job {JobId} ({JobType}); it will run again when its lease expires", job.Id, job.Type);
        }
    }

    private async Task RecordOutcomeAsync(ClaimedJob job, JobContext context, Exception? failure, LeaseState? cancelledBecause)
    {
        if (failure is OperationCanceledException && cancelledBecause is { } reason)
        {
            switch (reason)
            {
                case LeaseState.Lost:
                    _logger.LogWarning("Job {JobId} ({JobType}) lost its lease; another worker has it now", job.Id, job.Type);
                    break;
                case LeaseState.CancelRequested:
                    await _store.MarkCancelledAsync(job.Id, WorkerId, CancellationToken.None);
                    _logger.LogInformation("Job {JobId} ({JobType}) was cancelled", job.Id, job.Type);
                    break;
                default:
                    await _store.ReleaseAsync(job.Id, WorkerId, CancellationToken.None);
                    _logger.LogInformation("Job {JobId} ({JobType}) handed back to the queue: this worker is stopping", job.Id, job.Type);
                    break;
            }
            return;
        }

        if (failure is null)
        {
            if (await _store.CompleteAsync(job.Id, WorkerId, context.Result, CancellationToken.None))
                JobTelemetry.Completed.Add(1, new KeyValuePair<string, object?>("job.type", job.Type));
            else
                _logger.LogWarning("Job {JobId} ({JobType}) finished after its lease was lost; its result was discarded", job.Id, job.Type);
            return;
        }

        var permanent = failure is JobPermanentFailureException;
        var delay = RetryDelay(job.Attempt);
        var error = permanent ? failure.Message : $"{failure.GetType().Name}: {failure.Message}";
        var status = await _store.FailAsync(job.Id, WorkerId, error, delay, permanent, CancellationToken.None);
        JobTelemetry.Failed.Add(1, new KeyValuePair<string, object?>("job.type", job.Type), new KeyValuePair<string, object?>("job.status", status));
        if (status == JobStatus.Failed)
            _logger.LogError(failure, "Job {JobId} ({JobType}) failed for good after attempt {Attempt} of {MaxAttempts}", job.Id, job.Type, job.Attempt, job.MaxAttempts);
        else if (status == JobStatus.Queued)
            _logger.LogWarning(failure, "Job {JobId} ({JobType}) attempt {Attempt} of {MaxAttempts} failed; retrying in {Delay}", job.Id, job.Type, job.Attempt, job.MaxAttempts, delay);
        else
            _logger.LogWarning(failure, "Job {JobId} ({JobType}) failed after its lease was lost", job.Id, job.Type);
    }

    /// <summary>Exponential back-off from the base delay, capped, with ±25% jitter so retries of a burst spread out.</summary>
    internal TimeSpan RetryDelay(int attempt)
    {
        var exponential = _options.RetryBaseDelayMs * Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var capped = Math.Min(exponential, _options.RetryMaxDelaySeconds * 1000.0);
        return TimeSpan.FromMilliseconds(capped * (0.75 + Random.Shared.NextDouble() * 0.5));
    }

    private async Task RenewLeaseAsync(ClaimedJob job, Action<LeaseState> onLeaseChange, CancellationToken cancellationToken)
    {
        var interval = _options.Lease / 3;
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(interval, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (cancellationToken.IsCancellationRequested)
                return;
            try
            {
                var state = await _store.RenewLeaseAsync(job.Id, WorkerId, _options.Lease, cancellationToken);
                if (state != LeaseState.Held)
                {
                    onLeaseChange(state);
                    return;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
            {
                _logger.LogWarning("Could not renew the lease of job {JobId}: {Error}", job.Id, ex.Message);
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await _dataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, e) =>
                {
                    if (_dispatchers.TryGetValue(e.Payload, out var dispatcher))
                        dispatcher.Signal.Set();
                };
                await using (var listen = new NpgsqlCommand($"listen {JobQueue.NotificationChannel}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                IsListening = true;
                WakeAll(); // anything enqueued while nobody listened
                while (true)
                    await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException or IOException)
            {
                _logger.LogWarning("Job notifications lost ({Error}); polling until they are back", ex.Message);
            }
            finally
            {
                IsListening = false;
            }
            await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task MaintainAsync(DateTimeOffset startedAt, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var reclaimed = await _store.ReclaimExpiredLeasesAsync(stoppingToken);
                if (reclaimed.Count > 0)
                    _logger.LogWarning("Reclaimed {Count} jobs from workers that stopped renewing their leases", reclaimed.Count);
                await _store.RecordHeartbeatAsync(WorkerId, JobTypes, startedAt, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
            {
                _logger.LogWarning("Queue maintenance failed: {Error}", ex.Message);
            }
            await Task.Delay(_options.PollInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Gives running jobs the grace period to finish, then cancels them (they hand themselves back).</summary>
    private async Task DrainAsync()
    {
        var running = _running.Values.ToArray();
        if (running.Length == 0)
            return;
        _logger.LogInformation("Waiting up to {Grace} s for {Count} running jobs", _options.ShutdownGraceSeconds, running.Length);
        var all = Task.WhenAll(running.Select(r => r.Task).OfType<Task>());
        await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(_options.ShutdownGraceSeconds)));
        foreach (var job in running)
        {
            try
            {
                await job.Cancellation.CancelAsync();
            }
            catch (ObjectDisposedException)
            {
                // Finished meanwhile.
            }
        }
        await all;
    }

    private void WakeAll()
    {
        foreach (var dispatcher in _dispatchers.Values)
            dispatcher.Signal.Set();
    }

    private sealed class Dispatcher(string jobType, Type handlerType, int maxConcurrency)
    {
        public string JobType { get; } = jobType;
        public Type HandlerType { get; } = handlerType;
        public int MaxConcurrency { get; } = maxConcurrency;
        public AsyncSignal Signal { get; } = new();
        public int Running;
    }

    private sealed class RunningJob(CancellationTokenSource cancellation)
    {
        public CancellationTokenSource Cancellation { get; } = cancellation;
        public Task? Task { get; set; }
    }
}
