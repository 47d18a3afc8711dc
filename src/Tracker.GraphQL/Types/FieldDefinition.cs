using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Types;

/// <summary>A field of an object or interface type (spec §3.6.1).</summary>
public sealed class FieldDefinition(string name, IGraphQLType type)
{
    private readonly List<ArgumentDefinition> _arguments = [];

    public string Name { get; } = name;

    public IGraphQLType Type { get; set; } = type;

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<ArgumentDefinition> Arguments => _arguments;

    public FieldDefinitionNode? AstNode { get; set; }

    /// <summary>The type declaring the field; set when it is added to one.</summary>
    public FieldsType ParentType { get; internal set; } = null!;

    /// <summary>Produces the field's value; null means the default resolver (property or entry of the parent by name).</summary>
    public FieldResolver? Resolver
    {
        get;
        set
        {
            field = value;
            // A resolver set afterwards replaces the source-only one too.
            SourceResolver = null;
        }
    }

    /// <summary>
    /// The field's resolver when it reads nothing but the parent value (the introspection fields, e.g. a type's
    /// name): the executor calls it as it calls the built-in resolver's member read, without building a
    /// <see cref="ResolveFieldContext"/> for each field of each object. <see cref="Resolver"/> does the same
    /// for anyone calling it with a context.
    /// </summary>
    internal Func<object?, object?>? SourceResolver { get; private set; }

    internal void SetSourceResolver(Func<object?, object?> read)
    {
        Resolver = context => new ValueTask<object?>(read(context.Source));
        SourceResolver = read;
    }

    /// <summary>For subscription root fields: produces the source event stream.</summary>
    public SubscriptionResolver? Subscriber { get; set; }

    /// <summary>The schema coordinate, e.g. <c>Query.user</c>.</summary>
    public string Coordinate => $"{ParentType?.Name ?? "<meta>"}.{Name}";

    public ArgumentDefinition? GetArgument(string name)
    {
        // A loop rather than List.Find: a lambda capturing the name would be allocated on every lookup.
        foreach (var argument in _arguments)
        {
            if (argument.Name == name)
            {
                return argument;
            }
        }
        return null;
    }

    public ArgumentDefinition AddArgument(ArgumentDefinition argument)
    {
        argument.Parent = this;
        _arguments.Add(argument);
        return argument;
    }

    public override string ToString() => Coordinate;
}
