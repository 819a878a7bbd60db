using System.Text.Json;

namespace FashionWallet.Designs;

/// <summary>A new design: blank, or a copy of a template's document when <see cref="TemplateId"/> is given.</summary>
public sealed record CreateDesignRequest(string? Name, string? Description = null, string? Category = null, string[]? Tags = null,
    Guid? FolderId = null, Guid? AvatarId = null, Guid? TemplateId = null);

/// <summary>Only the fields given change; a folder or avatar id of all zeros takes the design out of its folder or off its avatar.</summary>
public sealed record UpdateDesignRequest(string? Name = null, string? Description = null, string? Category = null, string? Status = null,
    string[]? Tags = null, Guid? FolderId = null, Guid? AvatarId = null);

/// <summary>Operations (each an object with a <c>type</c>) applied as one undoable step on top of <see cref="BaseVersion"/>.</summary>
public sealed record ApplyOperationsRequest(int BaseVersion, JsonElement[]? Operations);

/// <summary>An undo, redo or restore on top of the version the client has.</summary>
public sealed record DesignStepRequest(int BaseVersion);

public sealed record DesignStepResponse(int Version, DesignDocument Document, bool CanUndo, bool CanRedo);

public sealed record DesignSummary(Guid Id, string Name, string Description, string Category, string Status, string[] Tags, Guid? FolderId,
    Guid? AvatarId, bool IsTemplate, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? DeletedAt)
{
    public static DesignSummary From(Design design) => new(
        design.Id, design.Name, design.Description, design.Category, design.Status, design.Tags, design.FolderId, design.AvatarId, design.IsTemplate,
        design.Version, design.CreatedAt, design.UpdatedAt, design.DeletedAt);
}

public sealed record DesignResponse(DesignSummary Design, DesignDocument Document, bool CanUndo, bool CanRedo);

public sealed record DesignPage(IReadOnlyList<DesignSummary> Items, int Page, int PageSize, int Total);

public sealed record DesignHistoryItem(int Seq, string Kind, DesignOperation[] Operations, int VersionAfter, Guid? AuthorId, DateTimeOffset CreatedAt, bool Undone);

/// <summary>History, newest first; steps above <see cref="Head"/> were undone and can be redone.</summary>
public sealed record DesignHistoryPage(IReadOnlyList<DesignHistoryItem> Items, int Head, int Page, int PageSize, int Total);

public sealed record CreateDesignVersionRequest(string? Name);

public sealed record DesignVersionSummary(int Number, string Name, int DesignVersion, Guid? AuthorId, DateTimeOffset CreatedAt)
{
    public static DesignVersionSummary From(DesignVersion version) => new(version.Number, version.Name, version.DesignVersionNumber, version.AuthorId, version.CreatedAt);
}

public sealed record DesignVersionResponse(DesignVersionSummary Version, DesignDocument Document);

/// <summary>Saves a copy of a design as a template; admins may publish it to everyone.</summary>
public sealed record SaveAsTemplateRequest(string? Name = null, bool Publish = false);

public sealed record DesignFolderResponse(Guid Id, string Name, Guid? ParentId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static DesignFolderResponse From(DesignFolder folder) => new(folder.Id, folder.Name, folder.ParentId, folder.CreatedAt, folder.UpdatedAt);
}

public sealed record CreateDesignFolderRequest(string? Name, Guid? ParentId = null);

/// <summary>Renames or moves a folder; a parent id of all zeros moves it to the top level.</summary>
public sealed record UpdateDesignFolderRequest(string? Name = null, Guid? ParentId = null);
