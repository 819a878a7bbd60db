using FashionWallet.AppHost.Provisioning;
using FashionWallet.Workers.Avatars;
using FashionWallet.Workers.Chromium;
using Microsoft.Extensions.Logging.Abstractions;

namespace FashionWallet.Tests.Infrastructure;

/// <summary>
/// The workers' own warm Chromium (Debian's, installed when missing like <see cref="BrowserFixture"/>), with the
/// MediaPipe models and the photographer it serves, for tests that infer or render as the worker does.
/// </summary>
public sealed class ChromiumHostFixture : IAsyncLifetime
{
    public ChromiumHost Chromium { get; private set; } = null!;

    public MediaPipeInference Inference { get; private set; } = null!;

    public SyntheticPhotos Photos { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await AptProvisioner.EnsureInstalledAsync(["chromium", "fonts-liberation"], _ => { }, allowInstall: true, CancellationToken.None);
        Chromium = new ChromiumHost(new ChromiumOptions(), NullLogger<ChromiumHost>.Instance);
        Inference = new MediaPipeInference(Chromium);
        Photos = new SyntheticPhotos(Chromium);
    }

    public async ValueTask DisposeAsync()
    {
        if (Chromium is not null)
            await Chromium.DisposeAsync();
    }
}
