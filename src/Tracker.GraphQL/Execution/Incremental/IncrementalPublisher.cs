namespace Tracker.GraphQL.Execution.Incremental;

/// <summary>
/// Words the graph's events as graphql-js 17.1.0's payloads: ids are given in announcement order ("0", "1", ...),
/// fragment data names the closest pending fragment (so the deepest one that shares it), with a <c>subPath</c>
/// when the data lies below that fragment's object; stream items of one payload are sent together.
/// </summary>
internal sealed class IncrementalPublisher
{
    private readonly Dictionary<object, string> _ids = new(ReferenceEqualityComparer.Instance);
    private int _nextId;

    /// <summary>The <c>pending</c> entries announcing fragments, then streams.</summary>
    public List<PendingResult> Pending(IReadOnlyList<DeliveryGroup> groups, IReadOnlyList<StreamRecord> streams)
    {
        var pending = new List<PendingResult>(groups.Count + streams.Count);
        foreach (var group in groups)
        {
            pending.Add(new PendingResult(IdOf(group), PathOf(group.Path), group.Label));
        }
        foreach (var stream in streams)
        {
            pending.Add(new PendingResult(IdOf(stream), PathOf(stream.Path), stream.Label));
        }
        return pending;
    }

    public SubsequentIncrementalExecutionResult Payload(IReadOnlyList<DeliveryEvent> events)
    {
        var pending = new List<PendingResult>();
        var incremental = new List<IncrementalResult>();
        var completed = new List<CompletedResult>();
        var hasNext = true;
        foreach (var delivery in events)
        {
            switch (delivery.Kind)
            {
                case DeliveryEvent.Kinds.GroupValues:
                    var groupId = IdOf(delivery.Group!);
                    foreach (var value in delivery.GroupValues!)
                    {
                        var (id, subPath) = BestIdAndSubPath(groupId, delivery.Group!, value);
                        incremental.Add(new IncrementalDeferResult(id, value.Data, value.Errors.Count > 0 ? value.Errors : null, subPath));
                    }
                    break;
                case DeliveryEvent.Kinds.GroupSucceeded:
                    completed.Add(new CompletedResult(IdOf(delivery.Group!), null));
                    _ids.Remove(delivery.Group!);
                    pending.AddRange(Pending(delivery.NewGroups!, delivery.NewStreams!));
                    break;
                case DeliveryEvent.Kinds.GroupFailed:
                    completed.Add(new CompletedResult(IdOf(delivery.Group!), [delivery.Error!]));
                    _ids.Remove(delivery.Group!);
                    break;
                case DeliveryEvent.Kinds.StreamValues:
                    var items = new List<object?>(delivery.StreamValues!.Count);
                    List<GraphQLError>? errors = null;
                    foreach (var value in delivery.StreamValues)
                    {
                        items.Add(value.Item);
                        if (value.Errors.Count > 0)
                        {
                            (errors ??= []).AddRange(value.Errors);
                        }
                    }
                    incremental.Add(new IncrementalStreamResult(IdOf(delivery.Stream!), items, errors));
                    pending.AddRange(Pending(delivery.NewGroups!, delivery.NewStreams!));
                    break;
                case DeliveryEvent.Kinds.StreamSucceeded:
                    completed.Add(new CompletedResult(IdOf(delivery.Stream!), null));
                    _ids.Remove(delivery.Stream!);
                    break;
                case DeliveryEvent.Kinds.StreamFailed:
                    completed.Add(new CompletedResult(IdOf(delivery.Stream!), [delivery.Error!]));
                    _ids.Remove(delivery.Stream!);
                    break;
                case DeliveryEvent.Kinds.Terminated:
                    hasNext = false;
                    break;
            }
        }
        return new SubsequentIncrementalExecutionResult(
            hasNext,
            pending.Count > 0 ? pending : null,
            incremental.Count > 0 ? incremental : null,
            completed.Count > 0 ? completed : null);
    }

    private string IdOf(object fragmentOrStream)
    {
        if (!_ids.TryGetValue(fragmentOrStream, out var id))
        {
            id = (_nextId++).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _ids.Add(fragmentOrStream, id);
        }
        return id;
    }

    /// <summary>
    /// Of the pending fragments an execution group's data belongs to, the one with the longest path (the completing
    /// fragment unless another is strictly deeper), and the rest of the data's path below it.
    /// </summary>
    private (string Id, IReadOnlyList<object>? SubPath) BestIdAndSubPath(string groupId, DeliveryGroup group, ExecutionGroupValue value)
    {
        var bestLength = Depth(group.Path);
        var bestId = groupId;
        foreach (var other in value.DeliveryGroups)
        {
            if (ReferenceEquals(other, group) || !_ids.TryGetValue(other, out var otherId))
            {
                continue;
            }
            var length = Depth(other.Path);
            if (length > bestLength)
            {
                bestLength = length;
                bestId = otherId;
            }
        }
        if (value.Path.Count <= bestLength)
        {
            return (bestId, null);
        }
        var subPath = new object[value.Path.Count - bestLength];
        for (var i = 0; i < subPath.Length; i++)
        {
            subPath[i] = value.Path[bestLength + i];
        }
        return (bestId, subPath);
    }

    private static int Depth(ResponsePath? path)
    {
        var depth = 0;
        for (var node = path; node is not null; node = node.Previous)
        {
            depth++;
        }
        return depth;
    }

    private static IReadOnlyList<object> PathOf(ResponsePath? path) => path?.ToList() ?? [];
}
