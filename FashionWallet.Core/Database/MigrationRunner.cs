using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace FashionWallet.Database;

/// <summary>
/// Applies SQL migrations in order, each once, recording a checksum of each. A session-level
/// advisory lock serialises concurrent runners (two API nodes starting together); an applied
/// migration whose text changed stops start-up, because the schema would no longer match the code.
/// </summary>
public sealed class MigrationRunner(NpgsqlDataSource dataSource, ILogger<MigrationRunner> logger)
{
    private const long AdvisoryLockKey = 0x46_57_4D_49_47_52_41_54; // "FWMIGRAT"

    public async Task<IReadOnlyList<string>> ApplyAsync(IReadOnlyList<Migration> migrations, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, $"select pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(connection, """
                create table if not exists schema_migrations (
                    id          text primary key,
                    checksum    text not null,
                    applied_at  timestamptz not null default now(),
                    duration_ms integer not null
                )
                """, cancellationToken);

            var applied = await ReadAppliedAsync(connection, cancellationToken);
            VerifyApplied(migrations, applied);

            var newlyApplied = new List<string>();
            foreach (var migration in migrations.Where(m => !applied.ContainsKey(m.Id)).OrderBy(m => m.Id, StringComparer.Ordinal))
            {
                await ApplyOneAsync(connection, migration, cancellationToken);
                newlyApplied.Add(migration.Id);
            }

            if (newlyApplied.Count == 0)
                logger.LogInformation("Database schema is up to date ({Count} migrations)", applied.Count);
            else // a migration may add types (extensions such as citext) that the data source loaded before they existed
                await connection.ReloadTypesAsync(cancellationToken);
            return newlyApplied;
        }
        finally
        {
            // A broken connection has already released its session lock; only a live one needs this.
            if (connection.State == System.Data.ConnectionState.Open)
                await ExecuteAsync(connection, $"select pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
        }
    }

    private static async Task<Dictionary<string, string>> ReadAppliedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var applied = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand("select id, checksum from schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            applied[reader.GetString(0)] = reader.GetString(1);
        return applied;
    }

    private void VerifyApplied(IReadOnlyList<Migration> migrations, Dictionary<string, string> applied)
    {
        foreach (var migration in migrations)
        {
            if (applied.TryGetValue(migration.Id, out var checksum) && checksum != migration.Checksum)
                throw new MigrationException(
                    $"Migration {migration.Id} was changed after it was applied to this database " +
                    $"(checksum in the database {checksum[..12]}, in this build {migration.Checksum[..12]}). " +
                    "An applied migration must never change: restore its original text and put the change in a new migration.");
        }

        var unknown = applied.Keys.Except(migrations.Select(m => m.Id)).Order(StringComparer.Ordinal).ToArray();
        if (unknown.Length > 0)
            logger.LogWarning("The database has migrations this build does not know ({Unknown}); it was migrated by a newer build", string.Join(", ", unknown));
    }

    private async Task ApplyOneAsync(NpgsqlConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var transaction = migration.RunsInTransaction ? await connection.BeginTransactionAsync(cancellationToken) : null;
        await ExecuteStatementsAsync(connection, transaction, migration, cancellationToken);

        await using (var record = new NpgsqlCommand(
            "insert into schema_migrations (id, checksum, duration_ms) values (@id, @checksum, @duration)", connection, transaction))
        {
            record.Parameters.AddWithValue("id", migration.Id);
            record.Parameters.AddWithValue("checksum", migration.Checksum);
            record.Parameters.AddWithValue("duration", (int)stopwatch.ElapsedMilliseconds);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        if (transaction is not null)
            await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Applied migration {Migration} in {Elapsed} ms", migration.Id, stopwatch.ElapsedMilliseconds);
    }

    /// <summary>
    /// One statement at a time (a few round trips on loopback), so a failure names its line exactly; outside a
    /// transaction this is also what statements such as CREATE INDEX CONCURRENTLY need.
    /// </summary>
    private static async Task ExecuteStatementsAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Migration migration, CancellationToken cancellationToken)
    {
        var statements = SqlStatements.Split(migration.Sql);
        var completed = 0;
        try
        {
            for (; completed < statements.Count; completed++)
            {
                await using var command = new NpgsqlCommand(statements[completed].Text, connection, transaction);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        catch (PostgresException ex)
        {
            var failing = statements[completed];
            var offset = Math.Min(failing.Start + Math.Max(ex.Position - 1, 0), migration.Sql.Length);
            var line = migration.Sql.AsSpan(0, offset).Count('\n') + 1;
            var state = migration.RunsInTransaction ? "Nothing of it was applied" : "It ran outside a transaction, so check what it left behind";
            throw new MigrationException(
                $"Migration {migration.Id} failed at line {line}: {ex.MessageText} (SQLSTATE {ex.SqlState}). {state}; fix the migration and start again.", ex);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
