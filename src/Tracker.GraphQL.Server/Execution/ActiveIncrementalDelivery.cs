using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Server.Execution;

/// <summary>
/// Finds, before anything executes, an <c>@defer</c> or <c>@stream</c> that may be active in the chosen operation:
/// one whose <c>if</c> is not certainly false, on a selection that <c>@skip</c>/<c>@include</c> do not certainly
/// exclude. A transport that carries one payload refuses such an operation before it runs, so a mutation is never
/// applied only to have its answer refused. When in doubt (a variable not sent, say) the directive counts.
/// </summary>
internal static class ActiveIncrementalDelivery
{
    public static DirectiveNode? Find(GuardedOperation operation)
    {
        var fragments = operation.Document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value, StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        return Search(operation.Operation.SelectionSet);

        DirectiveNode? Search(SelectionSetNode? selectionSet)
        {
            foreach (var selection in selectionSet?.Selections ?? [])
            {
                if (operation.IsCertainlyExcluded(selection.Directives))
                {
                    continue;
                }
                if (selection.Directives.FirstOrDefault(d => d.Name.Value is "defer" or "stream" && MayBeActive(d)) is { } active)
                {
                    return active;
                }
                var found = selection switch
                {
                    FieldNode field => Search(field.SelectionSet),
                    InlineFragmentNode inline => Search(inline.SelectionSet),
                    FragmentSpreadNode spread when visited.Add(spread.Name.Value) && fragments.TryGetValue(spread.Name.Value, out var fragment) => Search(fragment.SelectionSet),
                    _ => null,
                };
                if (found is not null)
                {
                    return found;
                }
            }
            return null;
        }

        // `if` defaults to true; only a condition certainly false turns the directive off.
        bool MayBeActive(DirectiveNode directive) =>
            directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value is not { } condition || operation.Known(condition) != false;
    }
}
