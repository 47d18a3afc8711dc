using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Validation;

namespace Tracker.GraphQL.Tests.Validation;

/// <summary>An error as graphql-js reports it: its message and the (line, column) of each location.</summary>
public sealed record ExpectedError(string Message, params (int Line, int Column)[] Locations);

/// <summary>
/// Runs one rule (or the SDL rules) the way graphql-js's validation tests do and compares messages and
/// locations exactly and in order.
/// </summary>
internal static class ValidationHarness
{
    private static readonly Lazy<GraphQLSchema> LazyTestSchema = new(() =>
        SchemaBuilder.Build(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Validation", "TestSchema.graphql"))));

    public static GraphQLSchema TestSchema => LazyTestSchema.Value;

    public static ExpectedError E(string message, params (int Line, int Column)[] locations) => new(message, locations);

    /// <summary>Validates with one rule, or with every specified rule when <paramref name="rule"/> is "All".</summary>
    public static IReadOnlyList<GraphQLError> Validate(string rule, string document, GraphQLSchema? schema = null, ValidationOptions? options = null) =>
        DocumentValidator.Validate(schema ?? TestSchema, Parser.Parse(document), rule == "All" ? null : [Rule(rule)], options);

    /// <summary>Validates <paramref name="document"/> with one rule against the test schema.</summary>
    public static void ExpectErrors(string rule, string document, params ExpectedError[] expected) =>
        AssertErrors(expected, Validate(rule, document));

    public static void ExpectValid(string rule, string document) => AssertErrors([], Validate(rule, document));

    /// <summary>Validates against a schema built from <paramref name="schemaSdl"/>.</summary>
    public static void ExpectErrorsWithSchema(string rule, string schemaSdl, string document, params ExpectedError[] expected) =>
        AssertErrors(expected, Validate(rule, document, SchemaBuilder.Build(schemaSdl)));

    public static void ExpectErrorsWithoutSuggestions(string rule, string document, params ExpectedError[] expected) =>
        AssertErrors(expected, Validate(rule, document, options: new ValidationOptions { HideSuggestions = true }));

    /// <summary>Runs one SDL rule over <paramref name="sdl"/>, optionally extending a schema built from <paramref name="schemaSdl"/>.</summary>
    public static void ExpectSdlErrors(string rule, string sdl, string? schemaSdl, params ExpectedError[] expected)
    {
        var schema = schemaSdl is null ? null : SchemaBuilder.Build(schemaSdl);
        AssertErrors(expected, DocumentValidator.ValidateSdl(Parser.Parse(sdl), schema, rule == "All" ? null : [Rule(rule)]));
    }

    public static ValidationRule Rule(string name) =>
        SpecifiedRules.ByName(name) ?? throw new ArgumentException($"No rule named {name}.", nameof(name));

    public static void AssertErrors(IReadOnlyList<ExpectedError> expected, IReadOnlyList<GraphQLError> actual)
    {
        Assert.Equal(Describe(expected), Describe(actual));
    }

    private static string Describe(IReadOnlyList<ExpectedError> errors) =>
        string.Join("\n", errors.Select(e => e.Message + " @ " + string.Join(" ", e.Locations.Select(l => $"{l.Line}:{l.Column}"))));

    private static string Describe(IReadOnlyList<GraphQLError> errors) =>
        string.Join("\n", errors.Select(e => e.Message + " @ " + string.Join(" ", (e.Locations ?? []).Select(l => $"{l.Line}:{l.Column}"))));
}
