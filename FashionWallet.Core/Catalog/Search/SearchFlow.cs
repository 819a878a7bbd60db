namespace FashionWallet.Catalog;

/// <summary>
/// The steps every search engine takes, so the in-memory index and PostgreSQL answer alike: correct misspelt words
/// against the vocabulary ("did you mean"), search the full text with both the typed and the corrected text, and
/// when that finds nothing on a first page, match names by trigram similarity instead. A cursor from a fuzzy page
/// continues in fuzzy mode.
/// </summary>
internal static class SearchFlow
{
    public static async ValueTask<CatalogSearchResult> SearchAsync(
        SearchPlan plan, Func<string, ValueTask<IReadOnlyDictionary<string, string>>> corrections, Func<SearchMode, string, ValueTask<CatalogSearchResult>> run)
    {
        if (!plan.HasText)
            return await run(SearchMode.None, "");
        var corrected = SearchText.Correct(plan.Text, await corrections(plan.Text));
        var mode = plan.After?.Fuzzy == true ? SearchMode.Fuzzy : SearchMode.FullText;
        var result = await run(mode, corrected);
        if (result.Total == 0 && mode == SearchMode.FullText && plan.After is null)
            result = await run(SearchMode.Fuzzy, corrected);
        return result with { DidYouMean = corrected == plan.Text ? null : corrected };
    }
}
