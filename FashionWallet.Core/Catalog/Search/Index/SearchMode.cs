namespace FashionWallet.Catalog;

/// <summary>How a search matches text: not at all (browsing), by full text, or by trigram similarity of names.</summary>
internal enum SearchMode
{
    None,
    FullText,
    Fuzzy,
}
