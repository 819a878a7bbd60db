using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using FashionWallet.AppHost.Hosting;
using FashionWallet.Database;
using FashionWallet.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Npgsql;

namespace FashionWallet.Tests.Platform;

/// <summary>
/// The AppHost's own behaviour: a clean stop leaves nothing behind, a killed AppHost is recovered from, and bad
/// configuration or a broken machine stops start-up with one clear message and nothing left running.
/// </summary>
public sealed class AppHostTests(PostgresFixture postgres) : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"fw-apphost-{Guid.NewGuid():N}");
    private readonly StringWriter _output = new();
    private readonly List<Process> _started = [];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Stopping_leaves_no_child_process_and_no_lock_and_a_second_start_reuses_the_data()
    {
        var (app, _) = DistributedAppFixture.Create(_dataDirectory, _output);
        await StartOrExplainAsync(app);
        var children = app.Resources.Where(r => r.Process is not null).Select(r => (r.Name, r.Process!.Pid, r.Process.StartTime)).ToArray();
        Assert.Equal(["postgres", "api", "workers", "web"], children.Select(c => c.Name));

        await app.DisposeAsync();

        Assert.All(children, c => Assert.NotEqual(c.StartTime, Native.ProcessStartTime(c.Pid)));
        Assert.False(File.Exists(Path.Combine(_dataDirectory, "apphost.lock")));
        Assert.False(File.Exists(Path.Combine(_dataDirectory, "apphost.processes")));
        Assert.False(File.Exists(Path.Combine(_dataDirectory, "postgres", "postmaster.pid")));
        Assert.Contains("postgres       stopping", _output.ToString());

        var (again, _) = DistributedAppFixture.Create(_dataDirectory, _output);
        await StartOrExplainAsync(again);
        await again.DisposeAsync();
        Assert.DoesNotContain("first run", _output.ToString().Split("apphost        stopped")[1]);
    }

    [Fact]
    public async Task After_a_kill_9_of_the_apphost_its_services_stop_themselves_and_the_next_start_recovers()
    {
        var crashed = StartAppHostProcess();
        await WaitForLineAsync(crashed, "resources healthy", TimeSpan.FromSeconds(120));
        var children = (await File.ReadAllLinesAsync(Path.Combine(_dataDirectory, "apphost.processes"), Cancel))
            .Select(line => line.Split(' ')).ToDictionary(f => f[0], f => (Pid: int.Parse(f[1]), StartTime: long.Parse(f[2])));
        Assert.Equal(["api", "postgres", "web", "workers"], children.Keys.Order());

        crashed.Kill(); // SIGKILL: no chance to stop anything
        await crashed.WaitForExitAsync(Cancel);

        // The services watch the AppHost and stop on their own; PostgreSQL cannot, and is left for the next start.
        await JobQueueTests.WaitUntilAsync(() => Task.FromResult(
            new[] { "api", "workers", "web" }.All(name => Native.ProcessStartTime(children[name].Pid) != children[name].StartTime)), TimeSpan.FromSeconds(15));
        Assert.Equal(children["postgres"].StartTime, Native.ProcessStartTime(children["postgres"].Pid));

        var (next, _) = DistributedAppFixture.Create(_dataDirectory, _output);
        await StartOrExplainAsync(next);
        await next.DisposeAsync();

        Assert.NotEqual(children["postgres"].StartTime, Native.ProcessStartTime(children["postgres"].Pid));
        Assert.Contains("left over from an AppHost that did not shut down", _output.ToString());
    }

    [Fact]
    public async Task With_an_otlp_endpoint_configured_the_services_export_traces_metrics_and_logs()
    {
        var received = new ConcurrentQueue<(string Signal, string Body)>();
        var receiverBuilder = WebApplication.CreateSlimBuilder();
        receiverBuilder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var receiver = receiverBuilder.Build();
        receiver.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            received.Enqueue((signal, System.Text.Encoding.UTF8.GetString(body.ToArray())));
            return Results.Ok();
        });
        await receiver.StartAsync(Cancel);

        var (app, model) = DistributedAppFixture.Create(_dataDirectory, _output, o => o.OtlpEndpoint = receiver.Urls.First());
        model.Api.WithEnvironment("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf").WithEnvironment("OTEL_METRIC_EXPORT_INTERVAL", "500")
            .WithEnvironment("OTEL_BSP_SCHEDULE_DELAY", "200").WithEnvironment("OTEL_BLRP_SCHEDULE_DELAY", "200");
        await StartOrExplainAsync(app);
        try
        {
            // The AppHost polls /health every 2 s: that is traffic enough to trace, measure and log.
            await JobQueueTests.WaitUntilAsync(() => Task.FromResult(new[] { "traces", "metrics", "logs" }.All(signal =>
                received.Any(r => r.Signal == signal && r.Body.Contains("service.name", StringComparison.Ordinal) && r.Body.Contains("api", StringComparison.Ordinal)))),
                TimeSpan.FromSeconds(30), () => $"received {string.Join(", ", received.Select(r => r.Signal).Distinct())}");
            await JobQueueTests.WaitUntilAsync(() => Task.FromResult(received.Any(r => r.Signal == "traces" && r.Body.Contains("GET /health", StringComparison.Ordinal)
                && r.Body.Contains("http.response.status_code", StringComparison.Ordinal))), TimeSpan.FromSeconds(15));
            Assert.Contains(received, r => r.Signal == "metrics" && r.Body.Contains("http.server.request.duration", StringComparison.Ordinal));
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public void An_unknown_configuration_key_is_refused_naming_the_key()
    {
        var error = Assert.Throws<AppHostException>(() => DistributedApplicationBuilder.Create(["--AppHost:DashbordPort=19000"], output: _output));

        Assert.Contains("'AppHost:DashbordPort'", error.Message);
        Assert.Contains("DashboardPort", error.Message);
    }

    [Fact]
    public void An_invalid_configuration_value_is_refused_naming_the_key()
    {
        var error = Assert.Throws<AppHostException>(() => DistributedApplicationBuilder.Create(["--AppHost:ApiPort=70000"], output: _output));

        Assert.Contains("AppHost:ApiPort", error.Message);
    }

    [Fact]
    public async Task A_missing_postgresql_binary_stops_startup_with_what_to_do()
    {
        var (app, _) = DistributedAppFixture.Create(_dataDirectory, _output, o => o.PostgresBinDirectory = "/nonexistent/bin");

        var error = await Assert.ThrowsAsync<AppHostException>(() => app.StartAsync(Cancel));
        await app.DisposeAsync();

        Assert.Contains("were not found in /nonexistent/bin", error.Message);
        AssertNothingLeftRunning(app);
    }

    [Fact]
    public async Task A_busy_port_stops_startup_naming_the_process_that_holds_it()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((IPEndPoint)squatter.LocalEndpoint).Port;
        var (app, _) = DistributedAppFixture.Create(_dataDirectory, _output, o => o.ApiPort = port);

        var error = await Assert.ThrowsAsync<AppHostException>(() => app.StartAsync(Cancel));
        await app.DisposeAsync();

        Assert.Contains($"Port {port} for api is already in use by process {Environment.ProcessId}", error.Message);
        Assert.Contains("--AppHost:ApiPort=", error.Message);
        AssertNothingLeftRunning(app);
    }

    [Fact]
    public async Task A_damaged_data_directory_stops_startup_with_what_to_do()
    {
        var dataDirectory = Path.Combine(_dataDirectory, "postgres");
        Directory.CreateDirectory(dataDirectory);
        await File.WriteAllTextAsync(Path.Combine(dataDirectory, "PG_VERSION"), "15\n", Cancel);
        var (app, _) = DistributedAppFixture.Create(_dataDirectory, _output);

        var error = await Assert.ThrowsAsync<AppHostException>(() => app.StartAsync(Cancel));
        await app.DisposeAsync();

        Assert.Contains("is damaged", error.Message);
        Assert.Contains("Move it away", error.Message);
        AssertNothingLeftRunning(app);
    }

    [Fact]
    public async Task A_directory_that_is_not_a_cluster_is_never_overwritten()
    {
        var dataDirectory = Path.Combine(_dataDirectory, "postgres");
        Directory.CreateDirectory(dataDirectory);
        await File.WriteAllTextAsync(Path.Combine(dataDirectory, "holiday-photos.txt"), "precious", Cancel);
        var (app, _) = DistributedAppFixture.Create(_dataDirectory, _output);

        var error = await Assert.ThrowsAsync<AppHostException>(() => app.StartAsync(Cancel));
        await app.DisposeAsync();

        Assert.Contains("is not a PostgreSQL data directory", error.Message);
        Assert.Equal("precious", await File.ReadAllTextAsync(Path.Combine(dataDirectory, "holiday-photos.txt"), Cancel));
    }

    [Fact]
    public async Task A_failing_migration_on_an_external_database_stops_startup_with_the_apis_reason()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync("external-tampered");
        await using (var dataSource = NpgsqlDataSource.Create(connectionString))
        await using (var tamper = dataSource.CreateCommand($"update schema_migrations set checksum = 'deadbeefdeadbeef' where id = '{Migration.Embedded[0].Id}'"))
            await tamper.ExecuteNonQueryAsync(Cancel);
        var (app, model) = DistributedAppFixture.Create(_dataDirectory, _output, args: $"--ConnectionStrings:fashionwallet={connectionString}");

        var error = await Assert.ThrowsAsync<AppHostException>(() => app.StartAsync(Cancel));
        await app.DisposeAsync();

        Assert.True(model.Postgres.IsExternal);
        Assert.Contains("api exited with code", error.Message);
        Assert.Contains($"{Migration.Embedded[0].Id} was changed after it was applied", error.Message);
        AssertNothingLeftRunning(app);
    }

    [Fact]
    public async Task A_second_apphost_on_the_same_data_directory_is_refused()
    {
        var (first, _) = DistributedAppFixture.Create(_dataDirectory, _output);
        await StartOrExplainAsync(first);
        try
        {
            var (second, _) = DistributedAppFixture.Create(_dataDirectory, _output);
            var error = await Assert.ThrowsAsync<AppHostException>(() => second.StartAsync(Cancel));
            Assert.Contains($"Another AppHost is already running with the data directory {_dataDirectory} (pid {Environment.ProcessId})", error.Message);
        }
        finally
        {
            await first.DisposeAsync();
        }
    }

    private async Task StartOrExplainAsync(DistributedApplication app)
    {
        try
        {
            await app.StartAsync(Cancel);
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException($"The app did not start:\n{_output}", ex);
        }
    }

    private static void AssertNothingLeftRunning(DistributedApplication app) =>
        Assert.All(app.Resources, r => Assert.True(r.Process is null or { HasExited: true }, $"{r.Name} is still running"));

    /// <summary>The AppHost as its own process, as `dotnet run` starts it, on free ports and this test's data directory.</summary>
    private Process StartAppHostProcess()
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
                 {
                     Projects.FashionWallet_AppHost.Metadata.TargetPath, $"--AppHost:DataDirectory={_dataDirectory}", "--AppHost:DashboardPort=0",
                     "--AppHost:ApiPort=0", "--AppHost:WebPort=0", "--AppHost:WorkersPort=0",
                 })
            info.ArgumentList.Add(argument);
        var process = Process.Start(info)!;
        _started.Add(process);
        return process;
    }

    private async Task WaitForLineAsync(Process process, string text, TimeSpan timeout)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        cancel.CancelAfter(timeout);
        while (await process.StandardOutput.ReadLineAsync(cancel.Token) is { } line)
        {
            _output.WriteLine(line);
            if (line.Contains(text, StringComparison.Ordinal))
                return;
        }
        Assert.Fail($"The AppHost ended without printing '{text}':\n{_output}\n{await process.StandardError.ReadToEndAsync(Cancel)}");
    }

    public void Dispose()
    {
        // A failed assertion must not leave an AppHost and its services running for the rest of the suite.
        foreach (var process in _started)
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
            process.Dispose();
        }
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
