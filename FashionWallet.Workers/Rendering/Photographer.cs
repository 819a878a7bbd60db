using System.Text.Json;
using FashionWallet.Workers.Chromium;

namespace FashionWallet.Workers.Rendering;

/// <summary>Renders glTF scenes as photographs with three.js in the worker's warm Chromium.</summary>
public sealed class Photographer(ChromiumHost chromium)
{
    public const string PagePath = "pages/photographer.html";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<Photograph>> ShootAsync(PhotoShoot shoot, CancellationToken cancellationToken)
    {
        await using var page = await chromium.RentPageAsync(PagePath, cancellationToken);
        var request = JsonSerializer.Serialize(shoot with { Glb = [] }, Json);
        var answer = await page.CallAsync(
            "([request, glb]) => window.photographer.shoot({ ...JSON.parse(request), glb })",
            new object[] { request, Convert.ToBase64String(shoot.Glb) },
            TimeSpan.FromSeconds(60), cancellationToken);
        var result = JsonSerializer.Deserialize<ShootResult>(answer, Json)!;
        return result.Views.Select(v => new Photograph(
            v.Name,
            Convert.FromBase64String(v.Jpeg),
            v.Mask is null ? null : Convert.FromBase64String(v.Mask),
            v.Joints.ToDictionary(j => j.Key, j => (j.Value[0], j.Value[1])))).ToArray();
    }

    private sealed record ShootResult(ViewResult[] Views, double Milliseconds);

    private sealed record ViewResult(string Name, string Jpeg, string? Mask, Dictionary<string, double[]> Joints);
}
