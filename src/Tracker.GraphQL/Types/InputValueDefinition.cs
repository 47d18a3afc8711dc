using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Types;

/// <summary>An argument or an input object field: both have a type and maybe a default (spec §3.6.1, §3.10).</summary>
public abstract class InputValueDefinition(string name, IGraphQLType type)
{
    public string Name { get; } = name;

    public IGraphQLType Type { get; set; } = type;

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The default as a literal (how SDL writes it); introspection prints this.</summary>
    public ValueNode? DefaultValueLiteral { get; set; }

    /// <summary>
    /// The default as a value (how code-first schemas give it), when no literal is set. Like graphql-js 17's
    /// <c>default: { value }</c> it is an external, JSON-shaped value: it is coerced like a variable's value.
    /// </summary>
    public object? DefaultValue { get; set; }

    /// <summary>True when either form of default is present.</summary>
    public bool HasDefaultValue => DefaultValueLiteral is not null || HasDefaultValueObject;

    /// <summary>Distinguishes a code-first default of null from no default.</summary>
    public bool HasDefaultValueObject { get; set; }

    public InputValueDefinitionNode? AstNode { get; set; }

    /// <summary>Required means non-null with no default (spec §5.4.2.1).</summary>
    public bool IsRequired => Type is NonNullType && !HasDefaultValue;

    /// <summary>The schema coordinate: <c>Type.field(arg:)</c>, <c>@dir(arg:)</c> or <c>Input.field</c>.</summary>
    public abstract string Coordinate { get; }

    /// <summary>Cache for the coerced default, filled by the executor on first use.</summary>
    internal object? CoercedDefault { get; set; }

    internal bool HasCoercedDefault { get; set; }

    public override string ToString() => Coordinate;
}
