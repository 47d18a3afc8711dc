using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation;

/// <summary>graphql-js's groupBy for uniqueness rules, without allocating when every name is distinct (the usual case).</summary>
internal static class NameGroups
{
    /// <summary>The names used more than once, each with all its uses, in order of first use.</summary>
    public static IEnumerable<List<NameNode>> Repeated<T>(IReadOnlyList<T> items, Func<T, NameNode> nameOf)
    {
        if (items.Count < 2 || AllDistinct(items, nameOf))
        {
            return [];
        }
        var groups = new List<List<NameNode>>();
        var byName = new Dictionary<string, List<NameNode>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var name = nameOf(item);
            if (!byName.TryGetValue(name.Value, out var group))
            {
                byName[name.Value] = group = [];
                groups.Add(group);
            }
            group.Add(name);
        }
        return groups.Where(g => g.Count > 1);
    }

    private static bool AllDistinct<T>(IReadOnlyList<T> items, Func<T, NameNode> nameOf)
    {
        if (items.Count > 16)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                if (!seen.Add(nameOf(item).Value))
                {
                    return false;
                }
            }
            return true;
        }
        for (var i = 1; i < items.Count; i++)
        {
            var name = nameOf(items[i]).Value;
            for (var j = 0; j < i; j++)
            {
                if (nameOf(items[j]).Value == name)
                {
                    return false;
                }
            }
        }
        return true;
    }
}
