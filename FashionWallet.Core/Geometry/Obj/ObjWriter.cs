using System.Globalization;
using System.Numerics;
using System.Text;
using FashionWallet.Geometry.Scenes;

namespace FashionWallet.Geometry.Obj;

/// <summary>A scene as Wavefront OBJ and MTL text, plus the texture files the MTL names.</summary>
public sealed record ObjExport(string Obj, string Mtl, IReadOnlyDictionary<string, byte[]> Textures);

/// <summary>
/// Writes every mesh-bearing node as an OBJ object in world space (translations accumulated down the tree; OBJ has
/// no hierarchy), with positions, texture coordinates (V flipped: OBJ's origin is bottom left, glTF's top left) and
/// normals; materials go to the MTL with their PBR extension values (Pr, Pm).
/// </summary>
public static class ObjWriter
{
    public static ObjExport Write(Scene scene, string materialLibrary = "scene.mtl")
    {
        var obj = new StringBuilder();
        obj.Append("# ").AppendLine(Gltf.GlbWriter.Generator);
        obj.Append("mtllib ").AppendLine(materialLibrary);
        var materials = new Dictionary<PbrMaterial, string>(ReferenceEqualityComparer.Instance);
        var written = (Positions: 0, TexCoords: 0);
        foreach (var root in scene.Nodes)
            WriteNode(obj, root, Vector3.Zero, materials, ref written);

        var mtl = new StringBuilder();
        mtl.Append("# ").AppendLine(Gltf.GlbWriter.Generator);
        var textures = new Dictionary<string, byte[]>();
        foreach (var (material, name) in materials)
        {
            var colour = material.BaseColor;
            mtl.Append("newmtl ").AppendLine(name);
            mtl.AppendLine(Invariant($"Kd {colour.X} {colour.Y} {colour.Z}"));
            mtl.AppendLine(Invariant($"d {colour.W}"));
            mtl.AppendLine(Invariant($"Pr {material.Roughness}"));
            mtl.AppendLine(Invariant($"Pm {material.Metallic}"));
            if (material.BaseColorTexturePng is { } png)
            {
                var file = $"{name}.png";
                textures[file] = png;
                mtl.Append("map_Kd ").AppendLine(file);
            }
        }
        return new ObjExport(obj.ToString(), mtl.ToString(), textures);
    }

    private static void WriteNode(StringBuilder obj, SceneNode node, Vector3 parentOffset, Dictionary<PbrMaterial, string> materials, ref (int Positions, int TexCoords) written)
    {
        var offset = parentOffset + node.Translation;
        if (node.Mesh is { } mesh)
        {
            if (!materials.TryGetValue(mesh.Material, out var material))
                materials[mesh.Material] = material = $"{Token(mesh.Material.Name)}_{materials.Count}";
            var geometry = mesh.Geometry;
            obj.Append("o ").AppendLine(Token(node.Name));
            foreach (var p in geometry.Positions)
                obj.AppendLine(Invariant($"v {p.X + offset.X} {p.Y + offset.Y} {p.Z + offset.Z}"));
            foreach (var t in geometry.TexCoords)
                obj.AppendLine(Invariant($"vt {t.X} {1 - t.Y}"));
            foreach (var n in geometry.Normals)
                obj.AppendLine(Invariant($"vn {n.X} {n.Y} {n.Z}"));
            obj.Append("usemtl ").AppendLine(material);
            var indices = geometry.Indices;
            for (var t = 0; t < indices.Length; t += 3)
            {
                obj.Append('f');
                for (var k = 0; k < 3; k++)
                {
                    var vertex = indices[t + k] + 1;
                    var position = written.Positions + vertex;
                    obj.Append(' ').Append(position).Append('/');
                    if (geometry.HasTexCoords)
                        obj.Append(written.TexCoords + vertex);
                    obj.Append('/').Append(position);
                }
                obj.AppendLine();
            }
            written.Positions += geometry.VertexCount;
            if (geometry.HasTexCoords)
                written.TexCoords += geometry.VertexCount;
        }
        foreach (var child in node.Children)
            WriteNode(obj, child, offset, materials, ref written);
    }

    /// <summary>OBJ and MTL names end at whitespace.</summary>
    private static string Token(string name) => string.Concat(name.Select(c => char.IsWhiteSpace(c) ? '_' : c));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
