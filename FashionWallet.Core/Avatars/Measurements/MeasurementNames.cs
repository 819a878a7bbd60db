using System.Text.Json;

namespace FashionWallet.Avatars.Measurements;

/// <summary>How measurements are named: camelCase in JSON and CSV (<c>shoulderWidth</c>), words for people.</summary>
public static class MeasurementNames
{
    private static readonly Dictionary<string, Measurement> ByCode =
        Enum.GetValues<Measurement>().ToDictionary(m => m.Code(), StringComparer.OrdinalIgnoreCase);

    public static string Code(this Measurement measurement) => JsonNamingPolicy.CamelCase.ConvertName(measurement.ToString());

    public static string Label(this Measurement measurement) => measurement switch
    {
        Measurement.Chest => "Chest / bust",
        Measurement.ShoulderWidth => "Shoulder width",
        Measurement.HighHip => "High hip",
        Measurement.UpperArm => "Upper arm",
        Measurement.ArmLength => "Arm length",
        Measurement.BackLength => "Back length",
        Measurement.FrontLength => "Front length",
        _ => measurement.ToString(),
    };

    /// <summary>True for the girths (tape around the body), false for lengths and breadths.</summary>
    public static bool IsGirth(this Measurement measurement) => measurement is Measurement.Neck or Measurement.Chest or Measurement.Underbust
        or Measurement.Waist or Measurement.HighHip or Measurement.Hip or Measurement.UpperArm or Measurement.Wrist or Measurement.Thigh
        or Measurement.Knee or Measurement.Calf or Measurement.Ankle;

    public static bool TryParse(string code, out Measurement measurement) => ByCode.TryGetValue(code, out measurement);
}
