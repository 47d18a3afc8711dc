using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>Spec §5.5.2.2 Fragment spreads must not form cycles.</summary>
internal sealed class NoFragmentCyclesRule : ValidationRule
{
    public override string Name => "NoFragmentCycles";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var spreadPath = new List<FragmentSpreadNode>();
        var spreadPathIndexByName = new Dictionary<string, int>(StringComparer.Ordinal);

        void DetectCycle(FragmentDefinitionNode fragment)
        {
            StackGuard.Ensure();
            var fragmentName = fragment.Name.Value;
            if (!visited.Add(fragmentName))
            {
                return;
            }
            var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreads.Count == 0)
            {
                return;
            }
            spreadPathIndexByName[fragmentName] = spreadPath.Count;
            foreach (var spread in spreads)
            {
                var spreadName = spread.Name.Value;
                spreadPath.Add(spread);
                if (!spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
                {
                    if (context.GetFragment(spreadName) is { } spreadFragment)
                    {
                        DetectCycle(spreadFragment);
                    }
                }
                else
                {
                    var cycle = spreadPath.Skip(cycleIndex).ToList();
                    var via = string.Join(", ", cycle.Take(cycle.Count - 1).Select(s => $"\"{s.Name.Value}\""));
                    context.ReportError(new GraphQLError(
                        $"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : "."),
                        cycle));
                }
                spreadPath.RemoveAt(spreadPath.Count - 1);
            }
            spreadPathIndexByName.Remove(fragmentName);
        }

        visitor.Enter<OperationDefinitionNode>(NodeKind.OperationDefinition, _ => false);
        visitor.Enter<FragmentDefinitionNode>(NodeKind.FragmentDefinition, fragment =>
        {
            DetectCycle(fragment);
            return false;
        });
    }
}
