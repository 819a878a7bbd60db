namespace FashionWallet.Designs;

/// <summary>Why an operation was refused, naming the field as the client sent it (e.g. <c>layerId</c>).</summary>
public sealed record OperationError(string Field, string Message);

/// <summary>An applied operation: the new document and the operation that takes it back exactly; or why it was refused.</summary>
public sealed record OperationResult
{
    public DesignDocument? Document { get; private init; }

    public DesignOperation? Inverse { get; private init; }

    public IReadOnlyList<OperationError> Errors { get; private init; } = [];

    public bool Succeeded => Document is not null;

    public static OperationResult Applied(DesignDocument document, DesignOperation inverse) => new() { Document = document, Inverse = inverse };

    public static OperationResult Refused(string field, string message) => new() { Errors = [new OperationError(field, message)] };

    public static OperationResult Refused(IReadOnlyList<OperationError> errors) => new() { Errors = errors };
}
