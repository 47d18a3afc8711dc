namespace Tracker.GraphQL.Execution.Incremental;

/// <summary>
/// Which delivery group each <see cref="DeferUsage"/> stands for at one place in the response (graphql-js passes a
/// copied Map down the tree): a chain of scopes, each adding the usages met at one object, so nothing is copied.
/// </summary>
internal sealed class DeliveryGroupMap(DeliveryGroupMap? outer, DeferUsage[] usages, DeliveryGroup[] groups)
{
    public DeliveryGroup? Find(DeferUsage usage)
    {
        for (var scope = this; scope is not null; scope = scope.Outer)
        {
            var index = Array.IndexOf(scope.Usages, usage);
            if (index >= 0)
            {
                return scope.Groups[index];
            }
        }
        return null;
    }

    private DeliveryGroupMap? Outer { get; } = outer;

    private DeferUsage[] Usages { get; } = usages;

    private DeliveryGroup[] Groups { get; } = groups;

    /// <summary>
    /// The groups of <paramref name="newUsages"/> at <paramref name="path"/>, each with its parent's group (met
    /// higher up or just before it), and the map that adds them to <paramref name="outer"/>.
    /// </summary>
    public static (DeliveryGroup[] NewGroups, DeliveryGroupMap Map) Extend(DeliveryGroupMap? outer, IReadOnlyList<DeferUsage> newUsages, ResponsePath? path)
    {
        var usages = new DeferUsage[newUsages.Count];
        var groups = new DeliveryGroup[newUsages.Count];
        var map = new DeliveryGroupMap(outer, usages, groups);
        for (var i = 0; i < newUsages.Count; i++)
        {
            var usage = newUsages[i];
            var parent = usage.Parent is { } parentUsage ? map.Find(parentUsage) : null;
            usages[i] = usage;
            groups[i] = new DeliveryGroup(path, usage.Label, parent);
        }
        return (groups, map);
    }
}
