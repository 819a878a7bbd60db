using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FashionWallet.AppHost.Dashboard;
using FashionWallet.Jobs;
using FashionWallet.Platform;
using FashionWallet.Tests.Infrastructure;
using Npgsql;

namespace FashionWallet.Tests.Platform;

/// <summary>End to end: the whole app started by the AppHost's code, exercised over HTTP like a user and an operator would.</summary>
[Collection(AppCollection.Name)]
public sealed class DistributedAppTests(DistributedAppFixture app)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_resource_is_healthy_and_the_dashboard_reports_it()
    {
        using var dashboard = new HttpClient { BaseAddress = app.App.DashboardUrl };
        var resources = await dashboard.GetFromJsonAsync<ResourceSnapshot[]>("/api/resources", Cancel);

        Assert.NotNull(resources);
        Assert.Equal(["postgres", "fashionwallet", "api", "workers", "web"], resources.Select(r => r.Name));
        Assert.All(resources, r => Assert.Equal("healthy", r.State));
        Assert.All(resources.Where(r => r.Type is "project" or "postgres"), r => Assert.True(r.Pid > 0));
        Assert.StartsWith("http://127.0.0.1:", Assert.Single(resources.Single(r => r.Name == "web").Endpoints).Url);
        Assert.Equal(["api"], resources.Single(r => r.Name == "web").WaitsFor);
    }

    [Fact]
    public async Task The_web_status_page_shows_the_api_healthy_through_service_discovery_and_keeps_queue_details_for_admins()
    {
        using var web = app.CreateHttpClient("web");
        var html = await web.GetStringAsync("/status", Cancel);

        Assert.Contains("data-state=\"api\" data-value=\"healthy\"", html);
        Assert.Contains("data-state=\"check-database\" data-value=\"healthy\"", html);
        Assert.DoesNotContain("platform.canary", html);
        Assert.Contains("shown to admins", html);
    }

    [Fact]
    public async Task The_platform_status_lists_live_workers_for_admins_only()
    {
        using var anonymous = app.CreateHttpClient("api");
        using var admin = await app.CreateAdminClientAsync();

        var refused = await anonymous.GetAsync("/api/platform/status", Cancel);
        var status = await admin.GetFromJsonAsync<PlatformStatus>("/api/platform/status", Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains(status!.Workers, w => w.JobTypes.Contains("platform.canary") && w.JobTypes.Contains("email.send"));
    }

    [Fact]
    public async Task A_request_body_over_the_limit_gets_413_before_it_is_read()
    {
        using var api = app.CreateHttpClient("api");
        var huge = new StringContent($"{{\"email\": \"{new string('a', 2_000_000)}\"}}", System.Text.Encoding.UTF8, "application/json");
        // As a careful client sends a large body: the headers first, the body only if the server wants it. Without this, the
        // server's 413 and its closing the connection can race the client still writing, which then sees a broken pipe.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/accounts/register") { Content = huge, Headers = { ExpectContinue = true } };

        var response = await api.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_canary_goes_from_the_api_through_the_queue_to_a_worker_with_progress()
    {
        using var api = await app.CreateAdminClientAsync();
        // A second a step: progress between 0 and 100 stays visible for seconds, longer than a test process stalls on a loaded CI machine.
        var response = await api.PostAsJsonAsync("/api/platform/canary", new CanaryJob { Steps = 4, StepDelayMs = 1000 }, Cancel);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var job = await response.Content.ReadFromJsonAsync<JobResponse>(Cancel);
        Assert.Equal($"/api/jobs/{job!.Id}", response.Headers.Location?.OriginalString);

        var seenPercents = new SortedSet<int>();
        await JobQueueTests.WaitUntilAsync(async () =>
        {
            job = await api.GetFromJsonAsync<JobResponse>($"/api/jobs/{job.Id}", Cancel);
            seenPercents.Add(job!.Progress.Percent);
            return job.Status == JobStatus.Completed;
        }, TimeSpan.FromSeconds(30));

        Assert.Equal(100, job.Progress.Percent);
        Assert.Equal("Step 4 of 4", job.Progress.Message);
        Assert.Contains(seenPercents, p => p is > 0 and < 100);
        Assert.Equal(4, job.Result!.Value.GetProperty("steps").GetInt32());
    }

    [Fact]
    public async Task Bad_input_to_the_api_gets_problem_details_naming_the_field()
    {
        using var api = await app.CreateAdminClientAsync();

        var outOfRange = await api.PostAsJsonAsync("/api/platform/canary", new { steps = 500 }, Cancel);
        var malformed = await api.PostAsync("/api/platform/canary", new StringContent("{\"steps\": ", System.Text.Encoding.UTF8, "application/json"), Cancel);
        var wrongType = await api.PostAsync("/api/platform/canary", new StringContent("{\"steps\": \"many\"}", System.Text.Encoding.UTF8, "application/json"), Cancel);
        var unknownJob = await api.GetAsync($"/api/jobs/{Guid.NewGuid()}", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);
        Assert.Equal("application/problem+json", outOfRange.Content.Headers.ContentType?.MediaType);
        Assert.Contains("between 1 and 100", (await Errors(outOfRange))["steps"][0]);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.NotEmpty(await Errors(malformed));
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Contains("could not be converted", (await Errors(wrongType))["steps"][0]);
        Assert.Equal(HttpStatusCode.NotFound, unknownJob.StatusCode);
    }

    [Fact]
    public async Task The_api_publishes_its_openapi_document_and_a_reference_page()
    {
        using var api = app.CreateHttpClient("api");
        using var document = JsonDocument.Parse(await api.GetStringAsync("/openapi/v1.json", Cancel));
        var page = await api.GetStringAsync("/api-reference", Cancel);

        Assert.Equal("Fashion Wallet API", document.RootElement.GetProperty("info").GetProperty("title").GetString());
        Assert.True(document.RootElement.GetProperty("paths").TryGetProperty("/api/jobs/{id}", out _));
        Assert.Contains("/openapi/v1.json", page);
    }

    [Fact]
    public async Task A_job_whose_worker_process_is_killed_mid_job_is_completed_by_another_worker()
    {
        using var api = await app.CreateAdminClientAsync();
        await using var dataSource = NpgsqlDataSource.Create(app.App.GetConnectionString("fashionwallet"));
        var started = await (await api.PostAsJsonAsync("/api/platform/canary", new CanaryJob { Steps = 20, StepDelayMs = 150 }, Cancel)).Content.ReadFromJsonAsync<JobResponse>(Cancel);
        var id = started!.Id;

        string? firstWorker = null;
        await JobQueueTests.WaitUntilAsync(async () =>
        {
            var job = await api.GetFromJsonAsync<JobResponse>($"/api/jobs/{id}", Cancel);
            if (job!.Progress.Percent is 0 or 100)
                return false;
            await using var command = dataSource.CreateCommand("select locked_by from jobs where id = @id");
            command.Parameters.AddWithValue("id", id);
            firstWorker = await command.ExecuteScalarAsync(Cancel) as string;
            return firstWorker is not null;
        }, TimeSpan.FromSeconds(20));

        var workers = app.App["workers"];
        var pid = workers.Pid!.Value;
        AppHost.Hosting.Native.Signal(pid, AppHost.Hosting.Native.SigKill);
        await JobQueueTests.WaitUntilAsync(() => Task.FromResult(workers.Lifecycle == AppHost.Hosting.ResourceLifecycle.Exited), TimeSpan.FromSeconds(10));
        Assert.Equal("exited (137)", workers.State);

        await app.App.RestartAsync("workers", Cancel);
        Assert.NotEqual(pid, workers.Pid);

        JobResponse? finished = null;
        await JobQueueTests.WaitUntilAsync(async () =>
            (finished = await api.GetFromJsonAsync<JobResponse>($"/api/jobs/{id}", Cancel))!.Status == JobStatus.Completed, TimeSpan.FromSeconds(60));

        Assert.Equal(2, finished!.Attempts);
        var secondWorker = finished.Result!.Value.GetProperty("worker").GetString();
        Assert.NotEqual(firstWorker, secondWorker);
        Assert.Contains($":{workers.Pid}:", secondWorker);
    }

    private static async Task<Dictionary<string, string[]>> Errors(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        return problem.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }
}
