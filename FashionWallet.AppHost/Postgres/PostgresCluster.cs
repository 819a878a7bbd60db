using System.Diagnostics;
using System.Security.Cryptography;
using FashionWallet.AppHost.Hosting;
using Npgsql;

namespace FashionWallet.AppHost.Postgres;

/// <summary>
/// A PostgreSQL cluster in a data directory of ours, run from Debian's server programs: initialised on first use
/// with a generated superuser password (kept next to the data directory, never in the repository), started as the
/// <c>postgres</c> user when we are root, and recovered when a previous run was killed.
/// </summary>
public sealed class PostgresCluster
{
    public const string SuperUser = "postgres";
    private const string OsUser = "postgres";

    public PostgresCluster(string dataDirectory, string? binDirectory)
    {
        DataDirectory = Path.GetFullPath(dataDirectory);
        BinDirectory = FindBinDirectory(binDirectory) ?? throw new AppHostException(binDirectory is null
            ? "PostgreSQL's server programs were not found in /usr/lib/postgresql/*/bin. Install them (Debian/Ubuntu: " +
              "sudo apt-get install -y postgresql postgresql-contrib), or set ConnectionStrings:fashionwallet to use an existing server."
            : $"PostgreSQL's server programs (postgres, initdb) were not found in {binDirectory} (AppHost:PostgresBinDirectory).");
    }

    public string DataDirectory { get; }

    public string BinDirectory { get; }

    public string PasswordFile => DataDirectory + ".password";

    public bool IsInitialised => File.Exists(Path.Combine(DataDirectory, "PG_VERSION"));

    public static string? FindBinDirectory(string? configured)
    {
        static bool HasServer(string directory) => File.Exists(Path.Combine(directory, "postgres")) && File.Exists(Path.Combine(directory, "initdb"));
        if (configured is not null)
            return HasServer(configured) ? configured : null;
        if (!Directory.Exists("/usr/lib/postgresql"))
            return null;
        return Directory.EnumerateDirectories("/usr/lib/postgresql")
            .Select(d => (Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0, Bin: Path.Combine(d, "bin")))
            .Where(d => HasServer(d.Bin))
            .OrderByDescending(d => d.Version)
            .Select(d => d.Bin)
            .FirstOrDefault();
    }

    /// <summary>Creates the cluster if the directory is new; refuses a directory that is not a cluster or is damaged.</summary>
    public async Task InitialiseAsync(ResourceLogs logs, CancellationToken cancellationToken)
    {
        if (IsInitialised)
        {
            if (!File.Exists(Path.Combine(DataDirectory, "global", "pg_control")))
                throw new AppHostException($"The PostgreSQL data directory {DataDirectory} is damaged (global/pg_control is missing). " +
                    $"Move it away (or delete it to start with an empty database), then start again.");
            if (!File.Exists(PasswordFile))
                throw new AppHostException($"The PostgreSQL data directory {DataDirectory} has no password file ({PasswordFile}). " +
                    "It was not created by the AppHost: move it away or delete it, then start again.");
            return;
        }
        if (Directory.Exists(DataDirectory) && Directory.EnumerateFileSystemEntries(DataDirectory).Any())
            throw new AppHostException($"{DataDirectory} exists but is not a PostgreSQL data directory (it has no PG_VERSION). " +
                "Move it away or delete it, then start again.");

        Directory.CreateDirectory(DataDirectory);
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', 'x').Replace('/', 'y');
        var passwordTemp = Path.Combine(DataDirectory + ".init", "pw");
        Directory.CreateDirectory(Path.GetDirectoryName(passwordTemp)!);
        await File.WriteAllTextAsync(passwordTemp, password, cancellationToken);
        try
        {
            if (Native.IsRoot)
                await RunAsync("chown", ["-R", $"{OsUser}:{OsUser}", DataDirectory, Path.GetDirectoryName(passwordTemp)!], logs, asPostgres: false, cancellationToken);
            File.SetUnixFileMode(DataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            await RunAsync(Path.Combine(BinDirectory, "initdb"),
                ["-D", DataDirectory, "-U", SuperUser, "-E", "UTF8", "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256", $"--pwfile={passwordTemp}"],
                logs, asPostgres: true, cancellationToken);
            await File.WriteAllTextAsync(PasswordFile, password, cancellationToken);
            File.SetUnixFileMode(PasswordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        catch
        {
            Directory.Delete(DataDirectory, recursive: true);
            throw;
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(passwordTemp)!, recursive: true);
        }
    }

    public string ReadPassword() => File.ReadAllText(PasswordFile).Trim();

    /// <summary>
    /// A postmaster.pid left behind: a server still running from a killed AppHost is shut down; a file whose
    /// process is gone (or is now some other program) is removed so the server can start.
    /// </summary>
    public async Task StopLeftoverServerAsync(Action<string> warn)
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile))
            return;
        var firstLine = (await File.ReadAllLinesAsync(pidFile)).FirstOrDefault();
        if (int.TryParse(firstLine, out var pid) && Native.ProcessStartTime(pid) is { } startTime && Native.CommandLine(pid).Contains("postgres", StringComparison.Ordinal))
        {
            warn($"a PostgreSQL server (pid {pid}) is still running from a previous run; shutting it down");
            Native.Signal(pid, Native.SigInt);
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (Native.ProcessStartTime(pid) == startTime && DateTime.UtcNow < deadline)
                await Task.Delay(100);
            if (Native.ProcessStartTime(pid) == startTime)
                Native.Signal(pid, Native.SigKill);
            return;
        }
        warn("removing a stale postmaster.pid left by a server that is no longer running");
        File.Delete(pidFile);
    }

    /// <summary>The server in the foreground (its output is the resource's console); SIGINT is a fast shutdown.</summary>
    public ProcessSpec ServerSpec(int port, bool durable) => new(Path.Combine(BinDirectory, "postgres"),
    [
        "-D", DataDirectory, "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=300",
        "-c", $"fsync={(durable ? "on" : "off")}", "-c", $"synchronous_commit={(durable ? "on" : "off")}",
        "-c", "log_min_messages=warning", "-c", "log_line_prefix=%m [%p] ",
    ], "/")
    {
        RunAsUser = OsUser,
    };

    /// <summary>Starts the server and waits until it accepts connections (for throwaway clusters in tests and benchmarks).</summary>
    public async Task<ManagedProcess> StartAsync(int port, bool durable, ResourceLogs logs, TimeSpan timeout)
    {
        var server = ManagedProcess.Start(ServerSpec(port, durable), logs);
        var connectionString = ConnectionString(port, ReadPassword(), "postgres");
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync();
                return server;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline && !server.HasExited)
            {
                await Task.Delay(100);
            }
            catch (NpgsqlException ex)
            {
                await server.StopAsync(Native.SigInt, TimeSpan.FromSeconds(5));
                throw new AppHostException($"PostgreSQL did not start: {string.Join('\n', logs.Snapshot(20).Select(l => l.Text))}", ex);
            }
        }
    }

    public static string ConnectionString(int port, string password, string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = port,
        Username = SuperUser,
        Password = password,
        Database = database,
    }.ConnectionString;

    public static async Task CreateDatabaseIfMissingAsync(string adminConnectionString, string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
            return;
        await using var create = new NpgsqlCommand($"create database \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Created concurrently.
        }
    }

    private static async Task RunAsync(string fileName, IReadOnlyList<string> arguments, ResourceLogs logs, bool asPostgres, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(asPostgres && Native.IsRoot ? "setpriv" : fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        if (asPostgres && Native.IsRoot)
        {
            foreach (var argument in new[] { $"--reuid={OsUser}", $"--regid={OsUser}", "--init-groups", "--", fileName })
                info.ArgumentList.Add(argument);
        }
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        foreach (var line in (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            logs.Add(line);
        foreach (var line in (await error).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            logs.Add(line, isError: true);
        if (process.ExitCode != 0)
            throw new AppHostException($"{Path.GetFileName(fileName)} failed with exit code {process.ExitCode}: {(await error).Trim()}");
    }
}
