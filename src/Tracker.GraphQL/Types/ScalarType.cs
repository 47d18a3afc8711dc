using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Types;

/// <summary>
/// A leaf type with its coercion rules (spec §3.5). Each coercion throws a <see cref="GraphQLError"/>
/// (or any exception, whose message is then used) when a value cannot be coerced.
/// </summary>
public sealed class ScalarType : NamedType
{
    private Func<ValueNode, object?>? _coerceInputLiteral;
    private Func<ValueNode, object?>? _literalAsValue;

    public ScalarType(string name)
        : base(name)
    {
    }

    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary><c>@specifiedBy(url:)</c>.</summary>
    public string? SpecifiedByUrl { get; set; }

    /// <summary>Result coercion: a resolver's value to what goes into the response.</summary>
    public Func<object?, object?> CoerceOutputValue { get; set; } = static value => value;

    /// <summary>Input coercion of a value from variables (JSON-shaped: string, number, bool, list, map).</summary>
    public Func<object?, object?> CoerceInputValue { get; set; } = static value => value;

    /// <summary>
    /// Input coercion of a literal written in the document (variables already replaced). Unless set, as in
    /// graphql-js, the literal is read untyped and then coerced like a variable value by <see cref="CoerceInputValue"/>.
    /// </summary>
    public Func<ValueNode, object?> CoerceInputLiteral
    {
        get => _coerceInputLiteral ?? (_literalAsValue ??= CoerceLiteralAsValue);
        set => _coerceInputLiteral = value;
    }

    /// <summary>The literal coercion given explicitly, if any (a schema extension copies only that).</summary>
    internal Func<ValueNode, object?>? ExplicitCoerceInputLiteral => _coerceInputLiteral;

    /// <summary>An internal value as a literal, for printing defaults given as values; null when it has none.</summary>
    public Func<object?, ValueNode?> ValueToLiteral { get; set; } = static value => Utilities.ValueLiterals.DefaultScalarValueToLiteral(value);

    /// <summary>Whether this is one of the five scalars the specification defines.</summary>
    public bool IsSpecified { get; init; }

    private object? CoerceLiteralAsValue(ValueNode node) => CoerceInputValue(Utilities.ValueFromAstUntyped.Convert(node, null));
}
