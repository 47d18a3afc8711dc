using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Types;

// STUB (type-system work package): graphql-js buildASTSchema / extendSchema.
public static class SchemaBuilder
{
    /// <summary>Builds a schema from SDL text. Throws a <see cref="SchemaBuildException"/> listing every SDL error.</summary>
    public static GraphQLSchema Build(string sdl) => Build(Parser.Parse(new Source(sdl, "schema")));

    public static GraphQLSchema Build(DocumentNode document, SchemaBuildOptions? options = null) => throw new NotImplementedException();

    /// <summary>A new schema: <paramref name="schema"/> with the definitions and extensions of <paramref name="document"/> applied.</summary>
    public static GraphQLSchema Extend(GraphQLSchema schema, DocumentNode document, SchemaBuildOptions? options = null) => throw new NotImplementedException();
}

public sealed record SchemaBuildOptions
{
    /// <summary>Skip SDL validation (graphql-js assumeValidSDL).</summary>
    public bool AssumeValidSdl { get; init; }
}

/// <summary>The SDL could not be turned into a schema; <see cref="Errors"/> says why, each with its location.</summary>
public sealed class SchemaBuildException(IReadOnlyList<GraphQLError> errors)
    : Exception(string.Join("\n\n", errors.Select(e => e.Message)))
{
    public IReadOnlyList<GraphQLError> Errors { get; } = errors;
}
