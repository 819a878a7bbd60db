using System.Numerics;

namespace FashionWallet.Geometry.Scenes;

/// <summary>What an exporter writes: root nodes, each with an optional mesh and children (an avatar, garments, joints).</summary>
public sealed record Scene(IReadOnlyList<SceneNode> Nodes);

/// <summary>A named node, placed by a translation relative to its parent.</summary>
public sealed record SceneNode(string Name)
{
    public SceneMesh? Mesh { get; init; }

    public Vector3 Translation { get; init; }

    public IReadOnlyList<SceneNode> Children { get; init; } = [];
}

/// <summary>A mesh drawn with one material. The same instance used by several nodes is written once.</summary>
public sealed record SceneMesh(string Name, TriangleMesh Geometry, PbrMaterial Material);

/// <summary>
/// glTF's metallic-roughness material: a base colour (linear RGBA) optionally multiplied by a PNG texture (which
/// needs texture coordinates on the mesh).
/// </summary>
public sealed record PbrMaterial(string Name, Vector4 BaseColor)
{
    public float Metallic { get; init; }

    public float Roughness { get; init; } = 0.8f;

    public byte[]? BaseColorTexturePng { get; init; }

    /// <summary>How often the texture repeats per unit of texture coordinate (written as KHR_texture_transform when not 1).</summary>
    public float TextureRepeats { get; init; } = 1;

    /// <summary>Both faces drawn: a garment's inside shows through its neckline, armholes and hem.</summary>
    public bool DoubleSided { get; init; }
}
