using System.Text.Json;

namespace FashionWallet.ServiceDefaults.Problems;

/// <summary>
/// Validation errors name fields the way the client wrote them: the framework reports CLR paths
/// ("Address.PostCode", "Items[2].Quantity") while the JSON it received is camelCase.
/// </summary>
public static class ProblemFieldNames
{
    public static IDictionary<string, string[]> AsJsonNames(IDictionary<string, string[]> errors) =>
        errors.GroupBy(e => ToJsonPath(e.Key), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).ToArray(), StringComparer.Ordinal);

    public static string ToJsonPath(string path) =>
        string.Join('.', path.Split('.').Select(segment => JsonNamingPolicy.CamelCase.ConvertName(segment)));
}
