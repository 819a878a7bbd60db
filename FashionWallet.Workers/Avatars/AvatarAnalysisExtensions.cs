using FashionWallet.Avatars.Photos;
using FashionWallet.Workers.Chromium;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FashionWallet.Workers.Avatars;

public static class AvatarAnalysisExtensions
{
    /// <summary>
    /// Photo analysis: <see cref="IAvatarPhotoAnalyzer"/> with MediaPipe in the worker's Chromium, and a start-up
    /// warm-up (section <c>AvatarAnalysis:WarmUp</c>, default true) so the first job does not pay for loading the models.
    /// </summary>
    public static IHostApplicationBuilder AddAvatarAnalysis(this IHostApplicationBuilder builder)
    {
        builder.AddChromium();
        builder.Services.TryAddSingleton(PhotoCalibration.Current);
        builder.Services.TryAddSingleton<MediaPipeInference>();
        builder.Services.TryAddSingleton<IPoseInference>(services => services.GetRequiredService<MediaPipeInference>());
        builder.Services.TryAddSingleton<IAvatarPhotoAnalyzer, AvatarPhotoAnalyzer>();
        builder.Services.TryAddSingleton<SyntheticPhotos>();
        if (builder.Configuration.GetValue("AvatarAnalysis:WarmUp", true))
            builder.Services.AddHostedService<InferenceWarmUp>();
        return builder;
    }
}

/// <summary>Loads the models in the background at start-up; a failure is logged and left to the first real job.</summary>
internal sealed partial class InferenceWarmUp(MediaPipeInference inference, ILogger<InferenceWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await inference.WarmUpAsync(stoppingToken);
            LogWarm(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pose and segmentation models warm after {Seconds:0.0} s")]
    private partial void LogWarm(double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warming the pose and segmentation models failed; the first analysis will try again")]
    private partial void LogFailed(Exception exception);
}
