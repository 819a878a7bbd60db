using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace FashionWallet.ServiceDefaults.Problems;

/// <summary>
/// Turns a request the framework could not read (malformed JSON, a value of the wrong type, a missing body)
/// into a 400 problem that names the offending field, instead of an empty 400 or a 500.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
            return false;

        var json = badRequest.InnerException as JsonException;
        var field = json?.Path is { Length: > 0 } path ? path.TrimStart('$', '.') : "body";
        var reason = json is null ? badRequest.Message : DescribeJsonError(json);

        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field.Length == 0 ? "body" : field] = [reason] })
            {
                Status = badRequest.StatusCode,
                Title = "The request could not be read",
                Detail = reason,
            },
        });
    }

    private static string DescribeJsonError(JsonException json)
    {
        var position = json.LineNumber is { } line ? $" (line {line + 1}, byte {json.BytePositionInLine + 1})" : "";
        // System.Text.Json's own message repeats the path and position; keep its first sentence.
        var message = json.Message.Split(" Path:", 2)[0].Trim();
        return $"{message}{position}";
    }
}
