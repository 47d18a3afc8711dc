using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Execution.Incremental;

/// <summary>
/// An active <c>@defer</c> met while collecting fields (graphql-js DeferUsage): fields collected under it carry
/// it, and a <c>@defer</c> nested inside it points to it as its parent. One is made per collection of a selection
/// set, and field collection is cached per field and runtime type, so its identity is stable within a request.
/// </summary>
internal sealed class DeferUsage(string? label, DirectiveNode directive, DeferUsage? parent)
{
    public string? Label { get; } = label;

    /// <summary>The directive in the document: a fragment spread reached again under the same one is collected once.</summary>
    public DirectiveNode Directive { get; } = directive;

    public DeferUsage? Parent { get; } = parent;

    /// <summary>Whether <paramref name="ancestor"/> is this usage's parent, its parent's parent, and so on.</summary>
    public bool HasAncestor(DeferUsage ancestor)
    {
        for (var parent = Parent; parent is not null; parent = parent.Parent)
        {
            if (ReferenceEquals(parent, ancestor))
            {
                return true;
            }
        }
        return false;
    }
}
