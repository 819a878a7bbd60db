using System.Text.Json;
using FashionWallet.Jobs;
using Npgsql;
using NpgsqlTypes;

namespace FashionWallet.Workers.Jobs;

/// <summary>
/// The worker's side of the queue, in SQL. Every state change after a claim checks that this worker
/// still holds the lease, so a worker that lost its job (it stalled past the lease, another took over)
/// can never overwrite the new holder's outcome.
/// </summary>
public sealed class JobStore(NpgsqlDataSource dataSource)
{
    private const string HeldBy = "id = @id and status = 'processing' and locked_by = @worker";

    public async Task<IReadOnlyList<ClaimedJob>> ClaimAsync(string type, int limit, string workerId, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            with next as (
                select id from jobs
                where status = 'queued' and type = @type and run_at <= now()
                order by priority desc, run_at, id
                limit @limit
                for update skip locked)
            update jobs j
            set status = 'processing', attempts = j.attempts + 1, locked_by = @worker,
                locked_until = now() + @lease, started_at = coalesce(j.started_at, now()),
                progress_message = null, updated_at = now()
            from next where j.id = next.id
            returning j.id, j.type, j.payload::text, j.attempts, j.max_attempts, j.owner_id, j.created_at
            """);
        command.Parameters.AddWithValue("type", type);
        command.Parameters.AddWithValue("limit", limit);
        command.Parameters.AddWithValue("worker", workerId);
        command.Parameters.AddWithValue("lease", lease);

        var claimed = new List<ClaimedJob>(limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            using var payload = JsonDocument.Parse(reader.GetString(2));
            claimed.Add(new ClaimedJob(
                reader.GetGuid(0), reader.GetString(1), payload.RootElement.Clone(), reader.GetInt32(3), reader.GetInt32(4),
                reader.IsDBNull(5) ? null : reader.GetGuid(5), reader.GetFieldValue<DateTimeOffset>(6)));
        }
        return claimed;
    }

    public async Task<bool> CompleteAsync(Guid id, string workerId, object? result, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            update jobs set status = 'completed', progress_percent = 100, result = @result, last_error = null,
                locked_by = null, locked_until = null, finished_at = now(), updated_at = now()
            where {HeldBy}
            """);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("worker", workerId);
        command.Parameters.Add(new NpgsqlParameter("result", NpgsqlDbType.Jsonb)
        {
            Value = result is null ? DBNull.Value : JsonSerializer.Serialize(result, JobQueue.PayloadJson),
        });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Records a failed attempt: back to the queue after <paramref name="retryDelay"/>, or dead-lettered
    /// when no attempts are left or <paramref name="permanent"/>. Returns the new status, or null when the lease was lost.</summary>
    public async Task<string?> FailAsync(Guid id, string workerId, string error, TimeSpan retryDelay, bool permanent, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            update jobs set
                status = case when @permanent or attempts >= max_attempts then 'failed' else 'queued' end,
                finished_at = case when @permanent or attempts >= max_attempts then now() end,
                run_at = now() + @delay, last_error = @error, locked_by = null, locked_until = null, updated_at = now()
            where {HeldBy}
            returning status
            """);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("worker", workerId);
        command.Parameters.AddWithValue("error", error.Length > 4000 ? error[..4000] : error);
        command.Parameters.AddWithValue("delay", retryDelay);
        command.Parameters.AddWithValue("permanent", permanent);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>Hands a job back untouched (this worker is shutting down): the attempt does not count.</summary>
    public async Task<bool> ReleaseAsync(Guid id, string workerId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            update jobs set status = 'queued', attempts = greatest(attempts - 1, 0), run_at = now(),
                locked_by = null, locked_until = null, updated_at = now()
            where {HeldBy}
            """);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("worker", workerId);
        var released = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        if (released)
            await NotifyAsync(id, cancellationToken);
        return released;
    }

    public async Task<bool> MarkCancelledAsync(Guid id, string workerId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            update jobs set status = 'cancelled', locked_by = null, locked_until = null, finished_at = now(), updated_at = now()
            where {HeldBy}
            """);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("worker", workerId);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public Task<LeaseState> RenewLeaseAsync(Guid id, string workerId, TimeSpan lease, CancellationToken cancellationToken) =>
        UpdateHeldAsync("locked_until = now() + @lease, updated_at = now()", id, workerId, lease, null, cancellationToken);

    public Task<LeaseState> ReportProgressAsync(Guid id, string workerId, int percent, string? message, TimeSpan lease, CancellationToken cancellationToken) =>
        UpdateHeldAsync("progress_percent = @percent, progress_message = @message, locked_until = now() + @lease, updated_at = now()",
            id, workerId, lease, (percent, message), cancellationToken);

    private async Task<LeaseState> UpdateHeldAsync(string set, Guid id, string workerId, TimeSpan lease, (int Percent, string? Message)? progress, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"update jobs set {set} where {HeldBy} returning cancel_requested");
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("worker", workerId);
        command.Parameters.AddWithValue("lease", lease);
        if (progress is { } p)
        {
            command.Parameters.AddWithValue("percent", (short)p.Percent);
            command.Parameters.Add(new NpgsqlParameter("message", NpgsqlDbType.Text) { Value = (object?)p.Message ?? DBNull.Value });
        }
        return await command.ExecuteScalarAsync(cancellationToken) switch
        {
            true => LeaseState.CancelRequested,
            false => LeaseState.Held,
            _ => LeaseState.Lost,
        };
    }

    /// <summary>Takes back jobs whose worker stopped renewing its lease (it crashed or was killed) and
    /// queues them again, or dead-letters them when that was their last attempt. Returns their types.</summary>
    public async Task<IReadOnlyList<string>> ReclaimExpiredLeasesAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            with expired as (
                select id from jobs where status = 'processing' and locked_until < now()
                for update skip locked)
            update jobs j set
                status = case when j.cancel_requested then 'cancelled' when j.attempts >= j.max_attempts then 'failed' else 'queued' end,
                finished_at = case when j.cancel_requested or j.attempts >= j.max_attempts then now() end,
                last_error = 'Worker ' || coalesce(j.locked_by, '?') || ' stopped renewing its lease (it crashed, was killed or stalled).',
                locked_by = null, locked_until = null, run_at = now(), updated_at = now()
            from expired where j.id = expired.id
            returning j.type, j.status
            """);
        var requeued = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                if (reader.GetString(1) == JobStatus.Queued)
                    requeued.Add(reader.GetString(0));
            }
        }
        foreach (var type in requeued.Distinct())
            await NotifyTypeAsync(type, cancellationToken);
        return requeued;
    }

    /// <summary>When the next queued job of this type falls due (null when none is queued).</summary>
    public async Task<DateTimeOffset?> NextDueAsync(string type, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("select min(run_at) from jobs where status = 'queued' and type = @type");
        command.Parameters.AddWithValue("type", type);
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime due ? new DateTimeOffset(due, TimeSpan.Zero) : null;
    }

    public async Task RecordHeartbeatAsync(string workerId, IReadOnlyCollection<string> jobTypes, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            insert into worker_heartbeats (worker_id, host, pid, job_types, started_at, last_seen)
            values (@worker, @host, @pid, @types, @started, now())
            on conflict (worker_id) do update set last_seen = now(), job_types = excluded.job_types
            """);
        command.Parameters.AddWithValue("worker", workerId);
        command.Parameters.AddWithValue("host", Environment.MachineName);
        command.Parameters.AddWithValue("pid", Environment.ProcessId);
        command.Parameters.AddWithValue("types", jobTypes.ToArray());
        command.Parameters.AddWithValue("started", startedAt);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RemoveHeartbeatAsync(string workerId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("delete from worker_heartbeats where worker_id = @worker");
        command.Parameters.AddWithValue("worker", workerId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task NotifyAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("select pg_notify(@channel, type) from jobs where id = @id");
        command.Parameters.AddWithValue("channel", JobQueue.NotificationChannel);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task NotifyTypeAsync(string type, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("select pg_notify(@channel, @type)");
        command.Parameters.AddWithValue("channel", JobQueue.NotificationChannel);
        command.Parameters.AddWithValue("type", type);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
