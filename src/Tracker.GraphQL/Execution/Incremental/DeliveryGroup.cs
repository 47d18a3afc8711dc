namespace Tracker.GraphQL.Execution.Incremental;

/// <summary>
/// A deferred fragment at one place in the response (graphql-js DeliveryGroup): announced as <c>pending</c>,
/// then completed once every execution group it needs has run. A nested <c>@defer</c>'s group waits for its parent's.
/// </summary>
internal sealed class DeliveryGroup(ResponsePath? path, string? label, DeliveryGroup? parent)
{
    /// <summary>The object the fragment's fields belong to; null for the root.</summary>
    public ResponsePath? Path { get; } = path;

    public string? Label { get; } = label;

    public DeliveryGroup? Parent { get; } = parent;
}
