namespace FashionWallet.Avatars;

/// <summary>Queued for every run: the workers turn its photos into measurements and a body.</summary>
public sealed record AvatarProcessingJob(Guid RunId)
{
    public const string Type = "avatars.process";
}

/// <summary>Blob keys of an avatar's files: everything of a person under one prefix, so deleting them is one call.</summary>
public static class AvatarBlobs
{
    public static string Person(Guid ownerId) => $"avatars/{ownerId:N}/";

    public static string Avatar(Guid ownerId, Guid avatarId) => $"avatars/{ownerId:N}/{avatarId:N}/";

    public static string Run(Guid ownerId, Guid avatarId, Guid runId) => $"{Avatar(ownerId, avatarId)}runs/{runId:N}/";

    public static string Original(Guid ownerId, Guid avatarId, Guid runId, string view, string extension) => $"{Run(ownerId, avatarId, runId)}{view}-original.{extension}";

    public static string Model(Guid ownerId, Guid avatarId, int version, Bodies.BodyLevelOfDetail levelOfDetail, ModelFormat format) =>
        $"{Avatar(ownerId, avatarId)}models/v{version}-{levelOfDetail.ToString().ToLowerInvariant()}.{(format == ModelFormat.Glb ? "glb" : "zip")}";

    public static string Normalized(Guid ownerId, Guid avatarId, Guid runId, string view) => $"{Run(ownerId, avatarId, runId)}{view}.jpg";
}
