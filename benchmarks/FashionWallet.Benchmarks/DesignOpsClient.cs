using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace FashionWallet.Benchmarks;

/// <summary>
/// One studio editing its own design (10 layers to start with): add a layer, rename it, recolour a panel, remove the
/// layer, in turn, so the document stays the same size; each step on top of the version the last answer gave.
/// </summary>
internal sealed class DesignOpsClient(HttpClient http, string token, Guid design)
{
    private int _version = 1;
    private int _step;

    public static async Task<DesignOpsClient> CreateAsync(HttpClient http, string token)
    {
        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/designs") { Content = JsonContent.Create(new { name = "Benchmark design" }) };
        create.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var created = await http.SendAsync(create);
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("design").GetProperty("id").GetGuid();
        var client = new DesignOpsClient(http, token, id);
        await client.SendAsync(Enumerable.Range(0, 10).Select(i => (object)new { type = "addLayer", layer = new { id = $"base{i}", name = $"Layer {i}", kind = "fabric" } }).ToArray());
        return client;
    }

    public Task NextAsync() => SendAsync((_step++ % 4) switch
    {
        0 => new { type = "addLayer", layer = new { id = "moving", name = "Pocket", kind = "element" } },
        1 => new { type = "updateLayer", layerId = "moving", name = $"Pocket {_step}", visible = _step % 2 == 0 },
        2 => (object)new { type = "setGarment", property = "colour", panel = "front", value = $"#{_step * 2654435761 % 0xFFFFFF:x6}" },
        _ => new { type = "removeLayer", layerId = "moving" },
    });

    private async Task SendAsync(params object[] operations)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/designs/{design}/operations") { Content = JsonContent.Create(new { baseVersion = _version, operations }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"An operation answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        _version = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
    }
}
