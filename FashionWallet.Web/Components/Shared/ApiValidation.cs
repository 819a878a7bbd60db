using System.Reflection;
using FashionWallet.Web.Api;
using Microsoft.AspNetCore.Components.Forms;

namespace FashionWallet.Web.Components.Shared;

/// <summary>Puts the API's field errors next to the matching inputs of a form; anything else becomes the form's general message.</summary>
public sealed class ApiValidation
{
    private readonly EditContext _context;
    private readonly ValidationMessageStore _messages;
    private readonly (string Prefix, string Property)[] _nested;

    /// <param name="nested">Fields whose errors come as paths ("attributes.weightGsm") shown next to one input, path first.</param>
    public ApiValidation(EditContext context, params (string Prefix, string Property)[] nested)
    {
        _context = context;
        _messages = new ValidationMessageStore(context);
        _nested = nested;
    }

    public string? General { get; private set; }

    public void Show(ApiProblem problem)
    {
        _messages.Clear();
        var unmatched = new List<string>();
        foreach (var (field, messages) in problem.Errors)
        {
            if (_nested.FirstOrDefault(n => field == n.Prefix || field.StartsWith(n.Prefix + ".", StringComparison.Ordinal) || field.StartsWith(n.Prefix + "[", StringComparison.Ordinal)) is { Property: not null } nested)
            {
                foreach (var message in messages)
                    _messages.Add(_context.Field(nested.Property), field == nested.Prefix ? message : $"{field[(nested.Prefix.Length + 1)..]}: {message}");
                continue;
            }
            var property = _context.Model.GetType().GetProperty(field, BindingFlags.IgnoreCase | BindingFlags.Public | BindingFlags.Instance);
            if (property is null)
            {
                unmatched.AddRange(messages);
                continue;
            }
            foreach (var message in messages)
                _messages.Add(_context.Field(property.Name), message);
        }
        General = problem.Errors.Count == 0 ? problem.Message : unmatched.Count > 0 ? string.Join(" ", unmatched) : null;
        _context.NotifyValidationStateChanged();
    }

    public void Show(string general)
    {
        _messages.Clear();
        General = general;
        _context.NotifyValidationStateChanged();
    }
}
