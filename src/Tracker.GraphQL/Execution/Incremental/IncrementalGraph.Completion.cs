
namespace Tracker.GraphQL.Execution.Incremental;

/// <summary>What finished work does to the graph: a task succeeded or failed, stream items ready, groups completed and removed.</summary>
internal sealed partial class IncrementalGraph
{
    private void TaskSucceeded(ExecutionGroup task, ExecutionGroupResult result, List<DeliveryEvent> delivered)
    {
        if (!_taskNodes.TryGetValue(task, out var taskNode))
        {
            // Its fragments are gone: nothing to deliver.
            return;
        }
        taskNode.Value = result.Value;
        Integrate(result.Work, task);
        var newGroups = new List<DeliveryGroup>();
        var newStreams = new List<StreamRecord>();
        foreach (var group in task.Groups)
        {
            if (_groupNodes.TryGetValue(group, out var node))
            {
                node.Pending--;
                MaybeFinishGroup(group, node, delivered, newGroups, newStreams);
            }
        }
        StartNewWork(newGroups, newStreams, delivered);
    }

    private void MaybeFinishGroup(DeliveryGroup group, GroupNode node, List<DeliveryEvent> delivered, List<DeliveryGroup> newGroups, List<StreamRecord> newStreams)
    {
        if (!_rootGroups.Contains(group) || node.Pending != 0)
        {
            return;
        }
        _groupNodes.Remove(group);
        var values = new List<ExecutionGroupValue>();
        var childStreams = new List<StreamRecord>();
        foreach (var task in node.Tasks.ToArray())
        {
            if (_taskNodes.TryGetValue(task, out var taskNode))
            {
                if (taskNode.Value is { } value)
                {
                    values.Add(value);
                }
                childStreams.AddRange(taskNode.ChildStreams);
                RemoveTask(task);
            }
        }
        var childGroups = PruneEmptyGroups(node.ChildGroups);
        _rootGroups.Remove(group);
        if (values.Count > 0)
        {
            delivered.Add(new DeliveryEvent(DeliveryEvent.Kinds.GroupValues, Group: group, GroupValues: values));
        }
        delivered.Add(new DeliveryEvent(DeliveryEvent.Kinds.GroupSucceeded, Group: group, NewGroups: childGroups, NewStreams: childStreams));
        newGroups.AddRange(childGroups);
        newStreams.AddRange(childStreams);
    }

    private void TaskFailed(ExecutionGroup task, GraphQLError error, List<DeliveryEvent> delivered)
    {
        if (!_taskNodes.ContainsKey(task))
        {
            return;
        }
        foreach (var group in task.Groups)
        {
            if (_groupNodes.TryGetValue(group, out var node) && _rootGroups.Contains(group))
            {
                RemoveGroup(group, node);
                delivered.Add(new DeliveryEvent(DeliveryEvent.Kinds.GroupFailed, Group: group, Error: error));
            }
        }
    }

    private void StreamItemsReady(StreamRecord stream, List<DeliveryEvent> delivered)
    {
        if (!_rootStreams.Contains(stream))
        {
            return;
        }
        var values = new List<StreamItemValue>();
        var newGroups = new List<DeliveryGroup>();
        var newStreams = new List<StreamRecord>();
        foreach (var item in stream.TakeItems())
        {
            var (itemGroups, itemStreams) = Integrate(item.Work, null);
            var started = PruneEmptyGroups(itemGroups);
            var startedStreams = new List<StreamRecord>(itemStreams);
            // Fragments inside an item start at once; none of them can have completed before starting.
            StartNewWork(started, startedStreams, delivered);
            values.Add(item.Value);
            newGroups.AddRange(started);
            newStreams.AddRange(startedStreams);
        }
        delivered.Add(new DeliveryEvent(DeliveryEvent.Kinds.StreamValues, Stream: stream, StreamValues: values, NewGroups: newGroups, NewStreams: newStreams));
        if (stream.IsFinished && !stream.HasBufferedItems)
        {
            _rootStreams.Remove(stream);
            delivered.Add(new DeliveryEvent(DeliveryEvent.Kinds.StreamSucceeded, Stream: stream));
        }
        else if (stream.Failure is { } failure)
        {
            // graphql-js reports a failure in a payload after the items that preceded it.
            _held.Add(GraphEvent.StreamFailed(stream, failure));
        }
    }

    private void RemoveGroup(DeliveryGroup group, GroupNode node)
    {
        _rootGroups.Remove(group);
        _groupNodes.Remove(group);
        foreach (var task in node.Tasks.ToArray())
        {
            var orphaned = true;
            foreach (var taskGroup in task.Groups)
            {
                if (_groupNodes.ContainsKey(taskGroup))
                {
                    orphaned = false;
                    break;
                }
            }
            if (orphaned)
            {
                RemoveTask(task);
            }
        }
        foreach (var child in node.ChildGroups)
        {
            if (_groupNodes.TryGetValue(child, out var childNode))
            {
                RemoveGroup(child, childNode);
            }
        }
    }

    private void RemoveTask(ExecutionGroup task)
    {
        foreach (var group in task.Groups)
        {
            if (_groupNodes.TryGetValue(group, out var node))
            {
                node.Tasks.Remove(task);
            }
        }
        _taskNodes.Remove(task);
    }
}
