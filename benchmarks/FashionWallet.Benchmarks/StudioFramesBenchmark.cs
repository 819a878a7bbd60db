using System.Globalization;
using FashionWallet.Avatars.Bodies;
using FashionWallet.Avatars.Measurements;
using FashionWallet.Catalog;
using FashionWallet.Designs.Garments;
using FashionWallet.Geometry.Gltf;
using Microsoft.Playwright;

namespace FashionWallet.Benchmarks;

/// <summary>
/// The studio's 3D view in headless Chromium (WebGL2 on SwiftShader, no GPU): the web app's own viewer bundle shows
/// an avatar + T-shirt GLB as the studio serves it, the camera orbits for a few seconds, and the time between
/// requestAnimationFrame callbacks gives frame time p50/p95. The bundle and the model are served from memory, so
/// no network or server work is in the figures. Needs the web's bundle: dotnet build FashionWallet.Web first.
/// </summary>
internal static class StudioFramesBenchmark
{
    private const string Origin = "http://studio.bench";

    public static async Task<int> RunAsync(double seconds, int width, int height)
    {
        var bundle = Path.Combine(Projects.Repository.Root, "FashionWallet.Web", "wwwroot", "js", "dist", "viewer.js");
        if (!File.Exists(bundle))
        {
            Console.Error.WriteLine($"{bundle} is missing: dotnet build FashionWallet.Web first.");
            return 1;
        }
        var body = ParametricBody.Generate(BodyMeasurements.Typical(168, Sex.Female), BodyLevelOfDetail.Medium);
        var garment = GarmentGenerator.Generate(GarmentSpecs.TShirt, body);
        var glb = GlbWriter.Write(GarmentScene.Scene(body, garment, new Dictionary<string, Colour>
        {
            [PanelNames.Front] = Colour.FromHex("#2F5D8A"), [PanelNames.Back] = Colour.FromHex("#2F5D8A"),
            [PanelNames.LeftSleeve] = Colour.FromHex("#B8475A"), [PanelNames.RightSleeve] = Colour.FromHex("#B8475A"),
        }));
        Console.WriteLine($"Studio 3D view frame time: avatar (Medium, {body.Mesh.TriangleCount:N0} triangles) + T-shirt ({garment.TriangleCount:N0} triangles), " +
            $"GLB {glb.Length / 1024.0 / 1024.0:0.00} MB, {width}x{height} canvas, {seconds:0} s orbit, {Environment.ProcessorCount} cores, load average {LoadAverage()}");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--enable-unsafe-swiftshader", "--use-angle=swiftshader", "--disable-dev-shm-usage", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var html = $"<!DOCTYPE html><html><body style=\"margin:0\"><div data-viewer data-models=\"/model.glb\" style=\"width:{width}px;height:{height}px\"></div>" +
            "<script type=\"module\" src=\"/viewer.js\"></script></body></html>";
        await page.RouteAsync($"{Origin}/**", route => new Uri(route.Request.Url).AbsolutePath switch
        {
            "/model.glb" => route.FulfillAsync(new RouteFulfillOptions { BodyBytes = glb, ContentType = "model/gltf-binary" }),
            "/viewer.js" => route.FulfillAsync(new RouteFulfillOptions { Path = bundle, ContentType = "text/javascript" }),
            _ => route.FulfillAsync(new RouteFulfillOptions { Body = html, ContentType = "text/html" }),
        });
        await page.GotoAsync($"{Origin}/");
        await page.WaitForSelectorAsync("[data-viewer][data-state=ready]", new PageWaitForSelectorOptions { Timeout = 120_000 });

        // Orbit once per run, one step per animation frame, as a person dragging would; the viewer renders on each change.
        var deltas = await page.EvaluateAsync<double[]>(@"seconds => new Promise(resolve => {
            const viewer = window.fashionWalletViewer;
            const target = viewer.controls.target.clone();
            const offset = viewer.camera.position.clone().sub(target);
            const radius = Math.hypot(offset.x, offset.z);
            const deltas = [];
            let start, last;
            function frame(now) {
                if (start === undefined) { start = last = now; }
                else { deltas.push(now - last); last = now; }
                const angle = ((now - start) / (seconds * 1000)) * 2 * Math.PI;
                viewer.camera.position.set(target.x + Math.sin(angle) * radius, viewer.camera.position.y, target.z + Math.cos(angle) * radius);
                viewer.controls.update();
                if (now - start < seconds * 1000) requestAnimationFrame(frame); else resolve(deltas);
            }
            requestAnimationFrame(frame);
        })", seconds);
        // The cost of one frame alone: render, then read a pixel back, which waits for SwiftShader to finish the frame.
        var renders = await page.EvaluateAsync<double[]>(@"frames => {
            const viewer = window.fashionWalletViewer;
            const gl = viewer.renderer.getContext();
            const pixel = new Uint8Array(4);
            const times = [];
            for (let i = 0; i < frames; i++) {
                viewer.scene.rotation.y = (i / frames) * 2 * Math.PI;
                const start = performance.now();
                viewer.renderer.render(viewer.scene, viewer.camera);
                gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
                times.push(performance.now() - start);
            }
            viewer.scene.rotation.y = 0;
            return times;
        }", 60);
        Array.Sort(deltas);
        Array.Sort(renders);
        Console.WriteLine();
        Console.WriteLine("| measure | frames | p50 (ms) | p95 (ms) | frames/s (from p50) |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| requestAnimationFrame interval while orbiting | {deltas.Length} | {LoadRun.Percentile(deltas, 0.5):0.0} | {LoadRun.Percentile(deltas, 0.95):0.0} | {1000 / LoadRun.Percentile(deltas, 0.5):0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| one frame rendered and read back (no waiting for the display) | {renders.Length} | {LoadRun.Percentile(renders, 0.5):0.0} | {LoadRun.Percentile(renders, 0.95):0.0} | {1000 / LoadRun.Percentile(renders, 0.5):0} |"));
        Console.WriteLine();
        Console.WriteLine($"Load average after the run: {LoadAverage()}");
        return 0;
    }

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}
