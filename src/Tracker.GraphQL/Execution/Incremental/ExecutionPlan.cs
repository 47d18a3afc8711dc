namespace Tracker.GraphQL.Execution.Incremental;

/// <summary>
/// A grouped field set split by delivery (graphql-js buildExecutionPlan): the fields delivered with the executor's
/// own result, and per set of deferred fragments the fields delivered with those. Fields keep their groups, so
/// everything cached on a group (definitions, subfields) is shared by every part.
/// </summary>
internal sealed class ExecutionPlan(GroupedFieldSet now, IReadOnlyList<(DeferUsageSet Usages, GroupedFieldSet Fields)> deferred)
{
    /// <summary>The fields of the executor's own result.</summary>
    public GroupedFieldSet Now { get; } = now;

    /// <summary>The other fields by the deferred fragments they belong to, in first-met order.</summary>
    public IReadOnlyList<(DeferUsageSet Usages, GroupedFieldSet Fields)> Deferred { get; } = deferred;

    /// <param name="parent">The deferred fragments the executing executor delivers (empty for the initial result).</param>
    public static ExecutionPlan Build(GroupedFieldSet fields, DeferUsageSet parent)
    {
        var now = new GroupedFieldSet();
        var deferred = new List<(DeferUsageSet Usages, GroupedFieldSet Fields)>();
        foreach (var group in fields.Groups)
        {
            var usages = DeferUsageSet.Of(group);
            if (usages.SetEquals(parent))
            {
                now.AddGroup(group);
                continue;
            }
            var index = deferred.FindIndex(entry => entry.Usages.SetEquals(usages));
            if (index < 0)
            {
                deferred.Add((usages, new GroupedFieldSet()));
                index = deferred.Count - 1;
            }
            deferred[index].Fields.AddGroup(group);
        }
        return new ExecutionPlan(now, deferred);
    }
}
