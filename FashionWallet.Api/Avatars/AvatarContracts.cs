using System.Text.Json;
using FashionWallet.Avatars;

namespace FashionWallet.Api.Avatars;

/// <summary>Where the latest processing run is, with a reason a person understands when it failed.</summary>
public sealed record AvatarProgress(Guid RunId, Guid? JobId, string Stage, int Percent, string? FailureCode, string? FailureMessage, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt);

public sealed record AvatarResponse(
    Guid Id, string Name, bool IsDefault, string Status, int CurrentVersion, decimal HeightCm, decimal? WeightKg, int? Age, string Sex,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, AvatarProgress? Progress)
{
    public static AvatarResponse From(Avatar avatar, AvatarRun? run) => new(
        avatar.Id, avatar.Name, avatar.IsDefault, avatar.Status, avatar.CurrentVersion, avatar.HeightCm, avatar.WeightKg, avatar.Age, avatar.Sex,
        avatar.CreatedAt, avatar.UpdatedAt,
        run is null ? null : new AvatarProgress(run.Id, run.JobId, run.Stage, run.Percent, run.FailureCode, run.FailureMessage, run.CreatedAt, run.FinishedAt));
}

/// <summary>What an upload answered: the avatar (processing) and where to follow its progress.</summary>
public sealed record AvatarAccepted(AvatarResponse Avatar, Guid JobId, string StatusUrl, IReadOnlyList<PhotoNotice> Photos);

/// <summary>What was removed from a photo before it was stored, so the person knows their location did not leave their phone.</summary>
public sealed record PhotoNotice(string View, int Width, int Height, bool LocationRemoved, bool CameraDetailsRemoved, bool DateRemoved);

public sealed record UpdateAvatarRequest(string? Name, bool? IsDefault);

internal static class AvatarJson
{
    public static string Serialize(object value) => JsonSerializer.Serialize(value, JsonSerializerOptions.Web);
}
