using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Validation;

// STUB (validation work package): graphql-js validate / validateSDL.
public static class DocumentValidator
{
    /// <summary>
    /// Runs validation rules (spec §5) over an executable document; null rules means all specified rules.
    /// Errors are in graphql-js's order and wording.
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(
        GraphQLSchema schema,
        DocumentNode document,
        IReadOnlyList<ValidationRule>? rules = null,
        ValidationOptions? options = null) => throw new NotImplementedException();

    /// <summary>The SDL rules graphql-js runs before building or extending a schema from a document.</summary>
    public static IReadOnlyList<GraphQLError> ValidateSdl(DocumentNode document, GraphQLSchema? schemaToExtend = null) =>
        throw new NotImplementedException();
}

public sealed record ValidationOptions
{
    /// <summary>Stop after this many errors (graphql-js maxErrors, default 100).</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>Omit "Did you mean" suggestions (they can reveal schema details).</summary>
    public bool HideSuggestions { get; init; }
}

// STUB: the validation work package defines the rule model.
public abstract class ValidationRule
{
    /// <summary>The graphql-js name without the "Rule" suffix, e.g. "ScalarLeafs".</summary>
    public abstract string Name { get; }
}
