namespace FashionWallet.Catalog;

/// <summary>Why one field was refused, e.g. <c>attributes.weightGsm</c>: "must be between 10 and 1500 g/m2".</summary>
public sealed record FieldError(string Field, string Reason);
