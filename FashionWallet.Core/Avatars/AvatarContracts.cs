using System.Text.Json;
using FashionWallet.Avatars.Measurements;
using FashionWallet.Jobs;

namespace FashionWallet.Avatars;

/// <summary>Where the latest run is, with a reason a person understands when it failed.</summary>
public sealed record AvatarProgress(
    Guid RunId, Guid? JobId, string Stage, string Description, int Percent, string? FailureCode, string? FailureMessage,
    DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, IReadOnlyDictionary<string, double> TimingsMs)
{
    public const string Cancelled = "cancelled";

    public static AvatarProgress From(AvatarRun run, JobRecord? job)
    {
        // A run whose job was cancelled, or gave up, never reached its handler's own ending: say so.
        if (run.FinishedAt is null && job is { Status: JobStatus.Cancelled or JobStatus.Failed })
            return new(run.Id, run.JobId, AvatarStage.Failed, AvatarStage.Describe(AvatarStage.Failed), run.Percent,
                job.Status == JobStatus.Cancelled ? Cancelled : "internal",
                job.Status == JobStatus.Cancelled ? "You cancelled this run." : "Something went wrong on our side while reading your photos. Try again in a few minutes.",
                run.CreatedAt, job.FinishedAt, Timings(run));
        return new(run.Id, run.JobId, run.Stage, AvatarStage.Describe(run.Stage), run.Percent, run.FailureCode, run.FailureMessage, run.CreatedAt, run.FinishedAt, Timings(run));
    }

    private static Dictionary<string, double> Timings(AvatarRun run) =>
        JsonSerializer.Deserialize<Dictionary<string, double>>(run.Timings, JsonSerializerOptions.Web) ?? [];
}

/// <summary>One measurement: centimetres always (the web converts for people who prefer inches), how sure we are, and where it came from.</summary>
public sealed record MeasurementValue(string Name, string Label, double Cm, double Confidence, string Source);

public sealed record AvatarVersionResponse(
    int Version, string Source, string BodyType, string? SkinTone, IReadOnlyList<MeasurementValue> Measurements, IReadOnlyList<string> Warnings,
    int? RestoredFrom, DateTimeOffset CreatedAt)
{
    public static AvatarVersionResponse From(AvatarVersion version) => new(
        version.Version, version.Source, version.BodyType, version.SkinTone,
        AvatarMeasurements.FromJson(version.Measurements).All
            .Select(r => new MeasurementValue(r.Measurement.Code(), r.Measurement.Label(), r.Reading.Value, r.Reading.Confidence, r.Reading.Source))
            .ToArray(),
        JsonSerializer.Deserialize<string[]>(version.Warnings, JsonSerializerOptions.Web) ?? [],
        version.RestoredFrom, version.CreatedAt);
}

public sealed record AvatarResponse(
    Guid Id, string Name, bool IsDefault, string Status, int CurrentVersion, decimal HeightCm, decimal? WeightKg, int? Age, string Sex,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, AvatarProgress? Progress, AvatarVersionResponse? Current)
{
    public static AvatarResponse From(Avatar avatar, AvatarRun? run, JobRecord? job = null, AvatarVersion? current = null) => new(
        avatar.Id, avatar.Name, avatar.IsDefault, avatar.Status, avatar.CurrentVersion, avatar.HeightCm, avatar.WeightKg, avatar.Age, avatar.Sex,
        avatar.CreatedAt, avatar.UpdatedAt, run is null ? null : AvatarProgress.From(run, job), current is null ? null : AvatarVersionResponse.From(current));
}

/// <summary>What an upload answered: the avatar (processing) and where to follow its progress.</summary>
public sealed record AvatarAccepted(AvatarResponse Avatar, Guid JobId, string StatusUrl, IReadOnlyList<PhotoNotice> Photos);

/// <summary>What was removed from a photo before it was stored, so the person knows their location did not leave their phone.</summary>
public sealed record PhotoNotice(string View, int Width, int Height, bool LocationRemoved, bool CameraDetailsRemoved, bool DateRemoved);

public sealed record UpdateAvatarRequest(string? Name, bool? IsDefault);

/// <summary>New values for some measurements, on top of the version the person was looking at.</summary>
public sealed record EditMeasurementsRequest(int BaseVersion, Dictionary<string, double>? Measurements, string? Units);

public sealed record RestoreVersionRequest(int BaseVersion);

public sealed record MeasurementDifference(string Name, string Label, double FromCm, double ToCm, double DifferenceCm);

public sealed record AvatarComparison(int From, int To, string FromBodyType, string ToBodyType, IReadOnlyList<MeasurementDifference> Measurements);
