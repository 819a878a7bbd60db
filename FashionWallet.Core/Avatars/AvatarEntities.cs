using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FashionWallet.Avatars;

public static class AvatarStatus
{
    public const string Processing = "processing";
    public const string Ready = "ready";
    public const string Failed = "failed";
}

/// <summary>Where a run is: the stages in order, then ready or failed.</summary>
public static class AvatarStage
{
    public const string Queued = "queued";
    public const string Checking = "checking";
    public const string Segmenting = "segmenting";
    public const string DetectingPose = "detecting_pose";
    public const string Measuring = "measuring";
    public const string BuildingMesh = "building_mesh";
    public const string Ready = "ready";
    public const string Failed = "failed";

    /// <summary>What a person sees while they wait.</summary>
    public static string Describe(string stage) => stage switch
    {
        Queued => "Waiting for a free worker",
        Checking => "Checking your photos",
        Segmenting => "Finding you in the photos",
        DetectingPose => "Finding your joints",
        Measuring => "Measuring",
        BuildingMesh => "Building your 3D body",
        Ready => "Ready",
        Failed => "Failed",
        _ => stage,
    };
}

/// <summary>Where a version came from.</summary>
public static class AvatarVersionSources
{
    public const string Photos = "photos";
    public const string Manual = "manual";
    public const string Restored = "restored";
}

public sealed class Avatar
{
    /// <summary>How many avatars one person keeps at most.</summary>
    public const int MaxPerPerson = 10;

    public Guid Id { get; set; }
    public Guid OwnerId { get; set; }
    public string Name { get; set; } = "";
    public bool IsDefault { get; set; }
    public string Status { get; set; } = AvatarStatus.Processing;
    public int CurrentVersion { get; set; }
    public decimal HeightCm { get; set; }
    public decimal? WeightKg { get; set; }
    public int? Age { get; set; }
    public string Sex { get; set; } = "unspecified";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>One attempt to build an avatar from a pair of photos.</summary>
public sealed class AvatarRun
{
    public Guid Id { get; set; }
    public Guid AvatarId { get; set; }
    public Guid? JobId { get; set; }
    public string Stage { get; set; } = AvatarStage.Queued;
    public short Percent { get; set; }
    public string? FailureCode { get; set; }
    public string? FailureMessage { get; set; }
    public string Timings { get; set; } = "{}";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
}

public sealed class AvatarPhoto
{
    public Guid Id { get; set; }
    public Guid RunId { get; set; }
    public string View { get; set; } = "";
    public string OriginalKey { get; set; } = "";
    public string NormalizedKey { get; set; } = "";
    public string ContentType { get; set; } = "";
    public int SizeBytes { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public string RemovedMetadata { get; set; } = "{}";
    public DateTimeOffset UploadedAt { get; set; }
}

public sealed class AvatarVersion
{
    public Guid AvatarId { get; set; }
    public int Version { get; set; }
    public string Source { get; set; } = "";
    public string Measurements { get; set; } = "{}";
    public string BodyType { get; set; } = "";
    public string? SkinTone { get; set; }
    public Guid? RunId { get; set; }
    public int? RestoredFrom { get; set; }
    public string Warnings { get; set; } = "[]";
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class AvatarConfiguration : IEntityTypeConfiguration<Avatar>
{
    public void Configure(EntityTypeBuilder<Avatar> builder)
    {
        builder.ToTable("avatars");
        builder.HasOne<Accounts.User>().WithMany().HasForeignKey(a => a.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AvatarRunConfiguration : IEntityTypeConfiguration<AvatarRun>
{
    public void Configure(EntityTypeBuilder<AvatarRun> builder)
    {
        builder.ToTable("avatar_runs");
        builder.Property(r => r.Timings).HasColumnType("jsonb");
        builder.HasOne<Avatar>().WithMany().HasForeignKey(r => r.AvatarId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AvatarPhotoConfiguration : IEntityTypeConfiguration<AvatarPhoto>
{
    public void Configure(EntityTypeBuilder<AvatarPhoto> builder)
    {
        builder.ToTable("avatar_photos");
        builder.Property(p => p.RemovedMetadata).HasColumnType("jsonb");
        builder.HasOne<AvatarRun>().WithMany().HasForeignKey(p => p.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AvatarVersionConfiguration : IEntityTypeConfiguration<AvatarVersion>
{
    public void Configure(EntityTypeBuilder<AvatarVersion> builder)
    {
        builder.ToTable("avatar_versions");
        builder.HasKey(v => new { v.AvatarId, v.Version });
        builder.Property(v => v.Measurements).HasColumnType("jsonb");
        builder.Property(v => v.Warnings).HasColumnType("jsonb");
        builder.HasOne<Avatar>().WithMany().HasForeignKey(v => v.AvatarId).OnDelete(DeleteBehavior.Cascade);
    }
}
