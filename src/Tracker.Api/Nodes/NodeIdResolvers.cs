using Tracker.GraphQL.Execution;

namespace Tracker.Api.Nodes;

/// <summary>
/// <c>id</c> of every type that implements <c>Node</c>, written once: the schema type being resolved and the model's
/// key, so an id always names the type <see cref="NodeQueries"/> finds it by. Attached to the interface, it serves a
/// new node type without being named again.
/// </summary>
[GraphQLType("Node")]
public sealed class NodeIdResolvers
{
    public static string Id([Parent] TrackedModel model, ResolveFieldContext context) => GlobalId.Encode(context.ParentType.Name, model.Key);
}
