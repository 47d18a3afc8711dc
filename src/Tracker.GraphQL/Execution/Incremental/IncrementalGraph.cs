namespace Tracker.GraphQL.Execution.Incremental;

/// <summary>
/// The deferred fragments, execution groups and streams of one request, and when each is delivered (graphql-js
/// 17's work queue). A fragment is started (its groups run) once announced; it completes when all its groups have
/// run, and only then are the fragments nested in it announced and started, so a nested fragment never arrives
/// before its parent. A fragment with no fields of its own is never announced: its children take its place. An
/// execution group shared by sibling fragments runs once and its data goes out with the first to complete.
/// Everything here runs on the request's scheduler, one thing at a time.
/// </summary>
internal sealed partial class IncrementalGraph : IStreamObserver
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

}
