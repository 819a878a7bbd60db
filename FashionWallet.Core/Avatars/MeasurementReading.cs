using System.Text.Json;
using FashionWallet.Avatars.Measurements;

namespace FashionWallet.Avatars;

/// <summary>Where a measurement's value came from.</summary>
public static class MeasurementSources
{
    /// <summary>Read from the photos.</summary>
    public const string Photos = "photos";

    /// <summary>Entered by the person.</summary>
    public const string Manual = "manual";
}

/// <summary>One measurement of an avatar version: its value in centimetres, how sure we are (0 to 1), and its source.</summary>
public sealed record MeasurementReading(double Value, double Confidence, string Source);

/// <summary>An avatar version's measurements, stored as JSON keyed by <see cref="MeasurementNames.Code"/>.</summary>
public sealed class AvatarMeasurements
{
    private readonly Dictionary<Measurement, MeasurementReading> _readings;

    public AvatarMeasurements(IReadOnlyDictionary<Measurement, MeasurementReading> readings)
    {
        var missing = Enum.GetValues<Measurement>().Where(m => !readings.ContainsKey(m)).ToArray();
        if (missing.Length > 0)
            throw new ArgumentException($"Missing measurements: {string.Join(", ", missing)}.", nameof(readings));
        _readings = readings.ToDictionary();
    }

    public MeasurementReading this[Measurement measurement] => _readings[measurement];

    public IEnumerable<(Measurement Measurement, MeasurementReading Reading)> All =>
        Enum.GetValues<Measurement>().Select(m => (m, _readings[m]));

    public BodyMeasurements Body(Sex sex) => BodyMeasurements.From(m => _readings[m].Value, sex);

    public static AvatarMeasurements FromAnalysis(BodyMeasurements body, IReadOnlyDictionary<Measurement, double> confidence) =>
        new(Enum.GetValues<Measurement>().ToDictionary(m => m,
            m => new MeasurementReading(Math.Round(body[m], 1), Math.Round(Math.Clamp(confidence.GetValueOrDefault(m), 0, 1), 2), MeasurementSources.Photos)));

    /// <summary>These measurements with some replaced by the person's own values (fully trusted).</summary>
    public AvatarMeasurements Edited(IReadOnlyDictionary<Measurement, double> values)
    {
        var edited = _readings.ToDictionary();
        foreach (var (measurement, value) in values)
            edited[measurement] = new MeasurementReading(Math.Round(value, 1), 1, MeasurementSources.Manual);
        return new AvatarMeasurements(edited);
    }

    public string ToJson() => JsonSerializer.Serialize(
        All.ToDictionary(r => r.Measurement.Code(), r => r.Reading), JsonSerializerOptions.Web);

    public static AvatarMeasurements FromJson(string json)
    {
        var stored = JsonSerializer.Deserialize<Dictionary<string, MeasurementReading>>(json, JsonSerializerOptions.Web) ?? [];
        return new(stored.ToDictionary(
            e => MeasurementNames.TryParse(e.Key, out var m) ? m : throw new InvalidDataException($"Unknown measurement '{e.Key}' in a stored version."),
            e => e.Value));
    }
}
