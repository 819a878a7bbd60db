using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace FashionWallet.Workers.Chromium;

/// <summary>
/// The worker's warm headless Chromium: launched on first use (about a second), kept, and launched again when it
/// crashes. Pages are opened per page path (an app such as the inference page), initialised once (their
/// <c>window.ready</c> promise: models loaded, shaders compiled) and lent out one caller at a time, so a warm page
/// answers in a fraction of its first call. Everything a page loads comes from <see cref="ChromiumAssets"/>.
/// </summary>
public sealed partial class ChromiumHost(IOptions<ChromiumOptions> options, ILogger<ChromiumHost> logger) : IAsyncDisposable
{
    // Flags that work as root on Debian, with WebGL2 on SwiftShader (no GPU on these machines).
    private static readonly string[] LaunchArguments =
    [
        "--no-sandbox", "--enable-unsafe-swiftshader", "--use-angle=swiftshader", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
    ];

    private readonly ChromiumOptions _options = options.Value;
    private readonly ChromiumAssets _assets = new(options.Value.ResolvedAssetsDirectory);
    private readonly SemaphoreSlim _launchGate = new(1, 1);
    private readonly ConcurrentDictionary<string, PagePool> _pools = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private int _generation;
    private bool _disposed;

    public ChromiumHost(ChromiumOptions options, ILogger<ChromiumHost> logger) : this(Microsoft.Extensions.Options.Options.Create(options), logger)
    {
    }

    public string? BrowserVersion { get; private set; }

    /// <summary>Why the last launch failed; null once one succeeds.</summary>
    public string? LaunchFailure { get; private set; }

    public bool IsRunning => _browser is { IsConnected: true };

    public int Launches { get; private set; }

    public int OpenPages => _pools.Values.Sum(p => p.Open);

    public ChromiumOptions Settings => _options;

    /// <summary>
    /// A page of <paramref name="path"/> (relative to the assets root, e.g. <c>pages/inference.html</c>), loaded and
    /// ready, for the caller alone until the lease is disposed. Waits while every page of that path is lent out.
    /// </summary>
    public async Task<ChromiumPage> RentPageAsync(string path, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var pool = _pools.GetOrAdd(path, _ => new PagePool(_options.PagesPerPath));
        await pool.Slots.WaitAsync(cancellationToken);
        try
        {
            while (pool.Idle.TryPop(out var idle))
            {
                if (idle.Generation == _generation && IsRunning && !idle.Page.IsClosed)
                    return idle.Lease();
                await CloseAsync(pool, idle);
            }
            return (await OpenAsync(pool, path, cancellationToken)).Lease();
        }
        catch
        {
            pool.Slots.Release();
            throw;
        }
    }

    internal async ValueTask ReturnAsync(ChromiumPage page)
    {
        var pool = _pools[page.Path];
        if (page.IsBroken || page.Generation != _generation || _disposed)
            await CloseAsync(pool, page);
        else
            pool.Idle.Push(page);
        pool.Slots.Release();
    }

    private async Task<ChromiumPage> OpenAsync(PagePool pool, string path, CancellationToken cancellationToken)
    {
        var (browser, generation) = await BrowserAsync(cancellationToken);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 800, Height = 600 } });
        try
        {
            await _assets.AttachAsync(context);
            var page = await context.NewPageAsync();
            var lease = new ChromiumPage(this, page, path, generation);
            page.Crash += (_, _) => lease.MarkBroken();
            page.Console += (_, message) => LogConsole(path, message.Type, message.Text);
            page.PageError += (_, error) => LogPageError(path, error);
            await page.GotoAsync(ChromiumAssets.Origin + path).WaitAsync(TimeSpan.FromSeconds(_options.LaunchTimeoutSeconds), cancellationToken);
            // Each page announces, through window.ready, when its own start-up (models, shaders) is done.
            await page.EvaluateAsync("() => window.ready").WaitAsync(TimeSpan.FromSeconds(_options.LaunchTimeoutSeconds), cancellationToken);
            Interlocked.Increment(ref pool.Open);
            return lease;
        }
        catch
        {
            await context.CloseAsync();
            throw;
        }
    }

    private async Task CloseAsync(PagePool pool, ChromiumPage page)
    {
        Interlocked.Decrement(ref pool.Open);
        try
        {
            await page.Page.Context.CloseAsync();
        }
        catch (PlaywrightException)
        {
            // Already gone with a crashed browser.
        }
    }

    private async Task<(IBrowser Browser, int Generation)> BrowserAsync(CancellationToken cancellationToken)
    {
        if (_browser is { IsConnected: true } running)
            return (running, _generation);
        await _launchGate.WaitAsync(cancellationToken);
        try
        {
            if (_browser is { IsConnected: true } launched)
                return (launched, _generation);
            if (_browser is not null)
                LogRelaunch();
            _playwright ??= await Playwright.CreateAsync();
            try
            {
                var browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = _options.ExecutablePath,
                    Headless = true,
                    Args = LaunchArguments,
                    Timeout = _options.LaunchTimeoutSeconds * 1000f,
                }).WaitAsync(cancellationToken);
                browser.Disconnected += (_, _) => LogDisconnected();
                _generation++;
                _browser = browser;
                BrowserVersion = browser.Version;
                LaunchFailure = null;
                Launches++;
                LogLaunched(browser.Version);
                return (browser, _generation);
            }
            catch (Exception exception) when (exception is PlaywrightException or TimeoutException)
            {
                LaunchFailure = File.Exists(_options.ExecutablePath)
                    ? exception.Message
                    : $"{_options.ExecutablePath} is not installed (apt-get install chromium fonts-liberation).";
                throw new InvalidOperationException($"Chromium could not start: {LaunchFailure}", exception);
            }
        }
        finally
        {
            _launchGate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
            return;
        _disposed = true;
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        _launchGate.Dispose();
    }

    private sealed class PagePool(int size)
    {
        public readonly SemaphoreSlim Slots = new(size, size);
        public readonly ConcurrentStack<ChromiumPage> Idle = new();
        public int Open;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Chromium {Version} started")]
    private partial void LogLaunched(string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chromium disconnected; the next page starts it again")]
    private partial void LogDisconnected();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Starting Chromium again after it stopped")]
    private partial void LogRelaunch();

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Path} console {Type}: {Text}")]
    private partial void LogConsole(string path, string type, string text);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Path} page error: {Error}")]
    private partial void LogPageError(string path, string error);
}
