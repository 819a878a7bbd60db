using Microsoft.AspNetCore.Http.HttpResults;

namespace FashionWallet.Api.Security;

/// <summary>Collects per-field problems and answers them as one 400 validation problem (field names as the client sent them).</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public FieldErrors Add(string field, string? problem)
    {
        if (problem is not null)
            (_errors.TryGetValue(field, out var list) ? list : _errors[field] = []).Add(problem);
        return this;
    }

    public FieldErrors AddAll(string field, IEnumerable<string> problems)
    {
        foreach (var problem in problems)
            Add(field, problem);
        return this;
    }

    public ValidationProblem ToResult(string title = "Some fields need attention.") =>
        TypedResults.ValidationProblem(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()), title: title);

    public static ValidationProblem One(string field, string problem) => new FieldErrors().Add(field, problem).ToResult();
}
