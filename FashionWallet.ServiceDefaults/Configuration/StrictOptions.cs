using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FashionWallet.ServiceDefaults.Configuration;

/// <summary>
/// Options bound from a configuration section that refuse, at start-up, a key they do not know
/// (a typo such as <c>Jobs:LeaseSecond</c> must not silently fall back to a default) and values
/// outside their data-annotation ranges, in nested sections too.
/// </summary>
public static class StrictOptions
{
    public static OptionsBuilder<T> AddStrictOptions<T>(this IServiceCollection services, string sectionName) where T : class
    {
        return services.AddOptions<T>()
            .Configure<IConfiguration>((options, configuration) =>
            {
                var section = configuration.GetSection(sectionName);
                ThrowOnUnknownKeys(section, typeof(T));
                section.Bind(options);
            })
            .Validate(options => Validate(options, sectionName))
            .ValidateOnStart();
    }

    public static void ThrowOnUnknownKeys(IConfigurationSection section, Type optionsType)
    {
        var properties = optionsType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite || !p.PropertyType.IsValueType)
            .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        var unknown = section.GetChildren().Select(c => c.Key).Where(k => !properties.ContainsKey(k)).ToArray();
        if (unknown.Length > 0)
            throw new OptionsValidationException(section.Path, optionsType, [
                $"Unknown configuration key {string.Join(", ", unknown.Select(k => $"'{section.Path}:{k}'"))}. " +
                $"Known keys under '{section.Path}': {string.Join(", ", properties.Keys.Order())}."]);
        foreach (var child in section.GetChildren())
        {
            if (IsNestedOptions(properties[child.Key].PropertyType))
                ThrowOnUnknownKeys(child, properties[child.Key].PropertyType);
        }
    }

    private static bool Validate<T>(T options, string sectionName) where T : class
    {
        var errors = new List<string>();
        Collect(options, sectionName, errors);
        return errors.Count == 0 ? true : throw new OptionsValidationException(sectionName, typeof(T), errors);
    }

    private static void Collect(object options, string path, List<string> errors)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        errors.AddRange(results.Select(r => $"{path}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"));
        foreach (var property in options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (IsNestedOptions(property.PropertyType) && property.GetValue(options) is { } nested)
                Collect(nested, $"{path}:{property.Name}", errors);
        }
    }

    private static bool IsNestedOptions(Type type) =>
        type.IsClass && type != typeof(string) && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type);
}
