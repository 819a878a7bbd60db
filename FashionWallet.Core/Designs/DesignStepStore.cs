using Npgsql;
using NpgsqlTypes;

namespace FashionWallet.Designs;

/// <summary>A step to write: the new document and history head, on condition that the design is still at <see cref="BaseVersion"/>.</summary>
/// <param name="OwnerId">Whose design it must be; null for an admin, who may edit anyone's.</param>
/// <param name="Entry">The history row of a new edit (its seq is <see cref="NewHead"/>); null for an undo or a redo.</param>
public sealed record DesignStepWrite(Guid DesignId, Guid? OwnerId, int BaseVersion, string DocumentJson, int NewHead, DesignHistoryEntry? Entry);

/// <summary>What the database said: written, or why not.</summary>
public abstract record DesignStepWritten
{
    public sealed record Saved : DesignStepWritten;

    public sealed record Stale(int CurrentVersion) : DesignStepWritten;

    /// <summary>No such design for this person (never theirs, in the trash, or purged).</summary>
    public sealed record Missing : DesignStepWritten;
}

/// <summary>
/// Reads and writes a design for editing with raw, prepared SQL: a step is one statement (one round trip, its own
/// transaction, committed before the caller answers), so the version check, the document, the history head, the redo
/// tail and the history row change together or not at all.
/// </summary>
public sealed class DesignStepStore(NpgsqlDataSource dataSource)
{
    private const string VisibleDesign = "id = @id and deleted_at is null and (@owner is null or owner_id = @owner)";

    // Every write to document or history_head moves version on, so "version = @base" also pins the history head the
    // caller saw. Under READ COMMITTED a writer that lost the race re-checks the condition on the winner's row and
    // updates nothing. The new history row may take the seq of an undone step: the tail above it is deleted and that
    // one row overwritten, so no two parts of the statement touch the same row.
    private const string WriteSql = $"""
        with moved as (
            update designs set document = @document, version = version + 1, history_head = @head, updated_at = now()
            where {VisibleDesign} and version = @base
            returning id
        ), dropped as (
            delete from design_history where design_id = @id and seq > @head and @record and exists (select from moved)
        ), recorded as (
            insert into design_history (design_id, seq, kind, operations, inverse, version_after, author_id, created_at)
            select id, @head, @kind, @operations, @inverse, @base + 1, @author, now() from moved where @record
            on conflict (design_id, seq) do update set kind = excluded.kind, operations = excluded.operations, inverse = excluded.inverse,
                version_after = excluded.version_after, author_id = excluded.author_id, created_at = excluded.created_at
        )
        select exists (select from moved), (select version from designs where {VisibleDesign})
        """;

    private const string CurrentVersionSql = $"select version from designs where {VisibleDesign}";

    private const string FindSql = $"select owner_id, version, history_head, document::text from designs where {VisibleDesign}";

    /// <summary>The design as its owner (or an admin, <paramref name="ownerId"/> null) may edit it; null when it is not theirs or is in the trash.</summary>
    public async Task<(DesignHead Design, int DocumentLength)?> FindAsync(Guid id, Guid? ownerId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, FindSql, id, ownerId);
        await command.PrepareAsync(cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
            return null;
        var json = reader.GetString(3);
        return (new DesignHead(id, reader.GetGuid(0), reader.GetInt32(1), reader.GetInt32(2), DesignJson.Deserialize(json)), json.Length);
    }

    public async Task<DesignStepWritten> WriteAsync(DesignStepWrite step, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, WriteSql, step.DesignId, step.OwnerId);
        var entry = step.Entry;
        command.Parameters.Add(new NpgsqlParameter<int>("base", step.BaseVersion));
        command.Parameters.Add(new NpgsqlParameter<string>("document", NpgsqlDbType.Jsonb) { TypedValue = step.DocumentJson });
        command.Parameters.Add(new NpgsqlParameter<int>("head", step.NewHead));
        command.Parameters.Add(new NpgsqlParameter<bool>("record", entry is not null));
        command.Parameters.Add(new NpgsqlParameter<string>("kind", NpgsqlDbType.Text) { TypedValue = entry?.Kind ?? DesignHistoryKinds.Edit });
        command.Parameters.Add(new NpgsqlParameter<string>("operations", NpgsqlDbType.Jsonb) { TypedValue = entry?.Operations ?? "[]" });
        command.Parameters.Add(new NpgsqlParameter<string>("inverse", NpgsqlDbType.Jsonb) { TypedValue = entry?.Inverse ?? "[]" });
        command.Parameters.Add(new NpgsqlParameter("author", NpgsqlDbType.Uuid) { Value = (object?)entry?.AuthorId ?? DBNull.Value });
        await command.PrepareAsync(cancellationToken);
        bool saved;
        int? current;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            saved = reader.GetBoolean(0);
            current = reader.IsDBNull(1) ? null : reader.GetInt32(1);
        }
        if (saved)
            return new DesignStepWritten.Saved();
        // The statement saw the design as it was when it started; a writer that won the race since then moved it on.
        if (current == step.BaseVersion)
            current = await CurrentVersionAsync(connection, step, cancellationToken);
        return current is { } version ? new DesignStepWritten.Stale(version) : new DesignStepWritten.Missing();
    }

    private static async Task<int?> CurrentVersionAsync(NpgsqlConnection connection, DesignStepWrite step, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, CurrentVersionSql, step.DesignId, step.OwnerId);
        return await command.ExecuteScalarAsync(cancellationToken) is int version ? version : null;
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, Guid id, Guid? ownerId)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid>("id", id));
        command.Parameters.Add(new NpgsqlParameter("owner", NpgsqlDbType.Uuid) { Value = (object?)ownerId ?? DBNull.Value });
        return command;
    }
}
