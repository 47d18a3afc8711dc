using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Types;

/// <summary>A directive the schema declares (spec §3.13).</summary>
public sealed class DirectiveDefinition(string name)
{
    private readonly List<ArgumentDefinition> _arguments = [];

    public string Name { get; } = name;

    public string? Description { get; set; }

    public bool IsRepeatable { get; set; }

    /// <summary>graphql-js 17 lets <c>@deprecated</c> apply to directive definitions.</summary>
    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<DirectiveLocation> Locations { get; set; } = [];

    public IReadOnlyList<ArgumentDefinition> Arguments => _arguments;

    public DirectiveDefinitionNode? AstNode { get; set; }

    /// <summary>The <c>extend directive</c> definitions applied to it.</summary>
    public IReadOnlyList<DirectiveExtensionNode> ExtensionAstNodes { get; set; } = [];

    /// <summary>Whether this is a directive the specification defines (skip, include, deprecated, specifiedBy, oneOf).</summary>
    public bool IsSpecified { get; init; }

    public ArgumentDefinition? GetArgument(string name) => _arguments.Find(a => a.Name == name);

    public ArgumentDefinition AddArgument(ArgumentDefinition argument)
    {
        argument.Parent = this;
        _arguments.Add(argument);
        return argument;
    }

    public override string ToString() => $"@{Name}";
}
