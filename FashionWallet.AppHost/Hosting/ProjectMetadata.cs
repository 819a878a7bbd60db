namespace FashionWallet.AppHost.Hosting;

/// <summary>A service project: its .csproj and the assembly its build produces.</summary>
public sealed record ProjectMetadata(string ProjectPath, string TargetPath)
{
    public string ProjectDirectory => Path.GetDirectoryName(ProjectPath)!;
}
