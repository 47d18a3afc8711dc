using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Types;

/// <summary>
/// A leaf type with its coercion rules (spec §3.5). Each coercion throws a <see cref="GraphQLError"/>
/// (or any exception, whose message is then used) when a value cannot be coerced.
/// </summary>
public sealed class ScalarType : NamedType
{
    public ScalarType(string name)
        : base(name)
    {
        // As graphql-js: a custom scalar's literal is read untyped, then coerced like a variable value.
        CoerceInputLiteral = node => CoerceInputValue(Utilities.ValueFromAstUntyped.Convert(node, null));
    }

    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary><c>@specifiedBy(url:)</c>.</summary>
    public string? SpecifiedByUrl { get; set; }

    /// <summary>Result coercion: a resolver's value to what goes into the response.</summary>
    public Func<object?, object?> CoerceOutputValue { get; set; } = static value => value;

    /// <summary>Input coercion of a value from variables (JSON-shaped: string, number, bool, list, map).</summary>
    public Func<object?, object?> CoerceInputValue { get; set; } = static value => value;

    /// <summary>Input coercion of a literal written in the document (variables already replaced).</summary>
    public Func<ValueNode, object?> CoerceInputLiteral { get; set; }

    /// <summary>An internal value as a literal, for printing defaults given as values; null when it has none.</summary>
    public Func<object?, ValueNode?> ValueToLiteral { get; set; } = static value => Utilities.ValueLiterals.DefaultScalarValueToLiteral(value);

    /// <summary>Whether this is one of the five scalars the specification defines.</summary>
    public bool IsSpecified { get; init; }
}
