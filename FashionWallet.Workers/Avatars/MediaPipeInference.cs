using System.Text.Json;
using FashionWallet.Avatars.Photos;
using FashionWallet.Imaging;
using FashionWallet.Workers.Chromium;
using Microsoft.Playwright;

namespace FashionWallet.Workers.Avatars;

/// <summary>
/// MediaPipe Pose (pose_landmark_full) and Selfie Segmentation, from their npm packages, in the worker's warm
/// Chromium (<c>Scripts/pages/pose.js</c>, <c>segmentation.js</c>: one page each, as their WebAssembly runtimes share globals). The photo travels as a high-quality JPEG, the masks come back
/// at the photo's size.
/// </summary>
public sealed class MediaPipeInference(ChromiumHost chromium) : IPoseInference
{
    public const string PosePage = "pages/pose.html";
    public const string SegmentationPage = "pages/segmentation.html";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    // Generous: on a loaded machine SwiftShader shares two cores with everything else; a job must still end.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public async Task<InferredMask> SegmentAsync(RgbImage image, CancellationToken cancellationToken)
    {
        var answer = await CallAsync(SegmentationPage, "window.inference.segment", image, cancellationToken);
        return new InferredMask(MaskOf(answer, answer.Mask!), answer.InferenceMs);
    }

    public async Task<PoseEstimate> EstimatePoseAsync(RgbImage image, CancellationToken cancellationToken)
    {
        var answer = await CallAsync(PosePage, "window.inference.estimatePose", image, cancellationToken);
        var landmarks = answer.Landmarks?.Select(l => new PoseLandmark(l[0], l[1], l[2], l[3])).ToArray();
        return new PoseEstimate(landmarks, answer.Mask is null ? null : MaskOf(answer, answer.Mask), answer.InferenceMs);
    }

    /// <summary>Loads the page and runs both models once, so the first photo of a job does not pay their start-up.</summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        var blank = new RgbImage(256, 256);
        await Task.WhenAll(SegmentAsync(blank, cancellationToken), EstimatePoseAsync(blank, cancellationToken));
    }

    private async Task<Answer> CallAsync(string pagePath, string function, RgbImage image, CancellationToken cancellationToken)
    {
        var jpeg = Convert.ToBase64String(JpegCodec.Encode(image, quality: 95));
        try
        {
            return await CallOnceAsync(pagePath, function, jpeg, cancellationToken);
        }
        catch (PlaywrightException)
        {
            // The page or the browser died under the call (it is closed, not reused): once more on a fresh one.
            return await CallOnceAsync(pagePath, function, jpeg, cancellationToken);
        }
    }

    private async Task<Answer> CallOnceAsync(string pagePath, string function, string jpeg, CancellationToken cancellationToken)
    {
        await using var page = await chromium.RentPageAsync(pagePath, cancellationToken);
        var json = await page.CallAsync($"jpeg => {function}(jpeg)", jpeg, Timeout, cancellationToken);
        return JsonSerializer.Deserialize<Answer>(json, Json)!;
    }

    private static PersonMask MaskOf(Answer answer, string base64) => new(answer.Width, answer.Height, Convert.FromBase64String(base64));

    private sealed record Answer(int Width, int Height, double[][]? Landmarks, string? Mask, double InferenceMs);
}
