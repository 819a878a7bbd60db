using System.Text.Json;
using FashionWallet.Designs;
using FsCheck;
using FsCheck.Fluent;

namespace FashionWallet.Tests.Designs;

/// <summary>Undo must never lose or invent anything: over random valid sequences, inverses take a document exactly back.</summary>
public sealed class DesignOperationPropertyTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(200);

    [Fact]
    public void Applying_then_undoing_any_sequence_gives_back_the_document_it_started_from()
    {
        Prop.ForAll(RandomOperations.Choices(20), RandomOperations.Choices(), (setup, edits) =>
        {
            var start = RandomOperations.Run(DesignDocument.Blank, setup).Document;
            var (_, inverses, end) = RandomOperations.Run(start, edits);
            var undone = Enumerable.Reverse(inverses).Aggregate(end, (document, inverse) => Applied(inverse, document));
            return Json(undone) == Json(start);
        }).Check(Runs);
    }

    [Fact]
    public void Undoing_everything_then_redoing_everything_reaches_the_same_document()
    {
        Prop.ForAll(RandomOperations.Choices(20), RandomOperations.Choices(), (setup, edits) =>
        {
            var start = RandomOperations.Run(DesignDocument.Blank, setup).Document;
            var (operations, inverses, end) = RandomOperations.Run(start, edits);
            var document = end;
            var redo = new List<DesignOperation>();
            for (var i = inverses.Count - 1; i >= 0; i--)
            {
                var result = RoundTrip(inverses[i]).Apply(document);
                redo.Add(RoundTrip(result.Inverse!));
                document = result.Document!;
            }
            for (var i = redo.Count - 1; i >= 0; i--)
                document = Applied(redo[i], document);
            // The original operations, replayed from the start, land in the same place too.
            var replayed = operations.Aggregate(start, (d, op) => Applied(RoundTrip(op), d));
            return Json(document) == Json(end) && Json(replayed) == Json(end);
        }).Check(Runs);
    }

    [Fact]
    public void A_step_of_several_operations_is_undone_by_its_inverses_in_the_order_given()
    {
        Prop.ForAll(RandomOperations.Choices(20), RandomOperations.Choices(12), (setup, edits) =>
        {
            var start = RandomOperations.Run(DesignDocument.Blank, setup).Document;
            var (operations, _, _) = RandomOperations.Run(start, edits);
            var step = DesignEditor.Apply(start, operations);
            var undo = DesignEditor.Apply(step.Document!, step.Inverses);
            return step.Succeeded && undo.Succeeded && Json(undo.Document!) == Json(start);
        }).Check(Runs);
    }

    [Fact]
    public void Documents_survive_a_trip_through_json_unchanged()
    {
        Prop.ForAll(RandomOperations.Choices(), edits =>
        {
            var document = RandomOperations.Run(DesignDocument.Blank, edits).Document;
            return Json(DesignJson.Deserialize(Json(document))) == Json(document);
        }).Check(Runs);
    }

    private static DesignDocument Applied(DesignOperation operation, DesignDocument document)
    {
        var result = RoundTrip(operation).Apply(document);
        return result.Document ?? throw new InvalidOperationException($"{operation} was refused: {string.Join("; ", result.Errors)}");
    }

    /// <summary>As history stores it: through jsonb and back.</summary>
    private static DesignOperation RoundTrip(DesignOperation operation) =>
        JsonSerializer.Deserialize<DesignOperation>(JsonSerializer.Serialize(operation, DesignJson.Options), DesignJson.Options)!;

    private static string Json(DesignDocument document) => DesignJson.Serialize(document);
}
