namespace FashionWallet.Designs;

/// <summary>Where a design's files live in the blob store: all of one design under one prefix, all of a person's under another, so each goes in one delete.</summary>
public static class DesignBlobs
{
    public static string Person(Guid ownerId) => $"designs/{ownerId:N}/";

    public static string Files(Guid ownerId, Guid designId) => $"{Person(ownerId)}{designId:N}/";

    public static string Previews(Guid ownerId, Guid designId) => $"{Files(ownerId, designId)}previews/";
}
