using System.Text.Json;
using System.Text.RegularExpressions;

namespace FashionWallet.Catalog;

/// <summary>Checks an input field by field and returns either the canonical item or every reason it was refused.</summary>
public static partial class CatalogValidator
{
    public const int MaxNameLength = 120;
    public const int MaxDescriptionLength = 4000;
    public const int MaxTags = 20;
    public const int MaxTagLength = 30;

    public static CatalogValidation Validate(CatalogItemInput input)
    {
        var errors = new FieldErrors();
        var sku = (input.Sku ?? "").Trim().ToUpperInvariant();
        if (sku.Length == 0)
            errors.Add("sku", "is required");
        else if (!SkuPattern().IsMatch(sku))
            errors.Add("sku", "must be 3 to 40 letters A-Z, digits and inner hyphens (e.g. FAB-POPLIN-120)");

        var kind = errors.OneOf("kind", input.Kind?.Trim().ToLowerInvariant(), CatalogKind.All);
        var name = errors.Text("name", input.Name, MaxNameLength, required: true);
        var description = errors.Text("description", input.Description, MaxDescriptionLength, required: false, multiline: true);
        var status = input.Status is null ? CatalogStatus.Draft : errors.OneOf("status", input.Status.Trim().ToLowerInvariant(), CatalogStatus.All);
        var category = kind is null ? null : errors.OneOf("category", input.Category?.Trim().ToLowerInvariant(), CatalogKind.Categories[kind]);
        var tags = ValidateTags(errors, input.Tags);
        var attributes = kind is null ? null : ValidateAttributes(errors, kind, input.Attributes);

        if (errors.Any)
            return new CatalogValidation(null, errors.All);
        return new CatalogValidation(new ValidCatalogItem(sku, kind!, name!, description!, category!, tags, status!, attributes!), []);
    }

    private static IReadOnlyList<string> ValidateTags(FieldErrors errors, IReadOnlyList<string>? tags)
    {
        var result = new List<string>();
        for (var i = 0; i < (tags?.Count ?? 0); i++)
        {
            var tag = tags![i]?.Trim().ToLowerInvariant() ?? "";
            if (tag.Length == 0)
                continue;
            if (tag.Length > MaxTagLength || !TagPattern().IsMatch(tag))
                errors.Add($"tags[{i}]", $"'{FieldErrors.Shorten(tag)}' must be 1 to {MaxTagLength} letters, digits, spaces or hyphens");
            else if (!result.Contains(tag))
                result.Add(tag);
        }
        if (result.Count > MaxTags)
            errors.Add("tags", $"must be at most {MaxTags} tags (got {result.Count})");
        return result;
    }

    private static CatalogAttributes? ValidateAttributes(FieldErrors errors, string kind, JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            errors.Add("attributes", $"is required: a JSON object with the {kind} attributes");
            return null;
        }
        CatalogAttributes attributes;
        try
        {
            attributes = CatalogJson.ParseAttributes(kind, json);
        }
        catch (JsonException ex)
        {
            errors.Add(AttributeField(ex.Path), DescribeJsonError(ex));
            return null;
        }
        var before = errors.All.Count;
        attributes.Validate(errors, "attributes");
        return errors.All.Count == before ? attributes : null;
    }

    private static string AttributeField(string? path) =>
        path is null or "$" ? "attributes" : "attributes" + (path.StartsWith("$.", StringComparison.Ordinal) ? "." + path[2..] : path[1..]);

    // System.Text.Json's messages name .NET types; say what is wrong in the terms of the file instead.
    private static string DescribeJsonError(JsonException ex)
    {
        var message = ex.Message;
        if (MissingProperties().Match(message) is { Success: true } missing)
            return $"is missing {missing.Groups[1].Value}";
        if (UnknownProperty().Match(message) is { Success: true } unknown)
            return $"has an unknown field '{unknown.Groups[1].Value}'";
        if (message.Contains("null", StringComparison.OrdinalIgnoreCase))
            return "must not be null";
        return "has the wrong type (a number, text, list or object was expected here)";
    }

    [GeneratedRegex("^[A-Z0-9](?:[A-Z0-9-]{1,38})[A-Z0-9]$")]
    private static partial Regex SkuPattern();

    [GeneratedRegex(@"^[\p{L}\p{Nd}](?:[\p{L}\p{Nd} -]*[\p{L}\p{Nd}])?$")]
    private static partial Regex TagPattern();

    [GeneratedRegex("missing required properties including: (.*)\\.")]
    private static partial Regex MissingProperties();

    [GeneratedRegex("The JSON property '([^']*)' could not be mapped")]
    private static partial Regex UnknownProperty();
}

/// <summary>The outcome of validating one input: the canonical item, or the reasons it was refused.</summary>
public sealed record CatalogValidation(ValidCatalogItem? Item, IReadOnlyList<FieldError> Errors)
{
    public bool IsValid => Item is not null;
}
