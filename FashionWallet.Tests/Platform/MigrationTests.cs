using FashionWallet.Database;
using FashionWallet.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FashionWallet.Tests.Platform;

/// <summary>The migration runner against a real PostgreSQL: once, in order, idempotent, tamper-proof, race-free.</summary>
public sealed class MigrationTests(PostgresFixture postgres)
{
    private static MigrationRunner Runner(NpgsqlDataSource dataSource) => new(dataSource, NullLogger<MigrationRunner>.Instance);

    [Fact]
    public async Task Embedded_migrations_apply_once_and_a_second_run_changes_nothing()
    {
        await using var dataSource = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync("migrate-once"));

        var first = await Runner(dataSource).ApplyAsync(Migration.Embedded, TestContext.Current.CancellationToken);
        var second = await Runner(dataSource).ApplyAsync(Migration.Embedded, TestContext.Current.CancellationToken);

        Assert.Equal(Migration.Embedded.Select(m => m.Id), first);
        Assert.Empty(second);
        Assert.Equal(Migration.Embedded.Count, await ScalarAsync<long>(dataSource, "select count(*) from schema_migrations"));
        Assert.Equal(1L, await ScalarAsync<long>(dataSource, "select count(*) from information_schema.tables where table_name = 'jobs'"));
    }

    [Fact]
    public async Task An_applied_migration_whose_text_changed_stops_startup_with_a_clear_message()
    {
        await using var dataSource = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync("migrate-tampered"));
        var original = new Migration("0001_widgets.sql", "create table widgets (id int primary key);");
        await Runner(dataSource).ApplyAsync([original], TestContext.Current.CancellationToken);

        var tampered = original with { Sql = "create table widgets (id int primary key, name text);" };
        var error = await Assert.ThrowsAsync<MigrationException>(() => Runner(dataSource).ApplyAsync([tampered, new Migration("0002_more.sql", "create table more (id int);")], TestContext.Current.CancellationToken));

        Assert.Contains("0001_widgets.sql was changed after it was applied", error.Message);
        Assert.Equal(0L, await ScalarAsync<long>(dataSource, "select count(*) from information_schema.tables where table_name = 'more'"));
    }

    [Theory]
    [InlineData("create table half (id int);\ncreate tabel broken (id int);", "failed at line 2: syntax error at or near \"tabel\"")]
    [InlineData("create table half (id int);\ncreate table broken (id int references nowhere(id));", "failed at line 2: relation \"nowhere\" does not exist")]
    public async Task A_failing_migration_says_why_and_leaves_nothing_of_itself_behind(string sql, string expected)
    {
        await using var dataSource = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync("migrate-failing"));

        var error = await Assert.ThrowsAsync<MigrationException>(() => Runner(dataSource).ApplyAsync([new Migration("0001_broken.sql", sql)], TestContext.Current.CancellationToken));

        Assert.Contains($"0001_broken.sql {expected}", error.Message);
        Assert.Contains("Nothing of it was applied", error.Message);
        Assert.Equal(0L, await ScalarAsync<long>(dataSource, "select count(*) from information_schema.tables where table_name = 'half'"));
        Assert.Equal(0L, await ScalarAsync<long>(dataSource, "select count(*) from schema_migrations"));
    }

    [Fact]
    public async Task Concurrent_runners_apply_each_migration_exactly_once()
    {
        await using var dataSource = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync("migrate-race"));
        var migrations = Enumerable.Range(1, 5).Select(i => new Migration($"{i:0000}_table{i}.sql", $"create table table{i} (id int); select pg_sleep(0.05);")).ToArray();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Runner(dataSource).ApplyAsync(migrations))));

        Assert.Equal(migrations.Select(m => m.Id), results.SelectMany(r => r).Order());
        Assert.Equal(5L, await ScalarAsync<long>(dataSource, "select count(*) from schema_migrations"));
    }

    [Fact]
    public void Checksums_ignore_line_endings_but_not_content()
    {
        var unix = new Migration("0001_a.sql", "create table a (id int);\nselect 1;\n");
        var windows = new Migration("0001_a.sql", "create table a (id int);\r\nselect 1;\r\n");
        var changed = new Migration("0001_a.sql", "create table a (id bigint);\nselect 1;\n");

        Assert.Equal(unix.Checksum, windows.Checksum);
        Assert.NotEqual(unix.Checksum, changed.Checksum);
        Assert.False(new Migration("0002_b.sql", "-- migration: no-transaction\ncreate index concurrently x on a (id);").RunsInTransaction);
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
