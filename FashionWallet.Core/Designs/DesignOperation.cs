using System.Text.Json.Serialization;
using FashionWallet.Designs.Operations;

namespace FashionWallet.Designs;

/// <summary>
/// One edit of a design, as data: what the studio sends, what history stores, what collaborators receive. The set is
/// closed (the <c>type</c> property names the kind), and every operation gives back its exact inverse so undo never
/// has to guess.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(AddLayer), "addLayer")]
[JsonDerivedType(typeof(RemoveLayer), "removeLayer")]
[JsonDerivedType(typeof(UpdateLayer), "updateLayer")]
[JsonDerivedType(typeof(MoveLayer), "moveLayer")]
[JsonDerivedType(typeof(SetGarment), "setGarment")]
[JsonDerivedType(typeof(AddPrint), "addPrint")]
[JsonDerivedType(typeof(RemovePrint), "removePrint")]
[JsonDerivedType(typeof(UpdatePrint), "updatePrint")]
[JsonDerivedType(typeof(AddElement), "addElement")]
[JsonDerivedType(typeof(RemoveElement), "removeElement")]
[JsonDerivedType(typeof(UpdateElement), "updateElement")]
[JsonDerivedType(typeof(AddColourway), "addColourway")]
[JsonDerivedType(typeof(UpdateColourway), "updateColourway")]
[JsonDerivedType(typeof(RemoveColourway), "removeColourway")]
[JsonDerivedType(typeof(ApplyColourway), "applyColourway")]
[JsonDerivedType(typeof(RestorePanels), "restorePanels")]
[JsonDerivedType(typeof(ReplaceDocument), "replaceDocument")]
public abstract record DesignOperation
{
    /// <summary>The new document and the inverse operation, or field errors; never throws for bad input.</summary>
    public abstract OperationResult Apply(DesignDocument document);

    /// <summary>The catalog items this operation brings into the document (none for most), for the API to check they exist.</summary>
    public virtual IEnumerable<CatalogReference> CatalogReferences() => [];
}
