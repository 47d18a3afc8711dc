namespace Tracker.GraphQL.Execution.Incremental;

/// <summary>
/// The deferred fragments, execution groups and streams of one request, and when each is delivered (graphql-js
/// 17's work queue). A fragment is started (its groups run) once announced; it completes when all its groups have
/// run, and only then are the fragments nested in it announced and started, so a nested fragment never arrives
/// before its parent. A fragment with no fields of its own is never announced: its children take its place. An
/// execution group shared by sibling fragments runs once and its data goes out with the first to complete.
/// Everything here runs on the request's scheduler, one thing at a time.
/// </summary>
internal sealed class IncrementalGraph : IStreamObserver
{
    private sealed class GroupNode
    {
        public List<DeliveryGroup> ChildGroups { get; } = [];

        /// <summary>Its execution groups in the order they were found: their data is delivered in this order.</summary>
        public List<ExecutionGroup> Tasks { get; } = [];

        /// <summary>Execution groups that have not completed yet.</summary>
        public int Pending { get; set; }
    }

    private sealed class TaskNode
    {
        public ExecutionGroupValue? Value { get; set; }

        /// <summary>Streams found by the execution group, started when its fragment completes.</summary>
        public List<StreamRecord> ChildStreams { get; } = [];
    }

    private readonly Dictionary<DeliveryGroup, GroupNode> _groupNodes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ExecutionGroup, TaskNode> _taskNodes = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<DeliveryGroup> _rootGroups = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<StreamRecord> _rootStreams = new(ReferenceEqualityComparer.Instance);
    private readonly Queue<GraphEvent> _events = new();
    private readonly List<GraphEvent> _held = [];
    private bool _terminated;

    /// <summary>Builds the graph from the initial result's work; nothing runs before <see cref="Start"/>.</summary>
    public IncrementalGraph(IncrementalWork initialWork)
    {
        var (groups, streams) = Integrate(initialWork, null);
        InitialGroups = PruneEmptyGroups(groups);
        InitialStreams = streams;
        foreach (var group in InitialGroups)
        {
            _rootGroups.Add(group);
        }
        foreach (var stream in InitialStreams)
        {
            _rootStreams.Add(stream);
        }
    }

    /// <summary>The fragments the initial result announces, in order.</summary>
    public IReadOnlyList<DeliveryGroup> InitialGroups { get; }

    /// <summary>The streams the initial result announces, after the fragments.</summary>
    public IReadOnlyList<StreamRecord> InitialStreams { get; }

    public bool IsTerminated => _terminated;

    /// <summary>
    /// Starts the announced work (graphql-js starts it once the subsequent payloads are first asked for): execution
    /// groups run now, as far as they can without waiting; streams produce on the next turn of the scheduler.
    /// </summary>
    public void Start()
    {
        foreach (var group in InitialGroups)
        {
            StartGroup(group);
        }
        foreach (var stream in InitialStreams)
        {
            stream.Start(this);
        }
    }

    /// <summary>Events held back for the next payload (a stream's failure after items sent in this one).</summary>
    public void ReleaseHeldEvents()
    {
        foreach (var held in _held)
        {
            _events.Enqueue(held);
        }
        _held.Clear();
    }

    /// <summary>
    /// Handles every queued event, including those that handling them causes (work that completes at once), and
    /// returns what the next payload reports; null when nothing is to be reported yet.
    /// </summary>
    public List<DeliveryEvent>? Drain()
    {
        if (_events.Count == 0 || _terminated)
        {
            return null;
        }
        var delivered = new List<DeliveryEvent>();
        while (_events.TryDequeue(out var graphEvent))
        {
            Handle(graphEvent, delivered);
        }
        if (_rootGroups.Count == 0 && _rootStreams.Count == 0)
        {
            _terminated = true;
            _events.Clear();
            _held.Clear();
            delivered.Add(new DeliveryEvent(DeliveryEvent.Kinds.Terminated));
        }
        return delivered.Count > 0 ? delivered : null;
    }

    /// <summary>Stops everything still running or waiting: execution groups are abandoned, streams released.</summary>
    public void Cancel()
    {
        _terminated = true;
        foreach (var task in _taskNodes.Keys)
        {
            task.Abort();
        }
        foreach (var node in _taskNodes.Values)
        {
            foreach (var stream in node.ChildStreams)
            {
                stream.Stop();
            }
        }
        foreach (var stream in _rootStreams)
        {
            stream.Stop();
        }
        _events.Clear();
        _held.Clear();
    }

    void IStreamObserver.ItemsReady(StreamRecord stream) => Push(GraphEvent.StreamItemsReady(stream));

    void IStreamObserver.Succeeded(StreamRecord stream) => Push(GraphEvent.StreamSucceeded(stream));

    void IStreamObserver.Failed(StreamRecord stream, GraphQLError error) => Push(GraphEvent.StreamFailed(stream, error));

    private void Push(GraphEvent graphEvent)
    {
        if (!_terminated)
        {
            _events.Enqueue(graphEvent);
        }
    }

    private void Handle(GraphEvent graphEvent, List<DeliveryEvent> delivered)
    {
        switch (graphEvent.Kind)
        {
            case GraphEvent.Kinds.TaskSucceeded:
                TaskSucceeded(graphEvent.Task!, graphEvent.Result!, delivered);
                break;
            case GraphEvent.Kinds.TaskFailed:
                TaskFailed(graphEvent.Task!, graphEvent.Error!, delivered);
                break;
            case GraphEvent.Kinds.StreamItemsReady:
                StreamItemsReady(graphEvent.Stream!, delivered);
                break;
            case GraphEvent.Kinds.StreamSucceeded:
                if (_rootStreams.Remove(graphEvent.Stream!))
                {
                    delivered.Add(new DeliveryEvent(DeliveryEvent.Kinds.StreamSucceeded, Stream: graphEvent.Stream));
                }
                break;
            case GraphEvent.Kinds.StreamFailed:
                _rootStreams.Remove(graphEvent.Stream!);
                delivered.Add(new DeliveryEvent(DeliveryEvent.Kinds.StreamFailed, Stream: graphEvent.Stream, Error: graphEvent.Error));
                break;
        }
    }

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

    /// <summary>Announced fragments and streams start; a fragment whose groups all ran already completes at once.</summary>
    private void StartNewWork(List<DeliveryGroup> newGroups, List<StreamRecord> newStreams, List<DeliveryEvent> delivered)
    {
        var groupsToStart = new List<DeliveryGroup>(newGroups);
        var streamsToStart = new List<StreamRecord>(newStreams);
        for (var i = 0; i < groupsToStart.Count; i++)
        {
            var group = groupsToStart[i];
            _rootGroups.Add(group);
            StartGroup(group);
            if (_groupNodes.TryGetValue(group, out var node))
            {
                MaybeFinishGroup(group, node, delivered, groupsToStart, streamsToStart);
            }
        }
        foreach (var stream in streamsToStart)
        {
            _rootStreams.Add(stream);
            stream.Start(this);
        }
    }

    private void StartGroup(DeliveryGroup group)
    {
        if (_groupNodes.TryGetValue(group, out var node))
        {
            foreach (var task in node.Tasks.ToArray())
            {
                StartTask(task);
            }
        }
    }

    /// <summary>Runs an execution group once; its outcome is queued as soon as it is known (at once when synchronous).</summary>
    private void StartTask(ExecutionGroup task)
    {
        if (_taskNodes.ContainsKey(task))
        {
            return;
        }
        _taskNodes[task] = new TaskNode();
        ValueTask<ExecutionGroupResult> run;
        try
        {
            run = task.StartAsync();
        }
        catch (Exception exception)
        {
            Push(GraphEvent.TaskFailed(task, AsError(exception)));
            return;
        }
        if (run.IsCompletedSuccessfully)
        {
            Push(GraphEvent.TaskSucceeded(task, run.Result));
            return;
        }
        _ = ObserveAsync(task, run);
    }

    private async Task ObserveAsync(ExecutionGroup task, ValueTask<ExecutionGroupResult> run)
    {
        try
        {
            Push(GraphEvent.TaskSucceeded(task, await run));
        }
        catch (Exception exception)
        {
            Push(GraphEvent.TaskFailed(task, AsError(exception)));
        }
    }

    private static GraphQLError AsError(Exception exception) =>
        exception as GraphQLError ?? new GraphQLError(exception.Message, originalError: exception);

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
