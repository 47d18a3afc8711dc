using Tracker.GraphQL.Execution.Incremental;

namespace Tracker.GraphQL.Execution;

/// <summary>
/// One field's execution as value completion sees it. The resolver context is only built when something
/// asks for it (a resolver, a type resolver, <c>IsTypeOf</c>): fields read by the built-in default resolver,
/// most fields of most responses, never need one.
/// </summary>
internal readonly struct FieldCall(FieldGroup group, object? source, LazyPath path, ResolveFieldContext? info, DeliveryGroupMap? deliveryGroups)
{
    /// <summary>The field's nodes; its definition and parent type are cached on it.</summary>
    public FieldGroup Group { get; } = group;

    /// <summary>The parent object's value.</summary>
    public object? Source { get; } = source;

    /// <summary>The field's own path (list items have longer ones), built when needed.</summary>
    public LazyPath Path { get; } = path;

    /// <summary>The context the resolver got, when a resolver ran.</summary>
    public ResolveFieldContext? Info { get; } = info;

    /// <summary>
    /// The deferred fragments in force where the field is (graphql-js's position context); null wherever no
    /// <c>@defer</c> was met above, which is everywhere in requests without incremental delivery.
    /// </summary>
    public DeliveryGroupMap? DeliveryGroups { get; } = deliveryGroups;

    /// <summary><c>Parent.field</c>, as graphql-js's messages name the field.</summary>
    public string Coordinate => $"{Group.DefinitionParent!.Name}.{Group.Definition!.Name}";
}
