using Microsoft.Playwright;

namespace FashionWallet.Workers.Chromium;

/// <summary>
/// A warm page lent by <see cref="ChromiumHost"/>; dispose it to give it back. A page that failed is closed instead
/// of reused, so one bad call cannot poison the next.
/// </summary>
public sealed class ChromiumPage : IAsyncDisposable
{
    private readonly ChromiumHost _host;
    private int _leased;

    internal ChromiumPage(ChromiumHost host, IPage page, string path, int generation) =>
        (_host, Page, Path, Generation) = (host, page, path, generation);

    public IPage Page { get; }

    public string Path { get; }

    internal int Generation { get; }

    internal bool IsBroken { get; private set; }

    public void MarkBroken() => IsBroken = true;

    /// <summary>
    /// Calls a function of the page and returns what it returns (a string: JSON from <c>JSON.stringify</c>, since
    /// Playwright's own object serialisation adds fields). Any failure closes the page.
    /// </summary>
    public async Task<string> CallAsync(string function, object? argument, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            return await Page.EvaluateAsync<string>(function, argument).WaitAsync(timeout, cancellationToken);
        }
        catch
        {
            MarkBroken();
            throw;
        }
    }

    internal ChromiumPage Lease()
    {
        Interlocked.Exchange(ref _leased, 1);
        return this;
    }

    public ValueTask DisposeAsync() => Interlocked.Exchange(ref _leased, 0) == 1 ? _host.ReturnAsync(this) : ValueTask.CompletedTask;
}
