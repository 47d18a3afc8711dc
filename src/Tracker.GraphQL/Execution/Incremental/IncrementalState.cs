namespace Tracker.GraphQL.Execution.Incremental;

/// <summary>
/// One executor's part in incremental delivery (graphql-js IncrementalExecutor's fields): the deferred fragments
/// it delivers (empty for the initial result and stream items), and the work it found for later.
/// </summary>
internal sealed class IncrementalState(IncrementalExecution execution, DeferUsageSet deferUsages)
{
    private List<DeliveryGroup>? _groups;
    private List<ExecutionGroup>? _tasks;
    private List<StreamRecord>? _streams;

    public IncrementalExecution Execution { get; } = execution;

    public DeferUsageSet DeferUsages { get; } = deferUsages;

    /// <summary>The executor's result is no longer wanted (a non-null error ended it): nothing new is started.</summary>
    public bool IsAborted { get; private set; }

    public void AddGroups(DeliveryGroup[] groups)
    {
        if (groups.Length > 0)
        {
            (_groups ??= []).AddRange(groups);
        }
    }

    public void AddTask(ExecutionGroup task) => (_tasks ??= []).Add(task);

    public void AddStream(StreamRecord stream)
    {
        if (IsAborted || !Execution.Register(stream))
        {
            stream.Stop();
            return;
        }
        (_streams ??= []).Add(stream);
    }

    /// <summary>Stops everything found so far (graphql-js abort): no task of it has started, streams are released.</summary>
    public void Abort()
    {
        if (IsAborted)
        {
            return;
        }
        IsAborted = true;
        if (_streams is not null)
        {
            foreach (var stream in _streams)
            {
                stream.Stop();
            }
        }
    }

    /// <summary>
    /// The work found, without what lies inside a position an error nulled (graphql-js getIncrementalWork): such
    /// tasks never run and such streams are released.
    /// </summary>
    public IncrementalWork TakeWork(ErrorCollector errors)
    {
        if (_groups is null && _tasks is null && _streams is null)
        {
            return IncrementalWork.None;
        }
        IReadOnlyList<ExecutionGroup> tasks = _tasks ?? [];
        IReadOnlyList<StreamRecord> streams = _streams ?? [];
        if (errors.HasErrors)
        {
            var keptTasks = new List<ExecutionGroup>(tasks.Count);
            foreach (var task in tasks)
            {
                if (errors.HasNulledPosition(task.Path))
                {
                    task.Abort();
                }
                else
                {
                    keptTasks.Add(task);
                }
            }
            var keptStreams = new List<StreamRecord>(streams.Count);
            foreach (var stream in streams)
            {
                if (errors.HasNulledPosition(stream.Path))
                {
                    stream.Stop();
                }
                else
                {
                    keptStreams.Add(stream);
                }
            }
            tasks = keptTasks;
            streams = keptStreams;
        }
        return new IncrementalWork(_groups ?? [], tasks, streams);
    }
}
