using System.Diagnostics;
using System.Text.Json;

namespace FashionWallet.Tests.Infrastructure;

/// <summary>Runs the Khronos glTF validator (Tools/gltf, installed by the build) on files the tests write.</summary>
public static class GltfValidator
{
    private static readonly string ToolDirectory = Path.Combine(Projects.Repository.Root, "FashionWallet.Tests", "Tools", "gltf");

    /// <summary>Fails with every message of the validator's report unless it found no error.</summary>
    public static async Task AssertValidAsync(byte[] glb, string name)
    {
        var directory = Path.Combine(Projects.Repository.Root, "TestResults", "gltf");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{name}.glb");
        await File.WriteAllBytesAsync(path, glb, TestContext.Current.CancellationToken);

        using var report = JsonDocument.Parse(await RunAsync(path));
        var issues = report.RootElement.GetProperty("issues");
        var messages = issues.GetProperty("messages").EnumerateArray()
            .Select(m => $"  {Severity(m.GetProperty("severity").GetInt32())} {m.GetProperty("code").GetString()} at {m.GetProperty("pointer").GetString()}: {m.GetProperty("message").GetString()}");
        Assert.True(issues.GetProperty("numErrors").GetInt32() == 0, $"The glTF validator found errors in {path}:\n{string.Join('\n', messages)}");
    }

    private static async Task<string> RunAsync(string path)
    {
        var info = new ProcessStartInfo("node") { WorkingDirectory = ToolDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("validate.mjs");
        info.ArgumentList.Add(path);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"node validate.mjs exited with {process.ExitCode}: {await error}");
        return await output;
    }

    private static string Severity(int severity) => severity switch
    {
        0 => "error",
        1 => "warning",
        2 => "info",
        _ => "hint",
    };
}
