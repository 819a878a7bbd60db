using System.Text.Json;
using FashionWallet.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace FashionWallet.Jobs;

/// <summary>
/// Puts work on the PostgreSQL job queue. Enqueueing inside the caller's transaction makes the job
/// exist exactly when the caller's own changes do; the wake-up NOTIFY is delivered on commit.
/// </summary>
public sealed class JobQueue(NpgsqlDataSource dataSource)
{
    /// <summary>Workers LISTEN here; the payload is the job type.</summary>
    public const string NotificationChannel = "fashionwallet_jobs";

    public static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web);

    public async Task<Guid> EnqueueAsync(JobRequest request, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await EnqueueAsync(connection, transaction: null, request, cancellationToken);
    }

    /// <summary>Enqueues inside the EF Core context's current transaction, if it has one.</summary>
    public static async Task<Guid> EnqueueAsync(FashionWalletDbContext db, JobRequest request, CancellationToken cancellationToken = default)
    {
        var wasClosed = db.Database.GetDbConnection().State != System.Data.ConnectionState.Open;
        if (wasClosed)
            await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            var transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
            return await EnqueueAsync(connection, transaction, request, cancellationToken);
        }
        finally
        {
            if (wasClosed)
                await db.Database.CloseConnectionAsync();
        }
    }

    public static async Task<Guid> EnqueueAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, JobRequest request, CancellationToken cancellationToken = default)
    {
        request.Validate();
        var payload = JsonSerializer.Serialize(request.Payload ?? new { }, PayloadJson);

        // A concurrent enqueue with the same dedupe key may commit between our insert and select; try again then.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var inserted = await TryInsertAsync(connection, transaction, request, payload, cancellationToken);
            if (inserted is { } id)
            {
                await using var notify = new NpgsqlCommand("select pg_notify(@channel, @type)", connection, transaction);
                notify.Parameters.AddWithValue("channel", NotificationChannel);
                notify.Parameters.AddWithValue("type", request.Type);
                await notify.ExecuteNonQueryAsync(cancellationToken);
                return id;
            }

            await using var existing = new NpgsqlCommand(
                "select id from jobs where dedupe_key = @key and status in ('queued', 'processing')", connection, transaction);
            existing.Parameters.AddWithValue("key", request.DedupeKey!);
            if (await existing.ExecuteScalarAsync(cancellationToken) is Guid existingId)
                return existingId;
        }

        throw new InvalidOperationException($"Could not enqueue job with dedupe key '{request.DedupeKey}': it kept changing state.");
    }

    private static async Task<Guid?> TryInsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, JobRequest request, string payload, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            insert into jobs (id, type, payload, priority, max_attempts, run_at, dedupe_key, owner_id)
            values (@id, @type, @payload, @priority, @max_attempts, coalesce(@run_at, now()), @dedupe_key, @owner_id)
            on conflict (dedupe_key) where dedupe_key is not null and status in ('queued', 'processing') do nothing
            returning id
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid>("id", Guid.CreateVersion7()));
        command.Parameters.Add(new NpgsqlParameter<string>("type", request.Type));
        command.Parameters.Add(new NpgsqlParameter<string>("payload", NpgsqlDbType.Jsonb) { TypedValue = payload });
        command.Parameters.Add(new NpgsqlParameter<short>("priority", (short)request.Priority));
        command.Parameters.Add(new NpgsqlParameter<int>("max_attempts", request.MaxAttempts));
        command.Parameters.Add(new NpgsqlParameter("run_at", NpgsqlDbType.TimestampTz) { Value = (object?)request.RunAt?.ToUniversalTime() ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("dedupe_key", NpgsqlDbType.Text) { Value = (object?)request.DedupeKey ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("owner_id", NpgsqlDbType.Uuid) { Value = (object?)request.OwnerId ?? DBNull.Value });
        return await command.ExecuteScalarAsync(cancellationToken) as Guid?;
    }
}
