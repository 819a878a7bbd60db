using System.Text;

namespace FashionWallet.Designs;

/// <summary>The outcome of applying several operations as one step: all of them, or none.</summary>
/// <param name="DocumentJson">The document as stored, serialised once here for the size check and reused for the write.</param>
public sealed record EditResult(DesignDocument? Document, IReadOnlyList<DesignOperation> Inverses, IReadOnlyList<OperationError> Errors, string DocumentJson)
{
    public int DocumentBytes => Encoding.UTF8.GetByteCount(DocumentJson);

    public bool Succeeded => Document is not null;
}

/// <summary>Applies a step of operations in order and checks what every operation cannot see alone: the document's size.</summary>
public static class DesignEditor
{
    /// <summary>
    /// The document after every operation, with the inverses in the order that undoes the step (last first). Errors name the
    /// field as <c>{prefix}[i].field</c>; on any error nothing is applied.
    /// </summary>
    public static EditResult Apply(DesignDocument document, IReadOnlyList<DesignOperation> operations, string prefix = "operations")
    {
        var inverses = new DesignOperation[operations.Count];
        var current = document;
        for (var i = 0; i < operations.Count; i++)
        {
            var result = operations[i] is { } operation ? Safely(operation, current) : OperationResult.Refused("", "An operation cannot be null.");
            if (!result.Succeeded)
                return Refused(result.Errors.Select(e => e with { Field = e.Field.Length == 0 ? $"{prefix}[{i}]" : $"{prefix}[{i}].{e.Field}" }).ToArray());
            current = result.Document!;
            inverses[operations.Count - 1 - i] = result.Inverse!;
        }
        // The size is checked on the result only: undo takes back a whole step, so states inside a step are never kept.
        var json = DesignJson.Serialize(current);
        var bytes = Encoding.UTF8.GetByteCount(json);
        if (bytes > DesignLimits.MaxDocumentBytes)
            return Refused([new OperationError(prefix, $"The design would be {bytes / 1024} kB; a design is at most {DesignLimits.MaxDocumentBytes / 1024} kB. Remove something first.")]);
        return new EditResult(current, inverses, [], json);
    }

    private static EditResult Refused(IReadOnlyList<OperationError> errors) => new(null, [], errors, "");

    // Operations check their input, but a client can still send a record the checks did not foresee (a null list):
    // that is the client's mistake, never a server error.
    private static OperationResult Safely(DesignOperation operation, DesignDocument document)
    {
        try
        {
            return operation.Apply(document);
        }
        catch (Exception ex) when (ex is NullReferenceException or ArgumentException or InvalidOperationException)
        {
            return OperationResult.Refused("", "This operation is missing a required field.");
        }
    }
}
