using Tracker.GraphQL.Language;
using Tracker.GraphQL.Validation;

namespace Tracker.GraphQL.Types;

/// <summary>
/// Schemas from SDL (graphql-js buildASTSchema and extendSchema). The result has no resolvers: hosts
/// bind them afterwards. Type order, root types and directives follow graphql-js exactly, because
/// introspection and printSchema expose them.
/// </summary>
public static class SchemaBuilder
{
    /// <summary>
    /// SDL is the schema author's text, not a request: no token limit (a large schema has many), nesting is still bounded.
    /// </summary>
    private static readonly ParseOptions SdlParseOptions = ParseOptions.Default with { MaxTokens = null };

    /// <summary>
    /// Builds a schema from SDL text. Throws a <see cref="SchemaBuildException"/> listing every SDL error; a syntax
    /// error is thrown as the parser's <see cref="GraphQLError"/>, as graphql-js's buildSchema does.
    /// </summary>
    public static GraphQLSchema Build(string sdl, SchemaBuildOptions? options = null) =>
        Build(Parser.Parse(new Source(sdl, "schema"), SdlParseOptions), options);

    /// <summary>Builds a schema from a parsed SDL document, applying the document's own <c>extend</c> definitions.</summary>
    public static GraphQLSchema Build(DocumentNode document, SchemaBuildOptions? options = null)
    {
        if (options is not { AssumeValidSdl: true } && options is not { AssumeValid: true })
        {
            ThrowIfAny(DocumentValidator.ValidateSdl(document));
        }
        return Finish(Run(() => new SchemaAssembler(new SdlDefinitions(document)).Build()), options);
    }

    /// <summary>
    /// A new schema: <paramref name="schema"/> with the definitions and extensions of <paramref name="document"/>
    /// applied. Types and directives of the original are copied (resolvers included), never changed; a document
    /// without type system definitions gives back <paramref name="schema"/> itself.
    /// </summary>
    public static GraphQLSchema Extend(GraphQLSchema schema, DocumentNode document, SchemaBuildOptions? options = null)
    {
        if (options is not { AssumeValidSdl: true } && options is not { AssumeValid: true })
        {
            ThrowIfAny(DocumentValidator.ValidateSdl(document, schema));
        }
        var definitions = new SdlDefinitions(document);
        if (definitions.IsEmpty)
        {
            return schema;
        }
        return Finish(Run(() => new SchemaAssembler(definitions).Extend(schema)), options);
    }

    /// <summary>Extends a schema with SDL text; see <see cref="Extend(GraphQLSchema, DocumentNode, SchemaBuildOptions?)"/>.</summary>
    public static GraphQLSchema Extend(GraphQLSchema schema, string sdl, SchemaBuildOptions? options = null) =>
        Extend(schema, Parser.Parse(new Source(sdl, "schema"), SdlParseOptions), options);

    private static void ThrowIfAny(IReadOnlyList<GraphQLError> errors)
    {
        if (errors.Count > 0)
        {
            throw new SchemaBuildException(errors);
        }
    }

    /// <summary>Errors met while building (an applied directive's invalid argument) surface like SDL errors.</summary>
    private static GraphQLSchema Run(Func<GraphQLSchema> build)
    {
        try
        {
            return build();
        }
        catch (GraphQLError error)
        {
            throw new SchemaBuildException([error]);
        }
    }

    private static GraphQLSchema Finish(GraphQLSchema schema, SchemaBuildOptions? options)
    {
        if (options is { AssumeValid: true })
        {
            // graphql-js assumeValid: the schema is taken as valid and never checked.
            schema.ValidationErrors = [];
        }
        return schema;
    }
}
