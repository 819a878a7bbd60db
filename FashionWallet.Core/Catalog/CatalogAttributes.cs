namespace FashionWallet.Catalog;

/// <summary>The kind-specific part of an item, stored as jsonb. Each kind says what it costs, what it is made of and its colours.</summary>
public abstract record CatalogAttributes
{
    /// <summary>Per metre (fabrics, prints), per piece (elements) or to make one garment (silhouettes).</summary>
    public abstract decimal Price();

    public abstract IReadOnlyList<string> MaterialNames();

    public abstract IReadOnlyList<Colourway> NamedColours();

    public virtual string? StretchLevel() => null;

    /// <summary>Words from the composition or material, weighted C in the search document.</summary>
    public virtual string MaterialText() => string.Join(' ', MaterialNames());

    internal abstract void Validate(FieldErrors errors, string prefix);
}

/// <summary>A named colour: "Ecru" #F3EBDD.</summary>
public sealed record Colourway(string Name, string Hex);
