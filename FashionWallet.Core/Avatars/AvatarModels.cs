using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Numerics;
using System.Text;
using FashionWallet.Avatars.Bodies;
using FashionWallet.Avatars.Export;
using FashionWallet.Avatars.Measurements;
using FashionWallet.Geometry.Gltf;
using FashionWallet.Geometry.Obj;
using FashionWallet.Geometry.Scenes;
using FashionWallet.Storage;

namespace FashionWallet.Avatars;

public enum ModelFormat
{
    Glb,
    /// <summary>A zip of the OBJ and its MTL.</summary>
    ObjZip,
}

/// <summary>
/// An avatar version's 3D model. The measurements are the truth; a model is made from them when first asked for,
/// kept in the blob store (a version never changes, so neither does its model) and shared by requests that ask at once.
/// </summary>
public sealed class AvatarModels(IBlobStore blobs)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<byte[]>>> _building = new();

    public async Task<byte[]> GetAsync(Avatar avatar, AvatarVersion version, BodyLevelOfDetail levelOfDetail, ModelFormat format, CancellationToken cancellationToken)
    {
        var key = AvatarBlobs.Model(avatar.OwnerId, avatar.Id, version.Version, levelOfDetail, format);
        await using (var cached = await blobs.OpenAsync(key, cancellationToken))
        {
            if (cached is not null)
            {
                using var copy = new MemoryStream((int)cached.Length);
                await cached.Content.CopyToAsync(copy, cancellationToken);
                return copy.ToArray();
            }
        }
        var building = _building.GetOrAdd(key, _ => new Lazy<Task<byte[]>>(() => BuildAndStoreAsync(key, avatar, version, levelOfDetail, format)));
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

    private async Task<byte[]> BuildAndStoreAsync(string key, Avatar avatar, AvatarVersion version, BodyLevelOfDetail levelOfDetail, ModelFormat format)
    {
        await Task.Yield();
        var bytes = Build(avatar, version, levelOfDetail, format);
        await blobs.PutAsync(key, bytes, CancellationToken.None);
        return bytes;
    }

    /// <summary>Keeps a model made ahead of time (the worker makes the default one before it says "ready").</summary>
    public Task PutAsync(Avatar avatar, AvatarVersion version, BodyLevelOfDetail levelOfDetail, ModelFormat format, byte[] model, CancellationToken cancellationToken) =>
        blobs.PutAsync(AvatarBlobs.Model(avatar.OwnerId, avatar.Id, version.Version, levelOfDetail, format), model, cancellationToken);

    public static byte[] Build(Avatar avatar, AvatarVersion version, BodyLevelOfDetail levelOfDetail, ModelFormat format)
    {
        var scene = Scene(avatar, version, levelOfDetail);
        return format == ModelFormat.Glb ? GlbWriter.Write(scene) : ObjZip(scene);
    }

    public static Scene Scene(Avatar avatar, AvatarVersion version, BodyLevelOfDetail levelOfDetail)
    {
        var body = ParametricBody.Generate(AvatarMeasurements.FromJson(version.Measurements).Body(SexOf(avatar.Sex)), levelOfDetail);
        var skin = version.SkinTone is { } hex ? AvatarScene.DefaultSkin with { BaseColor = LinearColour(hex) } : AvatarScene.DefaultSkin;
        return AvatarScene.Scene(body, skin);
    }

    public static Sex SexOf(string sex) => sex switch
    {
        "female" => Sex.Female,
        "male" => Sex.Male,
        _ => Sex.Unspecified,
    };

    /// <summary>glTF base colours are linear; a hex colour is sRGB.</summary>
    public static Vector4 LinearColour(string hex)
    {
        float Channel(int offset)
        {
            var srgb = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255f;
            return srgb <= 0.04045f ? srgb / 12.92f : MathF.Pow((srgb + 0.055f) / 1.055f, 2.4f);
        }
        return new Vector4(Channel(0), Channel(2), Channel(4), 1);
    }

    private static byte[] ObjZip(Scene scene)
    {
        var export = ObjWriter.Write(scene, "avatar.mtl");
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "avatar.obj", Encoding.UTF8.GetBytes(export.Obj));
            Add(zip, "avatar.mtl", Encoding.UTF8.GetBytes(export.Mtl));
            foreach (var (name, png) in export.Textures)
                Add(zip, name, png);
        }
        return output.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        entry.Write(content);
    }
}
