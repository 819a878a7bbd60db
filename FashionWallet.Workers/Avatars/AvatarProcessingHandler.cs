using System.Diagnostics;
using System.Text.Json;
using FashionWallet.Avatars;
using FashionWallet.Avatars.Bodies;
using FashionWallet.Avatars.Measurements;
using FashionWallet.Avatars.Photos;
using FashionWallet.Database;
using FashionWallet.Imaging;
using FashionWallet.Jobs;
using FashionWallet.Storage;
using FashionWallet.Workers.Jobs;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Workers.Avatars;

/// <summary>
/// Turns a run's photos into a new avatar version: reads the body from the photos, builds the default model, then
/// records the version and marks the run ready, in one transaction. Safe to run twice: a finished run is left alone.
/// </summary>
internal sealed class AvatarProcessingHandler(FashionWalletDbContext db, IBlobStore blobs, IAvatarPhotoAnalyzer analyzer, AvatarModels models) : IJobHandler
{
    public const string InternalFailure = "internal";

    public async Task HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        var runId = context.GetPayload<AvatarProcessingJob>().RunId;
        var run = await db.AvatarRuns.FirstOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null)
        {
            context.Result = new { skipped = "The avatar was deleted." };
            return;
        }
        if (run.FinishedAt is not null)
            return;
        var avatar = await db.Avatars.FirstAsync(a => a.Id == run.AvatarId, cancellationToken);
        var progress = new RunProgress(db, context, run);
        try
        {
            var version = await ProcessAsync(avatar, run, progress, cancellationToken);
            context.Result = new { avatarId = avatar.Id, version = version.Version, timings = progress.Timings };
        }
        catch (PhotoRejectedException rejected)
        {
            // Photos that could not become an avatar are not kept: the run's record says why, and that is all. Their rows
            // go in the transaction that marks the run failed, so a failed run's photos are never there to be fetched.
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
                await db.AvatarPhotos.Where(p => p.RunId == run.Id).ExecuteDeleteAsync(CancellationToken.None);
                await progress.FailAsync(avatar, rejected.Code, rejected.Message, CancellationToken.None);
                await transaction.CommitAsync(CancellationToken.None);
            });
            await blobs.DeletePrefixAsync(AvatarBlobs.Run(avatar.OwnerId, avatar.Id, run.Id), CancellationToken.None);
            throw new JobPermanentFailureException(rejected.Message, rejected);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && context.Attempt >= context.Job.MaxAttempts)
        {
            await progress.FailAsync(avatar, InternalFailure, "Something went wrong on our side while reading your photos. Try again in a few minutes.", CancellationToken.None);
            throw;
        }
    }

    private async Task<AvatarVersion> ProcessAsync(Avatar avatar, AvatarRun run, RunProgress progress, CancellationToken cancellationToken)
    {
        await progress.ReportAsync(AvatarStage.Checking, 2, cancellationToken);
        var photos = await progress.TimeAsync("loadPhotos", () => LoadPhotosAsync(run, cancellationToken));
        var priors = new AvatarPriors((double)avatar.HeightCm, (double?)avatar.WeightKg, avatar.Age, AvatarModels.SexOf(avatar.Sex));
        var measured = await analyzer.AnalyseAsync(photos, priors,
            (stage, percent) => new ValueTask(progress.ReportAsync(StageOf(stage), 5 + Math.Clamp(percent, 0, 100) * 80 / 100, cancellationToken)),
            cancellationToken);
        foreach (var (step, milliseconds) in measured.TimingsMs)
            progress.Timings[step] = milliseconds;

        await progress.ReportAsync(AvatarStage.BuildingMesh, 88, cancellationToken);
        var draft = new AvatarVersion
        {
            Source = AvatarVersionSources.Photos,
            Measurements = AvatarMeasurements.FromAnalysis(measured.Measurements, measured.Confidence).ToJson(),
            BodyType = measured.BodyType.Code(),
            SkinTone = measured.SkinTone,
            RunId = run.Id,
            Warnings = JsonSerializer.Serialize(measured.Warnings, JsonSerializerOptions.Web),
            CreatedBy = avatar.OwnerId,
        };
        var model = await progress.TimeAsync("buildMesh", () => Task.FromResult(AvatarModels.Build(avatar, draft, BodyLevelOfDetail.Medium, ModelFormat.Glb)));

        var version = await progress.CompleteAsync(avatar, draft, cancellationToken);
        await models.PutAsync(avatar, version, BodyLevelOfDetail.Medium, ModelFormat.Glb, model, cancellationToken);
        return version;
    }

    private async Task<AvatarPhotoPair> LoadPhotosAsync(AvatarRun run, CancellationToken cancellationToken)
    {
        var photos = await db.AvatarPhotos.Where(p => p.RunId == run.Id).ToDictionaryAsync(p => p.View, cancellationToken);
        return new AvatarPhotoPair(await DecodeAsync(photos["front"], cancellationToken), await DecodeAsync(photos["side"], cancellationToken));
    }

    private async Task<RgbImage> DecodeAsync(AvatarPhoto photo, CancellationToken cancellationToken)
    {
        await using var blob = await blobs.OpenAsync(photo.NormalizedKey, cancellationToken)
            ?? throw new JobPermanentFailureException($"The {photo.View} photo is missing from storage. Upload your photos again.");
        using var buffer = new MemoryStream((int)blob.Length);
        await blob.Content.CopyToAsync(buffer, cancellationToken);
        return JpegCodec.Decode(buffer.ToArray());
    }

    private static string StageOf(AnalysisStage stage) => stage switch
    {
        AnalysisStage.Checking => AvatarStage.Checking,
        AnalysisStage.Segmenting => AvatarStage.Segmenting,
        AnalysisStage.DetectingPose => AvatarStage.DetectingPose,
        AnalysisStage.Measuring => AvatarStage.Measuring,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    /// <summary>The run's stage and percent, written to the run (for the avatar pages) and to the job (for the jobs API).</summary>
    private sealed class RunProgress(FashionWalletDbContext db, JobContext context, AvatarRun run)
    {
        private readonly long _started = Stopwatch.GetTimestamp();

        public Dictionary<string, double> Timings { get; } = [];

        public async Task<T> TimeAsync<T>(string step, Func<Task<T>> work)
        {
            var started = Stopwatch.GetTimestamp();
            var result = await work();
            Timings[step] = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1);
            return result;
        }

        public async Task ReportAsync(string stage, int percent, CancellationToken cancellationToken)
        {
            if (stage == run.Stage && percent - run.Percent < 5)
                return;
            run.Stage = stage;
            run.Percent = (short)percent;
            await db.AvatarRuns.Where(r => r.Id == run.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Stage, stage).SetProperty(r => r.Percent, (short)percent), cancellationToken);
            await context.ReportProgressAsync(percent, AvatarStage.Describe(stage), cancellationToken);
        }

        public async Task<AvatarVersion> CompleteAsync(Avatar avatar, AvatarVersion draft, CancellationToken cancellationToken)
        {
            Timings["total"] = Math.Round(Stopwatch.GetElapsedTime(_started).TotalMilliseconds, 1);
            AvatarVersion? version = null;
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                // An edit may have added a version while the photos were read: this one goes on top of it.
                var current = await db.Avatars.Where(a => a.Id == avatar.Id).Select(a => a.CurrentVersion).FirstAsync(ct);
                version = await AvatarVersioning.AddAsync(db, avatar.Id, current, draft, ct)
                    ?? throw new DbUpdateConcurrencyException("The avatar changed while its version was recorded.");
                await FinishAsync(AvatarStage.Ready, 100, null, null, ct);
                await transaction.CommitAsync(ct);
            }, cancellationToken);
            return version!;
        }

        public async Task FailAsync(Avatar avatar, string code, string message, CancellationToken cancellationToken)
        {
            await FinishAsync(AvatarStage.Failed, run.Percent, code, message, cancellationToken);
            // An avatar that already has a body keeps it; a new one has nothing to show.
            await db.Avatars.Where(a => a.Id == avatar.Id && a.CurrentVersion == 0)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, AvatarStatus.Failed).SetProperty(a => a.UpdatedAt, DateTimeOffset.UtcNow), cancellationToken);
        }

        private Task FinishAsync(string stage, int percent, string? code, string? message, CancellationToken cancellationToken)
        {
            var timings = JsonSerializer.Serialize(Timings, JsonSerializerOptions.Web);
            var finished = DateTimeOffset.UtcNow;
            return db.AvatarRuns.Where(r => r.Id == run.Id)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.Stage, stage)
                    .SetProperty(r => r.Percent, (short)percent)
                    .SetProperty(r => r.FailureCode, code)
                    .SetProperty(r => r.FailureMessage, message)
                    .SetProperty(r => r.Timings, timings)
                    .SetProperty(r => r.FinishedAt, finished), cancellationToken);
        }
    }
}
