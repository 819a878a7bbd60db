using System.Collections.Concurrent;
using FashionWallet.Jobs;
using FashionWallet.Tests.Infrastructure;
using FashionWallet.Workers.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace FashionWallet.Tests.Platform;

/// <summary>The PostgreSQL job queue with real workers (the Workers project's JobWorker) against a real database.</summary>
public sealed class JobQueueTests(PostgresFixture postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Four_concurrent_workers_run_each_of_1000_jobs_exactly_once()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync("exactly-once");
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await ExecuteAsync(dataSource, "create table job_runs (job_id uuid not null, worker_id text not null)");
        var queue = new JobQueue(dataSource);
        var ids = new List<Guid>();
        foreach (var i in Enumerable.Range(0, 1000))
            ids.Add(await queue.EnqueueAsync(new JobRequest(RecordRunHandler.Type, new { i }), Cancel));

        var workers = Enumerable.Range(1, 4)
            .Select(n => WorkerHost.Create(connectionString, $"worker-{n}", s => s.AddJobHandler<RecordRunHandler>(RecordRunHandler.Type, maxConcurrency: 4)))
            .ToArray();
        await Task.WhenAll(workers.Select(w => w.StartAsync(Cancel)));
        try
        {
            await WaitUntilAsync(async () => await ScalarAsync<long>(dataSource, "select count(*) from jobs where status = 'completed' and type = 'test.record-run'") == 1000, TimeSpan.FromSeconds(120));
        }
        finally
        {
            await Task.WhenAll(workers.Select(w => w.StopAsync(CancellationToken.None)));
        }

        Assert.Equal(1000L, await ScalarAsync<long>(dataSource, "select count(*) from job_runs"));
        Assert.Equal(1000L, await ScalarAsync<long>(dataSource, "select count(distinct job_id) from job_runs"));
        Assert.Equal(4L, await ScalarAsync<long>(dataSource, "select count(distinct worker_id) from job_runs"));
        Assert.Equal(0L, await ScalarAsync<long>(dataSource, "select count(*) from jobs where attempts <> 1 and type = 'test.record-run'"));
    }

    [Fact]
    public async Task An_always_failing_job_is_dead_lettered_after_its_maximum_attempts()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync("dead-letter");
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var id = await new JobQueue(dataSource).EnqueueAsync(new JobRequest(AlwaysFailingHandler.Type) { MaxAttempts = 3 }, Cancel);
        var calls = new ConcurrentBag<int>();

        using var worker = WorkerHost.Create(connectionString, "failing", s => s.AddJobHandler<AlwaysFailingHandler>(AlwaysFailingHandler.Type).AddSingleton(calls));
        await worker.StartAsync(Cancel);
        var job = await WaitForStatusAsync(dataSource, id, JobStatus.Failed, TimeSpan.FromSeconds(30));
        await Task.Delay(300, Cancel); // a wrongly scheduled extra attempt would show up here
        await worker.StopAsync(CancellationToken.None);

        Assert.Equal(3, job.Attempts);
        Assert.Equal(new[] { 1, 2, 3 }, calls.Order());
        Assert.Contains("InvalidOperationException: the printer is on fire (attempt 3)", job.LastError);
        Assert.NotNull(job.FinishedAt);
        Assert.Null(job.LockedBy);
    }

    [Fact]
    public async Task A_permanent_failure_is_not_retried_and_keeps_its_message_for_the_person()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync("permanent");
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var id = await new JobQueue(dataSource).EnqueueAsync(new JobRequest(PermanentFailureHandler.Type) { MaxAttempts = 5 }, Cancel);

        using var worker = WorkerHost.Create(connectionString, "permanent", s => s.AddJobHandler<PermanentFailureHandler>(PermanentFailureHandler.Type));
        await worker.StartAsync(Cancel);
        var job = await WaitForStatusAsync(dataSource, id, JobStatus.Failed, TimeSpan.FromSeconds(30));
        await worker.StopAsync(CancellationToken.None);

        Assert.Equal(1, job.Attempts);
        Assert.Equal("No person was found in the photo.", job.LastError);
    }

    [Fact]
    public async Task A_transient_failure_is_retried_with_back_off_and_then_completes()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync("retry");
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var id = await new JobQueue(dataSource).EnqueueAsync(new JobRequest(FlakyHandler.Type, new { failures = 2 }), Cancel);

        using var worker = WorkerHost.Create(connectionString, "flaky", s => s.AddJobHandler<FlakyHandler>(FlakyHandler.Type));
        await worker.StartAsync(Cancel);
        var job = await WaitForStatusAsync(dataSource, id, JobStatus.Completed, TimeSpan.FromSeconds(30));
        await worker.StopAsync(CancellationToken.None);

        Assert.Equal(3, job.Attempts);
        Assert.Equal(100, job.ProgressPercent);
        Assert.Contains("\"attempt\": 3", job.Result);
    }

    [Fact]
    public async Task A_job_whose_worker_stopped_renewing_its_lease_is_completed_by_another_worker()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync("lease");
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var id = await new JobQueue(dataSource).EnqueueAsync(new JobRequest(RecordRunHandler.Type), Cancel);
        await ExecuteAsync(dataSource, "create table job_runs (job_id uuid not null, worker_id text not null)");

        // A worker claims the job and then vanishes without a word (as after kill -9).
        var store = new JobStore(dataSource);
        var claimed = await store.ClaimAsync(RecordRunHandler.Type, 1, "vanished", TimeSpan.FromSeconds(1), Cancel);
        Assert.Single(claimed);

        using var survivor = WorkerHost.Create(connectionString, "survivor", s => s.AddJobHandler<RecordRunHandler>(RecordRunHandler.Type));
        await survivor.StartAsync(Cancel);
        var job = await WaitForStatusAsync(dataSource, id, JobStatus.Completed, TimeSpan.FromSeconds(30));
        await survivor.StopAsync(CancellationToken.None);

        Assert.Equal(2, job.Attempts);
        Assert.Equal("survivor", await ScalarAsync<string>(dataSource, "select worker_id from job_runs"));
        // The vanished worker cannot overwrite the outcome when it comes back.
        Assert.False(await store.CompleteAsync(id, "vanished", null, Cancel));
    }

    [Fact]
    public async Task Enqueued_in_a_rolled_back_transaction_means_never_enqueued()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync("transactional");
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var connection = await dataSource.OpenConnectionAsync(Cancel);

        await using (var rolledBack = await connection.BeginTransactionAsync(Cancel))
        {
            await JobQueue.EnqueueAsync(connection, rolledBack, new JobRequest(RecordRunHandler.Type), Cancel);
            await rolledBack.RollbackAsync(Cancel);
        }
        Guid committedId;
        await using (var committed = await connection.BeginTransactionAsync(Cancel))
        {
            committedId = await JobQueue.EnqueueAsync(connection, committed, new JobRequest(RecordRunHandler.Type), Cancel);
            await committed.CommitAsync(Cancel);
        }

        Assert.Equal(1L, await ScalarAsync<long>(dataSource, "select count(*) from jobs"));
        Assert.Equal(committedId, await ScalarAsync<Guid>(dataSource, "select id from jobs"));
    }

    [Fact]
    public async Task A_dedupe_key_returns_the_pending_job_instead_of_a_second_one()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync("dedupe");
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var queue = new JobQueue(dataSource);

        var first = await queue.EnqueueAsync(new JobRequest(RecordRunHandler.Type) { DedupeKey = "avatar:42" }, Cancel);
        var again = await queue.EnqueueAsync(new JobRequest(RecordRunHandler.Type) { DedupeKey = "avatar:42" }, Cancel);
        await ExecuteAsync(dataSource, $"update jobs set status = 'completed' where id = '{first}'");
        var afterCompletion = await queue.EnqueueAsync(new JobRequest(RecordRunHandler.Type) { DedupeKey = "avatar:42" }, Cancel);

        Assert.Equal(first, again);
        Assert.NotEqual(first, afterCompletion);
    }

    [Fact]
    public async Task Cancelling_a_running_job_stops_its_handler_and_marks_it_cancelled()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync("cancel");
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var id = await new JobQueue(dataSource).EnqueueAsync(new JobRequest(SlowHandler.Type), Cancel);

        using var worker = WorkerHost.Create(connectionString, "slow", s => s.AddJobHandler<SlowHandler>(SlowHandler.Type), new() { ["Jobs:LeaseSeconds"] = "1" });
        await worker.StartAsync(Cancel);
        await WaitForStatusAsync(dataSource, id, JobStatus.Processing, TimeSpan.FromSeconds(10));
        await ExecuteAsync(dataSource, $"update jobs set cancel_requested = true where id = '{id}'");
        var job = await WaitForStatusAsync(dataSource, id, JobStatus.Cancelled, TimeSpan.FromSeconds(10));
        await worker.StopAsync(CancellationToken.None);

        Assert.Equal(1, job.Attempts);
        Assert.NotNull(job.FinishedAt);
    }

    [Fact]
    public async Task A_stopping_worker_hands_its_running_job_back_without_spending_an_attempt()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync("handback");
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var id = await new JobQueue(dataSource).EnqueueAsync(new JobRequest(SlowHandler.Type), Cancel);

        using var worker = WorkerHost.Create(connectionString, "stopping", s => s.AddJobHandler<SlowHandler>(SlowHandler.Type), new() { ["Jobs:ShutdownGraceSeconds"] = "0" });
        await worker.StartAsync(Cancel);
        await WaitForStatusAsync(dataSource, id, JobStatus.Processing, TimeSpan.FromSeconds(10));
        await worker.StopAsync(CancellationToken.None);

        var job = await ReadJobAsync(dataSource, id);
        Assert.Equal(JobStatus.Queued, job.Status);
        Assert.Equal(0, job.Attempts);
        Assert.Null(job.LockedBy);
    }

    [Fact]
    public async Task Invalid_job_requests_are_refused_before_anything_is_stored()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync("invalid");
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var queue = new JobQueue(dataSource);

        await Assert.ThrowsAsync<ArgumentException>(() => queue.EnqueueAsync(new JobRequest(""), Cancel));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => queue.EnqueueAsync(new JobRequest("x") { Priority = 11 }, Cancel));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => queue.EnqueueAsync(new JobRequest("x") { MaxAttempts = 0 }, Cancel));
        Assert.Equal(0L, await ScalarAsync<long>(dataSource, "select count(*) from jobs"));
    }

    internal static async Task<JobRecord> WaitForStatusAsync(NpgsqlDataSource dataSource, Guid id, string status, TimeSpan timeout)
    {
        JobRecord? job = null;
        await WaitUntilAsync(async () => (job = await ReadJobAsync(dataSource, id)).Status == status, timeout,
            () => $"job {id} is {job?.Status} (attempts {job?.Attempts}, error {job?.LastError}), expected {status}");
        return job!;
    }

    private static async Task<JobRecord> ReadJobAsync(NpgsqlDataSource dataSource, Guid id)
    {
        await using var command = dataSource.CreateCommand(
            "select status, attempts, last_error, finished_at, locked_by, progress_percent, result::text from jobs where id = @id");
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return new JobRecord
        {
            Id = id,
            Status = reader.GetString(0),
            Attempts = reader.GetInt32(1),
            LastError = reader.IsDBNull(2) ? null : reader.GetString(2),
            FinishedAt = reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3),
            LockedBy = reader.IsDBNull(4) ? null : reader.GetString(4),
            ProgressPercent = reader.GetInt16(5),
            Result = reader.IsDBNull(6) ? null : reader.GetString(6),
        };
    }

    internal static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<string>? describe = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"Timed out after {timeout.TotalSeconds} s: {describe?.Invoke() ?? "condition not met"}");
            await Task.Delay(50);
        }
    }

    private static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private sealed class RecordRunHandler(NpgsqlDataSource dataSource) : IJobHandler
    {
        public const string Type = "test.record-run";

        public async Task HandleAsync(JobContext context, CancellationToken cancellationToken)
        {
            await using var command = dataSource.CreateCommand("insert into job_runs (job_id, worker_id) values (@id, @worker)");
            command.Parameters.AddWithValue("id", context.Id);
            command.Parameters.AddWithValue("worker", context.WorkerId);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private sealed class AlwaysFailingHandler(ConcurrentBag<int> calls) : IJobHandler
    {
        public const string Type = "test.always-failing";

        public Task HandleAsync(JobContext context, CancellationToken cancellationToken)
        {
            calls.Add(context.Attempt);
            throw new InvalidOperationException($"the printer is on fire (attempt {context.Attempt})");
        }
    }

    private sealed class PermanentFailureHandler : IJobHandler
    {
        public const string Type = "test.permanent";

        public Task HandleAsync(JobContext context, CancellationToken cancellationToken) =>
            throw new JobPermanentFailureException("No person was found in the photo.");
    }

    private sealed class FlakyHandler : IJobHandler
    {
        public const string Type = "test.flaky";

        public async Task HandleAsync(JobContext context, CancellationToken cancellationToken)
        {
            var failures = context.GetPayload<FlakyPayload>().Failures;
            if (context.Attempt <= failures)
                throw new TimeoutException($"the network blinked (attempt {context.Attempt})");
            await context.ReportProgressAsync(50, "half way", cancellationToken);
            context.Result = new { attempt = context.Attempt };
        }

        private sealed record FlakyPayload(int Failures);
    }

    private sealed class SlowHandler : IJobHandler
    {
        public const string Type = "test.slow";

        public Task HandleAsync(JobContext context, CancellationToken cancellationToken) => Task.Delay(TimeSpan.FromMinutes(5), cancellationToken);
    }
}
