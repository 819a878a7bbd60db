using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FashionWallet.Designs;

public static class DesignCategories
{
    public static readonly IReadOnlyList<string> All = ["outfit", "top", "bottom", "dress", "outerwear", "collection"];
}

public static class DesignStatuses
{
    public const string Draft = "draft";
    public const string Published = "published";
    public const string Archived = "archived";

    public static readonly IReadOnlyList<string> All = [Draft, Published, Archived];
}

public static class DesignHistoryKinds
{
    public const string Edit = "edit";
    public const string Restore = "restore";
}

public sealed class Design
{
    /// <summary>How long a deleted design can be brought back from the trash.</summary>
    public static readonly TimeSpan TrashRetention = TimeSpan.FromDays(30);

    public Guid Id { get; set; }
    public Guid OwnerId { get; set; }
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public Guid? AvatarId { get; set; }
    public string Category { get; set; } = "outfit";
    public string Status { get; set; } = DesignStatuses.Draft;
    public string[] Tags { get; set; } = [];
    public Guid? FolderId { get; set; }
    public bool IsTemplate { get; set; }
    public Guid? TemplateId { get; set; }
    public string Document { get; set; } = "{}";
    public int Version { get; set; } = 1;

    /// <summary>How many history steps are applied; steps numbered above it were undone and can be redone.</summary>
    public int HistoryHead { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public sealed class DesignFolder
{
    /// <summary>How deep folders nest, so a path always fits on one line.</summary>
    public const int MaxDepth = 8;

    public Guid Id { get; set; }
    public Guid OwnerId { get; set; }
    public Guid? ParentId { get; set; }
    public string Name { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>One applied step: the operations as sent, and their inverses in the order that undoes them.</summary>
public sealed class DesignHistoryEntry
{
    public Guid DesignId { get; set; }
    public int Seq { get; set; }
    public string Kind { get; set; } = DesignHistoryKinds.Edit;
    public string Operations { get; set; } = "[]";
    public string Inverse { get; set; } = "[]";
    public int VersionAfter { get; set; }
    public Guid? AuthorId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A named snapshot of the document (a checkpoint) that can be opened or restored.</summary>
public sealed class DesignVersion
{
    /// <summary>How many named versions a design keeps; older ones are dropped.</summary>
    public const int MaxKept = 50;

    public Guid DesignId { get; set; }
    public int Number { get; set; }
    public string Name { get; set; } = "";
    public string Document { get; set; } = "{}";
    public int DesignVersionNumber { get; set; }
    public Guid? AuthorId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class DesignConfiguration : IEntityTypeConfiguration<Design>
{
    public void Configure(EntityTypeBuilder<Design> builder)
    {
        builder.ToTable("designs");
        builder.Property(d => d.Document).HasColumnType("jsonb");
        builder.HasOne<Accounts.User>().WithMany().HasForeignKey(d => d.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DesignFolderConfiguration : IEntityTypeConfiguration<DesignFolder>
{
    public void Configure(EntityTypeBuilder<DesignFolder> builder)
    {
        builder.ToTable("design_folders");
        builder.HasOne<Accounts.User>().WithMany().HasForeignKey(f => f.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DesignHistoryConfiguration : IEntityTypeConfiguration<DesignHistoryEntry>
{
    public void Configure(EntityTypeBuilder<DesignHistoryEntry> builder)
    {
        builder.ToTable("design_history");
        builder.HasKey(h => new { h.DesignId, h.Seq });
        builder.Property(h => h.Operations).HasColumnType("jsonb");
        builder.Property(h => h.Inverse).HasColumnType("jsonb");
        builder.HasOne<Design>().WithMany().HasForeignKey(h => h.DesignId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DesignVersionConfiguration : IEntityTypeConfiguration<DesignVersion>
{
    public void Configure(EntityTypeBuilder<DesignVersion> builder)
    {
        builder.ToTable("design_versions");
        builder.HasKey(v => new { v.DesignId, v.Number });
        builder.Property(v => v.Document).HasColumnType("jsonb");
        builder.Property(v => v.DesignVersionNumber).HasColumnName("design_version");
        builder.HasOne<Design>().WithMany().HasForeignKey(v => v.DesignId).OnDelete(DeleteBehavior.Cascade);
    }
}
