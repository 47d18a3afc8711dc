using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Execution;

/// <summary>The field's description in a context built by a host rather than by the executor.</summary>
internal sealed class HostField
{
    public IReadOnlyDictionary<string, object?> Arguments { get; set; } = null!;

    public FieldDefinition FieldDefinition { get; set; } = null!;

    public ObjectType ParentType { get; set; } = null!;

    public IReadOnlyList<FieldNode> FieldNodes { get; set; } = null!;
}
