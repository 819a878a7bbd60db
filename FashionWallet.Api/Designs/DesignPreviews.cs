using System.Collections.Concurrent;
using FashionWallet.Avatars.Export;
using FashionWallet.Designs;
using FashionWallet.Designs.Garments;
using FashionWallet.Geometry.Gltf;
using FashionWallet.Geometry.Scenes;
using FashionWallet.Storage;

namespace FashionWallet.Api.Designs;

/// <summary>
/// A design's 3D preview: the wearer in the garment, as GLB. A document version never changes, so a preview is made
/// once per (design, version, wearer, catalog items' versions), kept in the blob store, and shared by requests that ask
/// for it at once.
/// </summary>
internal sealed class DesignPreviews(IBlobStore blobs)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<byte[]>>> _building = new();

    private static string Previews(Design design) => DesignBlobs.Previews(design.OwnerId, design.Id);

    /// <summary>Names the preview for caches: its blob and its ETag.</summary>
    public static string Name(Design design, DesignWearer wearer, DesignLook look) => $"v{design.Version}-{wearer.Key}-{look.CatalogKey}";

    public async Task<byte[]> GetAsync(Design design, DesignWearer wearer, DesignLook look, CancellationToken cancellationToken)
    {
        var key = $"{Previews(design)}{Name(design, wearer, look)}.glb";
        await using (var cached = await blobs.OpenAsync(key, cancellationToken))
        {
            if (cached is not null)
            {
                using var copy = new MemoryStream((int)cached.Length);
                await cached.Content.CopyToAsync(copy, cancellationToken);
                return copy.ToArray();
            }
        }
        var building = _building.GetOrAdd(key, _ => new Lazy<Task<byte[]>>(() => BuildAndStoreAsync(key, Previews(design), wearer, look)));
        try
        {
            return await building.Value.WaitAsync(cancellationToken);
        }
        finally
        {
            if (building.Value.IsCompleted)
                _building.TryRemove(KeyValuePair.Create(key, building));
        }
    }

    private async Task<byte[]> BuildAndStoreAsync(string key, string previews, DesignWearer wearer, DesignLook look)
    {
        await Task.Yield();
        var bytes = Build(wearer, look);
        // Every edit, undo included, makes a new version, so older previews are never asked for again: keep one per design.
        await blobs.DeletePrefixAsync(previews, CancellationToken.None);
        await blobs.PutAsync(key, bytes, CancellationToken.None);
        return bytes;
    }

    public static byte[] Build(DesignWearer wearer, DesignLook look)
    {
        var body = wearer.Body();
        var nodes = new List<SceneNode> { AvatarScene.Node(body, wearer.Skin) };
        if (look.Spec is { } spec)
            nodes.Add(GarmentScene.Node(GarmentGenerator.Generate(spec, body), look.PanelColours, look.PanelWeaves));
        return GlbWriter.Write(new Scene(nodes));
    }
}
