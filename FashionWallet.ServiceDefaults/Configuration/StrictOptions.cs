using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FashionWallet.ServiceDefaults.Configuration;

/// <summary>
/// Options bound from a configuration section that refuse, at start-up, a key they do not know
/// (a typo such as <c>Jobs:LeaseSecond</c> must not silently fall back to a default) and values
/// outside their data-annotation ranges.
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
        var known = optionsType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite || !p.PropertyType.IsValueType)
            .Select(p => p.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = section.GetChildren().Select(c => c.Key).Where(k => !known.Contains(k)).ToArray();
        if (unknown.Length > 0)
            throw new OptionsValidationException(section.Path, optionsType, [
                $"Unknown configuration key {string.Join(", ", unknown.Select(k => $"'{section.Path}:{k}'"))}. " +
                $"Known keys under '{section.Path}': {string.Join(", ", known.Order())}."]);
    }

    private static bool Validate<T>(T options, string sectionName) where T : class
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
            return true;
        throw new OptionsValidationException(sectionName, typeof(T),
            results.Select(r => $"{sectionName}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"));
    }
}
