namespace FashionWallet.Designs;

/// <summary>
/// A catalog item an operation brings into a document: the request field that names it and the kind it must be. An
/// archived item may stay where a design already uses it (a colourway saved from the garment) but is not newly applied.
/// </summary>
public sealed record CatalogReference(string Field, Guid Id, string Kind, bool MayBeArchived = false);
