using System.Numerics;
using FashionWallet.Avatars.Bodies;
using FashionWallet.Geometry.Scenes;

namespace FashionWallet.Avatars.Export;

/// <summary>
/// An avatar as a scene node: its body mesh, and its skeleton as named empty child nodes (root "Hip", each joint
/// placed relative to its parent) that garments and viewers can find by name.
/// </summary>
public static class AvatarScene
{
    public static readonly PbrMaterial DefaultSkin = new("skin", new Vector4(0.80f, 0.60f, 0.49f, 1)) { Roughness = 0.65f };

    public static SceneNode Node(BodyModel body, PbrMaterial? skin = null, string name = "avatar") => new(name)
    {
        Mesh = new SceneMesh($"{name}-body", body.Mesh, skin ?? DefaultSkin),
        Children = [JointNode(body.Skeleton, Skeleton.Root, Vector3.Zero)],
    };

    public static Scene Scene(BodyModel body, PbrMaterial? skin = null) => new([Node(body, skin)]);

    private static SceneNode JointNode(Skeleton skeleton, BodyJoint joint, Vector3 parentPosition) => new(joint.ToString())
    {
        Translation = skeleton[joint] - parentPosition,
        Children = Skeleton.ChildrenOf(joint).Select(child => JointNode(skeleton, child, skeleton[joint])).ToArray(),
    };
}
