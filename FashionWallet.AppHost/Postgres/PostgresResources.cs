using FashionWallet.AppHost.Hosting;
using Npgsql;

namespace FashionWallet.AppHost.Postgres;

/// <summary>
/// A PostgreSQL server: by default a cluster of ours under the data directory, started on a free loopback port;
/// or, when <c>ConnectionStrings:{database}</c> is configured, an existing server that is only watched.
/// </summary>
public sealed class PostgresServerResource(string name) : Resource(name)
{
    private PostgresCluster? _cluster;

    public override string Type => IsExternal ? "postgres (external)" : "postgres";

    public string? ExternalConnectionString { get; internal set; }

    public bool IsExternal => ExternalConnectionString is not null;

    /// <summary>With fsync off the server is faster and a power cut can lose data: for throwaway test clusters only.</summary>
    public bool Durable { get; set; } = true;

    public int Port { get; private set; }

    public List<PostgresDatabaseResource> Databases { get; } = [];

    public override IReadOnlyList<string> RequiredPackages => IsExternal ? [] : ["postgresql", "postgresql-contrib"];

    public override int StopSignal => Native.SigInt;

    public override IReadOnlyList<ResourceEndpoint> Endpoints =>
        Port == 0 ? [] : [new ResourceEndpoint("tcp", new Uri($"postgresql://127.0.0.1:{Port}"))];

    public PostgresDatabaseResource AddDatabase(string databaseName)
    {
        var database = new PostgresDatabaseResource(databaseName, this);
        database.WaitFor(this);
        Databases.Add(database);
        return database;
    }

    internal string ConnectionStringFor(string database) => ExternalConnectionString
        ?? PostgresCluster.ConnectionString(Port, _cluster?.ReadPassword() ?? throw new InvalidOperationException($"{Name} has not started."), database);

    internal override async Task StartAsync(AppHostContext context, CancellationToken cancellationToken)
    {
        if (IsExternal)
            return;
        _cluster = new PostgresCluster(Path.Combine(context.DataDirectory, "postgres"), context.Options.PostgresBinDirectory);
        if (!_cluster.IsInitialised)
            context.Console.Info(Name, $"first run: creating a database cluster in {_cluster.DataDirectory}");
        await _cluster.InitialiseAsync(Logs, cancellationToken);
        await _cluster.StopLeftoverServerAsync(message => context.Console.Warn(Name, message));
        if (Port == 0) // a restart keeps the port the services were given
            Port = PortAllocator.Reserve(context.Options.PostgresPort, Name, nameof(AppHostOptions.PostgresPort));
        Launch(context, _cluster.ServerSpec(Port, Durable));
    }

    internal override Task<(HealthStatus, string?)> CheckHealthAsync(AppHostContext context, CancellationToken cancellationToken) =>
        PostgresHealth.CheckAsync(IsExternal ? ExternalConnectionString! : ConnectionStringFor("postgres"), cancellationToken);
}

/// <summary>A database on a <see cref="PostgresServerResource"/>, created when missing; services get its connection string.</summary>
public sealed class PostgresDatabaseResource(string name, PostgresServerResource server) : Resource(name), IResourceWithConnectionString
{
    public override string Type => "postgres database";

    public PostgresServerResource Server { get; } = server;

    public string ConnectionName => Name;

    public string ConnectionString => Server.ConnectionStringFor(Name);

    internal override async Task StartAsync(AppHostContext context, CancellationToken cancellationToken)
    {
        if (!Server.IsExternal)
            await PostgresCluster.CreateDatabaseIfMissingAsync(Server.ConnectionStringFor("postgres"), Name, cancellationToken);
    }

    internal override Task<(HealthStatus, string?)> CheckHealthAsync(AppHostContext context, CancellationToken cancellationToken) =>
        PostgresHealth.CheckAsync(ConnectionString, cancellationToken);
}

internal static class PostgresHealth
{
    public static async Task<(HealthStatus, string?)> CheckAsync(string connectionString, CancellationToken cancellationToken)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 3 };
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("select 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return (HealthStatus.Healthy, null);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return (HealthStatus.Unhealthy, ex.Message);
        }
    }
}
