using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Validation;
using static Tracker.GraphQL.Tests.Validation.ValidationHarness;

namespace Tracker.GraphQL.Tests.Validation;

/// <summary>The validator's options and rule sets (graphql-js validate/validateSDL); expectations checked with graphql-js 17.1.0.</summary>
public sealed class DocumentValidatorTests
{
    private static readonly string[] GraphQLJsSpecifiedRules =
    [
        "ExecutableDefinitions", "KnownOperationTypes", "UniqueOperationNames", "LoneAnonymousOperation", "SingleFieldSubscriptions",
        "KnownTypeNames", "FragmentsOnCompositeTypes", "VariablesAreInputTypes", "ScalarLeafs", "FieldsOnCorrectType",
        "UniqueFragmentNames", "KnownFragmentNames", "NoUnusedFragments", "PossibleFragmentSpreads", "NoFragmentCycles",
        "UniqueVariableNames", "NoUndefinedVariables", "NoUnusedVariables", "KnownDirectives", "UniqueDirectivesPerLocation",
        "DeferStreamDirectiveOnRootField", "DeferStreamDirectiveOnValidOperations", "DeferStreamDirectiveLabel",
        "StreamDirectiveOnListField", "KnownArgumentNames", "UniqueArgumentNames", "ValuesOfCorrectType",
        "ProvidedRequiredArguments", "VariablesInAllowedPosition", "OverlappingFieldsCanBeMerged", "UniqueInputFieldNames",
        "MaxIntrospectionDepth",
    ];

    private static readonly string[] GraphQLJsSpecifiedSdlRules =
    [
        "LoneSchemaDefinition", "UniqueOperationTypes", "UniqueTypeNames", "UniqueEnumValueNames", "UniqueFieldDefinitionNames",
        "UniqueArgumentDefinitionNames", "UniqueDirectiveNames", "KnownTypeNames", "KnownDirectives", "UniqueDirectivesPerLocation",
        "PossibleTypeExtensions", "KnownArgumentNamesOnDirectives", "UniqueArgumentNames", "UniqueInputFieldNames",
        "ProvidedRequiredArgumentsOnDirectives",
    ];

    [Fact]
    public void Specified_rules_are_graphql_js_rules_in_graphql_js_order()
    {
        Assert.Equal(GraphQLJsSpecifiedRules, SpecifiedRules.All.Select(r => r.Name));
        Assert.Equal(GraphQLJsSpecifiedSdlRules, SpecifiedRules.Sdl.Select(r => r.Name));
    }

    [Fact]
    public void Every_rule_is_addressable_with_and_without_the_rule_suffix()
    {
        foreach (var name in GraphQLJsSpecifiedRules.Concat(GraphQLJsSpecifiedSdlRules))
        {
            var rule = SpecifiedRules.ByName(name);
            Assert.NotNull(rule);
            Assert.Equal(name, rule.Name);
            Assert.Same(rule, SpecifiedRules.ByName(name + "Rule"));
        }
    }

    [Theory]
    [InlineData("NoSuchRule")]
    [InlineData("scalarLeafs")]
    [InlineData("Rule")]
    [InlineData("")]
    public void Unknown_rule_names_give_null(string name) => Assert.Null(SpecifiedRules.ByName(name));

    [Fact]
    public void An_invalid_schema_is_refused_with_every_schema_error_like_assertValidSchema()
    {
        var schema = SchemaBuilder.Build("type Query { a: I } interface I { x: Int } type T implements I { y: Int } type U implements I { x: String! z: Int }");

        var exception = Assert.Throws<SchemaBuildException>(() => DocumentValidator.Validate(schema, Parser.Parse("{ a { x } }")));

        Assert.Equal(
            "Interface field I.x expected but T does not provide it.\n\nInterface field I.x expects type Int but U.x is type String!.",
            exception.Message);
    }

    [Fact]
    public void Validation_stops_after_max_errors_with_graphql_js_error()
    {
        var schema = SchemaBuilder.Build("type Query { a: Int b: Int }");

        var errors = DocumentValidator.Validate(schema, Parser.Parse("{ x y z w }"), options: new ValidationOptions { MaxErrors = 2 });

        AssertErrors(
            [
                E("Cannot query field \"x\" on type \"Query\". Did you mean \"a\" or \"b\"?", (1, 3)),
                E("Cannot query field \"y\" on type \"Query\". Did you mean \"a\" or \"b\"?", (1, 5)),
                E("Too many validation errors, error limit reached. Validation aborted."),
            ],
            errors);
    }

    [Fact]
    public void Max_errors_equal_to_the_error_count_does_not_abort()
    {
        var schema = SchemaBuilder.Build("type Query { a: Int b: Int }");

        var errors = DocumentValidator.Validate(schema, Parser.Parse("{ x y }"), options: new ValidationOptions { MaxErrors = 2 });

        Assert.Equal(["Cannot query field \"x\" on type \"Query\". Did you mean \"a\" or \"b\"?", "Cannot query field \"y\" on type \"Query\". Did you mean \"a\" or \"b\"?"], errors.Select(e => e.Message));
    }

    [Fact]
    public void Hide_suggestions_removes_did_you_mean()
    {
        var schema = SchemaBuilder.Build("type Query { a: Int b: Int }");

        var errors = DocumentValidator.Validate(schema, Parser.Parse("{ aa bb }"), options: new ValidationOptions { HideSuggestions = true });

        AssertErrors([E("Cannot query field \"aa\" on type \"Query\".", (1, 3)), E("Cannot query field \"bb\" on type \"Query\".", (1, 6))], errors);
    }

    [Fact]
    public void Suggestions_are_shown_by_default()
    {
        var schema = SchemaBuilder.Build("type Query { a: Int b: Int }");

        var errors = DocumentValidator.Validate(schema, Parser.Parse("{ aa bb }"));

        AssertErrors(
            [E("Cannot query field \"aa\" on type \"Query\". Did you mean \"a\"?", (1, 3)), E("Cannot query field \"bb\" on type \"Query\". Did you mean \"b\"?", (1, 6))],
            errors);
    }

    [Fact]
    public void Empty_selection_sets_can_be_refused()
    {
        var errors = DocumentValidator.Validate(TestSchema, Parser.Parse("{ dog { } human { pets { } } }"), options: new ValidationOptions { AllowEmptySelectionSets = false });

        AssertErrors(
            [
                E("Field \"dog\" of type \"Dog\" must have at least one field selected.", (1, 3)),
                E("Field \"pets\" of type \"[Pet]\" must have at least one field selected.", (1, 19)),
            ],
            errors);
    }

    [Fact]
    public void No_rules_means_no_errors()
    {
        Assert.Empty(DocumentValidator.Validate(TestSchema, Parser.Parse("{ unknown }"), []));
    }

    [Fact]
    public void Validation_errors_carry_the_validation_failed_code()
    {
        var error = Assert.Single(DocumentValidator.Validate(TestSchema, Parser.Parse("{ unknown }")));

        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
    }

    [Fact]
    public void Validate_sdl_runs_every_sdl_rule_by_default()
    {
        var errors = DocumentValidator.ValidateSdl(Parser.Parse("type Query { a: Strin } type Query { b: Int } directive @d on FIELD directive @d on FIELD"));

        AssertErrors(
            [
                E("Unknown type \"Strin\". Did you mean \"String\"?", (1, 17)),
                E("There can be only one type named \"Query\".", (1, 6), (1, 30)),
                E("There can be only one directive named \"@d\".", (1, 58), (1, 80)),
            ],
            errors);
    }

    [Fact]
    public void Validate_sdl_checks_extensions_against_the_schema_being_extended()
    {
        var schema = SchemaBuilder.Build("type Query { a: Int } directive @known on OBJECT");

        var errors = DocumentValidator.ValidateSdl(Parser.Parse("extend type Query @known @unknown { b: Dog } extend type Missing @known"), schema);

        AssertErrors(
            [
                E("Unknown directive \"@unknown\".", (1, 26)),
                E("Unknown type \"Dog\".", (1, 40)),
                E("Cannot extend type \"Missing\" because it is not defined.", (1, 58)),
            ],
            errors);
    }
}
