using Tracker.GraphQL.Validation.Rules;

namespace Tracker.GraphQL.Validation;

/// <summary>The rule sets graphql-js 17 runs by default, in its order, and lookup by graphql-js name.</summary>
public static class SpecifiedRules
{
    /// <summary>Rules for executable documents (graphql-js specifiedRules), in graphql-js's order.</summary>
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        new ExecutableDefinitionsRule(),
        new KnownOperationTypesRule(),
        new UniqueOperationNamesRule(),
        new LoneAnonymousOperationRule(),
        new SingleFieldSubscriptionsRule(),
        new KnownTypeNamesRule(),
        new FragmentsOnCompositeTypesRule(),
        new VariablesAreInputTypesRule(),
        new ScalarLeafsRule(),
        new FieldsOnCorrectTypeRule(),
        new UniqueFragmentNamesRule(),
        new KnownFragmentNamesRule(),
        new NoUnusedFragmentsRule(),
        new PossibleFragmentSpreadsRule(),
        new NoFragmentCyclesRule(),
        new UniqueVariableNamesRule(),
        new NoUndefinedVariablesRule(),
        new NoUnusedVariablesRule(),
        new KnownDirectivesRule(),
        new UniqueDirectivesPerLocationRule(),
        new DeferStreamDirectiveOnRootFieldRule(),
        new DeferStreamDirectiveOnValidOperationsRule(),
        new DeferStreamDirectiveLabelRule(),
        new StreamDirectiveOnListFieldRule(),
        new KnownArgumentNamesRule(),
        new UniqueArgumentNamesRule(),
        new ValuesOfCorrectTypeRule(),
        new ProvidedRequiredArgumentsRule(),
        new VariablesInAllowedPositionRule(),
        new OverlappingFieldsCanBeMergedRule(),
        new UniqueInputFieldNamesRule(),
        new MaxIntrospectionDepthRule(),
    ];

    /// <summary>Rules for SDL documents (graphql-js specifiedSDLRules).</summary>
    public static IReadOnlyList<ValidationRule> Sdl { get; } =
    [
        new LoneSchemaDefinitionRule(),
        new UniqueOperationTypesRule(),
        new UniqueTypeNamesRule(),
        new UniqueEnumValueNamesRule(),
        new UniqueFieldDefinitionNamesRule(),
        new UniqueArgumentDefinitionNamesRule(),
        new UniqueDirectiveNamesRule(),
        new KnownTypeNamesRule(),
        new KnownDirectivesRule(),
        new UniqueDirectivesPerLocationRule(),
        new PossibleTypeExtensionsRule(),
        new KnownArgumentNamesOnDirectivesRule(),
        new UniqueArgumentNamesRule(),
        new UniqueInputFieldNamesRule(),
        new ProvidedRequiredArgumentsOnDirectivesRule(),
    ];

    private static readonly Dictionary<string, ValidationRule> ByNameIndex =
        All.Concat(Sdl).GroupBy(r => r.Name).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>A rule by its graphql-js name, with or without the "Rule" suffix; null when unknown.</summary>
    public static ValidationRule? ByName(string name)
    {
        var key = name.EndsWith("Rule", StringComparison.Ordinal) ? name[..^4] : name;
        return ByNameIndex.GetValueOrDefault(key);
    }

    /// <summary>Every name <see cref="ByName"/> accepts (without the suffix).</summary>
    public static IEnumerable<string> Names => ByNameIndex.Keys;
}
