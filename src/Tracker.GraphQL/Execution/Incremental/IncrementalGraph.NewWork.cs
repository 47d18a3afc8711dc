
namespace Tracker.GraphQL.Execution.Incremental;

/// <summary>Adding the work an executor found: its fragments, execution groups and streams, with the fragments that have nothing to deliver pruned.</summary>
internal sealed partial class IncrementalGraph
{
    /// <summary>
    /// Adds work found by an executor: its fragments (children of the fragments they are nested in, or new roots when
    /// <paramref name="parentTask"/> is null), its execution groups, and its streams (kept by the task until its
    /// fragment completes). Returns the new root fragments and the streams to start.
    /// </summary>
    private (List<DeliveryGroup> Groups, IReadOnlyList<StreamRecord> Streams) Integrate(IncrementalWork work, ExecutionGroup? parentTask)
    {
        var newGroups = new List<DeliveryGroup>();
        if (work.Groups.Count > 0)
        {
            var found = new HashSet<DeliveryGroup>(work.Groups, ReferenceEqualityComparer.Instance);
            var visited = new HashSet<DeliveryGroup>(ReferenceEqualityComparer.Instance);
            foreach (var group in work.Groups)
            {
                AddGroup(group, found, newGroups, visited, parentTask);
            }
        }
        foreach (var task in work.Tasks)
        {
            AddTask(task);
        }
        IReadOnlyList<StreamRecord> newStreams = work.Streams;
        if (parentTask is not null)
        {
            _taskNodes.GetValueOrDefault(parentTask)?.ChildStreams.AddRange(work.Streams);
            newStreams = [];
        }
        return (newGroups, newStreams);
    }

    private void AddGroup(DeliveryGroup group, HashSet<DeliveryGroup> found, List<DeliveryGroup> newRootGroups, HashSet<DeliveryGroup> visited, ExecutionGroup? parentTask)
    {
        if (!visited.Add(group))
        {
            return;
        }
        var parent = group.Parent;
        if (parent is not null)
        {
            if (found.Contains(parent))
            {
                AddGroup(parent, found, newRootGroups, visited, parentTask);
            }
            if (!_groupNodes.ContainsKey(parent))
            {
                // Its parent is gone (failed, or never had fields to deliver): so is it.
                return;
            }
        }
        _groupNodes[group] = new GroupNode();
        if (parentTask is null && parent is null)
        {
            newRootGroups.Add(group);
        }
        else if (parent is not null)
        {
            _groupNodes[parent].ChildGroups.Add(group);
        }
    }

    private void AddTask(ExecutionGroup task)
    {
        foreach (var group in task.Groups)
        {
            if (_groupNodes.TryGetValue(group, out var node))
            {
                node.Tasks.Add(task);
                node.Pending++;
                if (_rootGroups.Contains(group))
                {
                    StartTask(task);
                }
            }
        }
    }

    /// <summary>
    /// The fragments among <paramref name="groups"/> that have fields to deliver; one without any is dropped and
    /// its children take its place.
    /// </summary>
    private List<DeliveryGroup> PruneEmptyGroups(IReadOnlyList<DeliveryGroup> groups, List<DeliveryGroup>? kept = null)
    {
        kept ??= [];
        foreach (var group in groups)
        {
            if (!_groupNodes.TryGetValue(group, out var node))
            {
                continue;
            }
            if (node.Tasks.Count == 0)
            {
                _groupNodes.Remove(group);
                PruneEmptyGroups(node.ChildGroups, kept);
            }
            else
            {
                kept.Add(group);
            }
        }
        return kept;
    }
}
