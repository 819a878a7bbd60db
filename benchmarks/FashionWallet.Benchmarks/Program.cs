using FashionWallet.Benchmarks;

// Figures for docs/benchmarks.md. Usage:
//   dotnet run -c Release --project benchmarks/FashionWallet.Benchmarks -- queue [jobs]
//   dotnet run -c Release --project benchmarks/FashionWallet.Benchmarks -- startup [runs]
//   dotnet run -c Release --project benchmarks/FashionWallet.Benchmarks -- search [items] [seconds per run]
//   dotnet run -c Release --project benchmarks/FashionWallet.Benchmarks -- search-http [items] [seconds per run]
//   dotnet run -c Release --project benchmarks/FashionWallet.Benchmarks -- geometry [runs]
//   dotnet run -c Release --project benchmarks/FashionWallet.Benchmarks -- garments [runs]
//   dotnet run -c Release --project benchmarks/FashionWallet.Benchmarks -- avatar-pipeline [runs]
//   dotnet run -c Release --project benchmarks/FashionWallet.Benchmarks -- avatar-accuracy [bodies]
//   dotnet run -c Release --project benchmarks/FashionWallet.Benchmarks -- avatar-calibration [bodies]
//   dotnet run -c Release --project benchmarks/FashionWallet.Benchmarks -- design-ops [seconds per run] [no-telemetry]
//   dotnet run -c Release --project benchmarks/FashionWallet.Benchmarks -- studio-frames [seconds] [width] [height]
return args.FirstOrDefault() switch
{
    "queue" => await QueueBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5000),
    "startup" => await StartupBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3),
    "search" => await SearchBenchmark.RunAsync(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000,
        args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10),
    "search-http" => await SearchHttpBenchmark.RunAsync(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000,
        args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10),
    "garments" => GarmentBenchmark.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30),
    "geometry" => GeometryBenchmark.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30),
    "avatar-pipeline" => await AvatarPipelineBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20),
    "avatar-accuracy" => await AvatarAccuracy.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 60),
    "avatar-calibration" => await AvatarCalibration.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 240),
    "design-ops" => await DesignOpsBenchmark.RunAsync(args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10,
        withTelemetry: !args.Contains("no-telemetry")),
    "studio-frames" => await StudioFramesBenchmark.RunAsync(
        args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 800,
        args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 600),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: FashionWallet.Benchmarks queue [jobs] | startup [runs] | search [items] [seconds per run] | search-http [items] [seconds per run] | geometry [runs] | garments [runs] | avatar-pipeline [runs] | avatar-accuracy [bodies] | avatar-calibration [bodies] | design-ops [seconds per run] [no-telemetry] (closed loop at 1, 50, 200 clients; open loop, 200 studios) | studio-frames [seconds] [width] [height]");
    return 2;
}
